/**
 * 繁體中文 derived from the simplified text at build time with OpenCC (standard traditional, with
 * its phrase tables, so 头发 becomes 頭髮 and not 頭發). Staff write simplified Chinese once; where
 * they write a `zh-Hant:` text themselves, theirs is kept. Nothing of OpenCC ships to the kiosk:
 * its dictionaries are build-time data, and the kiosk gets the converted words.
 */
import * as OpenCC from 'opencc-js';
import { DERIVED_LANGUAGES, INTERFACE_TEXT, TRADITIONAL_INTERFACE_WORDS, useDerivedInterfaceText } from '../i18n/interfaceText.ts';

export const TRADITIONAL = 'zh-Hant';
export const SIMPLIFIED = 'zh-Hans';

let converter: ((text: string) => string) | null = null;

/** The standard traditional form of a simplified text. */
export function toTraditional(text: string): string {
  converter ??= OpenCC.Converter({ from: 'cn', to: 't' });
  return converter(text);
}

let simplifier: ((text: string) => string) | null = null;

/** A traditional text back in simplified characters: the build reads its phrases with both models. */
export function toSimplified(text: string): string {
  simplifier ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return simplifier(text);
}

/** The languages staff write; a derived language (zh-Hant) is made from its source. */
export function authoredLanguages(languages: readonly string[]): string[] {
  return languages.filter((language) => !Object.hasOwn(DERIVED_LANGUAGES, language));
}

/** One text OpenCC turned into something else: what `media:check -- --lang zh-Hant` lists for review. */
export interface TraditionalConversion {
  /** Where the text is, as a path of field names (e.g. `events › party/1949-prc-founded › title`). */
  readonly where: string;
  readonly simplified: string;
  readonly traditional: string;
  /** True when staff wrote the zh-Hant text themselves (theirs is used, the conversion is only shown). */
  readonly staffWrote: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function labelOf(value: unknown, index: number): string {
  return isRecord(value) && typeof value.id === 'string' ? value.id : String(index);
}

/**
 * A copy of `value` in which every text given in simplified Chinese also has its traditional
 * form: each object with a `zh-Hans` string gets a `zh-Hant` one beside it, unless staff wrote it.
 * A narration's recordings by language get the simplified one's file (traditional text is read
 * aloud in the same Mandarin); `captionsFor` may give its captions a converted copy.
 */
export function withTraditional<Value>(
  value: Value,
  options: { readonly onConversion?: (conversion: TraditionalConversion) => void; readonly captionsFor?: (url: string) => string } = {},
): Value {
  const walk = (node: unknown, path: readonly string[]): unknown => {
    if (Array.isArray(node)) return node.map((item, index) => walk(item, [...path, labelOf(item, index)]));
    if (!isRecord(node)) return node;
    const copy: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node)) copy[key] = walk(child, [...path, key]);
    const simplified = node[SIMPLIFIED];
    const field = path.at(-1);
    if (field === 'audio' || field === 'captions') {
      // A narration's files by language: the Mandarin recording, and its captions (converted when the build can).
      if (!(TRADITIONAL in node) && SIMPLIFIED in node) {
        copy[TRADITIONAL] = typeof simplified === 'string' && field === 'captions' && options.captionsFor ? options.captionsFor(simplified) : simplified;
      }
    } else if (typeof simplified === 'string') {
      const traditional = toTraditional(simplified);
      const staffWrote = typeof node[TRADITIONAL] === 'string';
      if (!staffWrote) copy[TRADITIONAL] = traditional;
      if (traditional !== simplified || staffWrote) options.onConversion?.({ where: path.join(' › '), simplified, traditional, staffWrote });
    }
    return copy;
  };
  return walk(value, []) as Value;
}

/** The interface's words in traditional characters, a few chosen by hand (a language's own name). */
export function traditionalInterfaceText(): Record<string, string> {
  const table: Record<string, string> = {};
  for (const [key, text] of Object.entries(INTERFACE_TEXT[SIMPLIFIED])) table[key] = toTraditional(text);
  return { ...table, ...TRADITIONAL_INTERFACE_WORDS };
}

/**
 * The interface words of each derived language kiosk.yaml lists, by language. Registered here too,
 * so the build's own uses of the interface words (the spoken prompts) read them as the kiosk will.
 */
export function derivedInterfaceTexts(languages: readonly string[]): Record<string, Record<string, string>> {
  if (!languages.includes(TRADITIONAL)) return {};
  const table = traditionalInterfaceText();
  useDerivedInterfaceText(TRADITIONAL, table);
  return { [TRADITIONAL]: table };
}
