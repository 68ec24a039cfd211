/**
 * The kiosk's own faces (both SIL Open Font License), subset at build time to exactly the
 * characters the content and the interface use, so the text looks the same on every kiosk OS and
 * works offline, at a fraction of the full fonts' size: Noto Sans SC for Chinese, and Noto Sans for
 * English, whose quotes and spaces are proportional Latin ones (the CJK face's are full-width).
 * The family names come from src/typography/fontStack.ts, the one place that names them.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import type { ContentBundle } from '../contentModel/contentTypes.ts';
import { INTERFACE_TEXT } from '../i18n/interfaceText.ts';

import { CJK_FONT_FAMILY, LATIN_FONT_FAMILY } from '../typography/fontStack.ts';

/** The weights the styles and the canvas text use: body, semi-bold labels, bold titles. */
const WEIGHTS = [
  { weight: 400, style: 'Regular' },
  { weight: 600, style: 'SemiBold' },
  { weight: 700, style: 'Bold' },
] as const;

interface FaceSource {
  readonly family: string;
  /** The npm package (@expo-google-fonts) and the file-name stem of its TTFs. */
  readonly packageName: string;
  readonly fileStem: string;
  readonly fileNamePrefix: string;
  /** Which of the characters in use this face should carry. */
  readonly carries: (character: string) => boolean;
}

const CJK_CHARACTER = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;

const FACES: readonly FaceSource[] = [
  { family: CJK_FONT_FAMILY, packageName: 'noto-sans-sc', fileStem: 'NotoSansSC', fileNamePrefix: 'noto-sans-sc', carries: () => true },
  // Latin text only: the CJK face behind it in the stack draws any Chinese inside English text.
  { family: LATIN_FONT_FAMILY, packageName: 'noto-sans', fileStem: 'NotoSans', fileNamePrefix: 'noto-sans', carries: (character) => !CJK_CHARACTER.test(character) },
];

/** Always included, whatever the content: Latin letters, digits, and the punctuation of both languages. */
const BASE_CHARACTERS = `${Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index)).join('')}“”‘’—–…·、，。：；！？（）《》〈〉「」『』【】・％＋－／～`;

export interface SubsetFontFile {
  readonly family: string;
  readonly weight: number;
  readonly fileName: string;
  readonly bytes: Buffer;
  readonly originalBytes: number;
}

export interface KioskFontBuild {
  readonly files: readonly SubsetFontFile[];
  readonly characterCount: number;
}

/** Every character a visitor can ever see: the content bundle's text and the interface words. */
export function charactersInUse(bundle: ContentBundle): string {
  const characters = new Set(BASE_CHARACTERS);
  const collect = (value: unknown): void => {
    if (typeof value === 'string') for (const character of value) characters.add(character);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(bundle);
  collect(INTERFACE_TEXT);
  // Line breaks and tabs are layout, not glyphs.
  for (const control of ['\n', '\r', '\t']) characters.delete(control);
  return [...characters].sort().join('');
}

function sourceFontPath(face: FaceSource, weight: number, style: string): string {
  const require = createRequire(import.meta.url);
  return require.resolve(`@expo-google-fonts/${face.packageName}/${weight}${style}/${face.fileStem}_${weight}${style}.ttf`);
}

export async function buildKioskFonts(bundle: ContentBundle): Promise<KioskFontBuild> {
  const text = charactersInUse(bundle);
  const jobs = FACES.flatMap((face) => WEIGHTS.map((weight) => ({ face, ...weight })));
  const files = await Promise.all(jobs.map(async ({ face, weight, style }) => {
    const original = readFileSync(sourceFontPath(face, weight, style));
    const carried = [...text].filter(face.carries).join('');
    const bytes = await subsetFont(original, carried, { targetFormat: 'woff2' });
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
    return { family: face.family, weight, fileName: `${face.fileNamePrefix}-${weight}.${hash}.woff2`, bytes, originalBytes: original.length };
  }));
  return { files, characterCount: [...text].length };
}
