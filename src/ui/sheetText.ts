/**
 * What a sheet says once: the rules that keep one sentence from appearing twice on a screen.
 * Staff often open an event's body with its summary; the sheet shows the summary as the lead and
 * leaves that sentence out of the body. Pure functions, so they are unit-tested without a DOM.
 */
import type { LanguageCode } from '../contentModel/contentTypes.ts';

/** A sentence ends at a Chinese full stop, question or exclamation mark, or a Latin one before a space. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[。！？])|(?<=[.!?][”’"')]?)\s+/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

/** Two sentences are the same if they differ only in spacing, punctuation or letter case. */
export function sentenceKey(sentence: string): string {
  return sentence.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase();
}

/**
 * The paragraphs of a body without the sentences already shown (the lead); a paragraph left empty
 * is dropped.
 */
export function withoutShownSentences(paragraphs: readonly string[], shown: readonly string[], language: LanguageCode): string[] {
  const shownKeys = new Set(shown.flatMap(sentencesOf).map(sentenceKey));
  const joiner = language.startsWith('zh') ? '' : ' ';
  return paragraphs
    .map((paragraph) => sentencesOf(paragraph).filter((sentence) => !shownKeys.has(sentenceKey(sentence))).join(joiner))
    .filter((paragraph) => paragraph.length > 0);
}

/**
 * A statement's parts, one per line in a designed set: "体验科学、启迪创新" is two short lines, the
 * vision's three roles are three. English parts are separated by semicolons.
 */
export function statementLines(statement: string, language: LanguageCode): string[] {
  const separator = language.startsWith('zh') ? /、/u : /;\s*/u;
  const parts = statement.split(separator).map((part) => part.trim()).filter((part) => part.length > 0);
  // Each part stands as a line of its own, so each starts as a sentence would.
  return language.startsWith('zh') ? parts : parts.map((part) => part.charAt(0).toUpperCase() + part.slice(1));
}
