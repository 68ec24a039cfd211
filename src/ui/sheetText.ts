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
 * What a sentence may add to one already shown and still read as the same sentence again: a date
 * or a word ("2022年，" before the lead, "On 1 July 2021" is longer), counted in the key's letters.
 */
const REPEAT_ADDITION_MAX = 8;
/** Below this many letters, a sentence found inside a longer one may be a chance run of letters. */
const REPEAT_PART_MIN = 8;

/**
 * Whether a sentence says again what a shown one says: the same, a part of it (nothing would be
 * lost without it), or the whole of it with no more than a date or a word added.
 */
export function repeatsShownSentence(key: string, shownKey: string): boolean {
  if (key.length === 0) return false;
  if (key === shownKey || (key.length >= REPEAT_PART_MIN && shownKey.includes(key))) return true;
  return key.includes(shownKey) && shownKey.length > 0 && key.length - shownKey.length <= REPEAT_ADDITION_MAX;
}

/**
 * The paragraphs of a body without the sentences already shown (the lead) or repeating them; a
 * paragraph left empty is dropped.
 */
export function withoutShownSentences(paragraphs: readonly string[], shown: readonly string[], language: LanguageCode): string[] {
  const shownKeys = shown.flatMap(sentencesOf).map(sentenceKey);
  const joiner = language.startsWith('zh') ? '' : ' ';
  const isShown = (sentence: string): boolean => {
    const key = sentenceKey(sentence);
    return shownKeys.some((shownKey) => repeatsShownSentence(key, shownKey));
  };
  return paragraphs
    .map((paragraph) => sentencesOf(paragraph).filter((sentence) => !isShown(sentence)).join(joiner))
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
