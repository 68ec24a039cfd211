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
import type { ContentBundle, LanguageCode } from '../contentModel/contentTypes.ts';
import { derivedInterfaceTexts, TRADITIONAL } from '../contentBuild/traditionalChinese.ts';
import { INTERFACE_TEXT } from '../i18n/interfaceText.ts';
import { CJK_FONT_FAMILY, fontFamiliesFor, LATIN_FONT_FAMILY, TRADITIONAL_FONT_FAMILY } from '../typography/fontStack.ts';

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
  /** The traditional face carries the characters of zh-Hant texts; the others, those of every other text. */
  readonly traditional?: boolean;
}

const CJK_CHARACTER = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;

const FACES: readonly FaceSource[] = [
  { family: CJK_FONT_FAMILY, packageName: 'noto-sans-sc', fileStem: 'NotoSansSC', fileNamePrefix: 'noto-sans-sc', carries: () => true },
  // Latin text only: the CJK face behind it in the stack draws any Chinese inside English text.
  { family: LATIN_FONT_FAMILY, packageName: 'noto-sans', fileStem: 'NotoSans', fileNamePrefix: 'noto-sans', carries: (character) => !CJK_CHARACTER.test(character) },
  // Only when kiosk.yaml offers 繁體中文; Latin inside a traditional text falls through to the SC face.
  { family: TRADITIONAL_FONT_FAMILY, packageName: 'noto-sans-tc', fileStem: 'NotoSansTC', fileNamePrefix: 'noto-sans-tc', carries: (character) => CJK_CHARACTER.test(character), traditional: true },
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

/**
 * Every character a visitor can ever see, in the content bundle's text and the interface words:
 * those of traditional (zh-Hant) texts, or (by default) those of every other text.
 */
export function charactersInUse(bundle: ContentBundle, traditional = false): string {
  const characters = new Set(BASE_CHARACTERS);
  const collect = (value: unknown, inTraditional: boolean): void => {
    if (typeof value === 'string') {
      if (inTraditional === traditional) for (const character of value) characters.add(character);
    } else if (Array.isArray(value)) value.forEach((item) => collect(item, inTraditional));
    else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) collect(child, inTraditional || key === TRADITIONAL);
  };
  collect(bundle, false);
  collect(INTERFACE_TEXT, false);
  collect(derivedInterfaceTexts(bundle.settings.languages), false);
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
  const traditionalText = charactersInUse(bundle, true);
  const faces = FACES.filter((face) => !face.traditional || bundle.settings.languages.includes(TRADITIONAL));
  const jobs = faces.flatMap((face) => WEIGHTS.map((weight) => ({ face, ...weight })));
  const files = await Promise.all(jobs.map(async ({ face, weight, style }) => {
    const original = readFileSync(sourceFontPath(face, weight, style));
    const carried = [...(face.traditional ? traditionalText : text)].filter(face.carries).join('');
    const bytes = await subsetFont(original, carried, { targetFormat: 'woff2' });
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
    return { family: face.family, weight, fileName: `${face.fileNamePrefix}-${weight}.${hash}.woff2`, bytes, originalBytes: original.length };
  }));
  return { files, characterCount: [...text].length };
}

/**
 * The faces the attract screen and the corridor's first frame are drawn in: those of every
 * language the kiosk is written in. A derived script's face (繁體) waits until a visitor asks for it.
 */
export function firstFrameFaces(build: KioskFontBuild, languages: readonly LanguageCode[]): SubsetFontFile[] {
  const families = new Set(languages.filter((language, index) => index === 0 || language !== TRADITIONAL).flatMap((language) => fontFamiliesFor(language)));
  return build.files.filter((file) => families.has(file.family));
}
