/**
 * The kiosk's faces, named once. Chinese is set in Noto Sans SC (traditional in Noto Sans TC); English in Noto Sans, whose quotes,
 * apostrophes and spaces are proportional Latin ones, with the CJK face behind it for any Chinese
 * inside an English text. Both ship with the kiosk (subset at build time), so nothing depends on the
 * fonts of the PC it runs on.
 */
import type { LanguageCode } from '../contentModel/contentTypes.ts';

export const CJK_FONT_FAMILY = 'Noto Sans SC';
/** Traditional characters in the Traditional Chinese face: the SC face draws some of them the mainland way. */
export const TRADITIONAL_FONT_FAMILY = 'Noto Sans TC';
export const LATIN_FONT_FAMILY = 'Noto Sans';

/** Whether a language is written in Chinese characters (zh-Hans, zh-Hant). */
export function isChineseLanguage(language: LanguageCode): boolean {
  return language === 'zh' || language.startsWith('zh-');
}

/** The kiosk's own families text in this language is set in, in fallback order. */
export function fontFamiliesFor(language: LanguageCode): readonly string[] {
  if (language === 'zh-Hant') return [TRADITIONAL_FONT_FAMILY, CJK_FONT_FAMILY];
  return isChineseLanguage(language) ? [CJK_FONT_FAMILY] : [LATIN_FONT_FAMILY, CJK_FONT_FAMILY];
}

/** A CSS `font-family` value for text in this language. */
export function fontStackFor(language: LanguageCode): string {
  return `${fontFamiliesFor(language).map((family) => `"${family}"`).join(', ')}, sans-serif`;
}

/** A canvas `font` shorthand: weight, size in CSS pixels (before any device-pixel scaling), family. */
export function canvasFontFor(language: LanguageCode, weight: number, sizePixels: number): string {
  return `${weight} ${sizePixels}px ${fontStackFor(language)}`;
}
