/**
 * The kiosk's own font: Noto Sans SC (SIL Open Font License), subset at build time to exactly the
 * characters the content and the interface use, so Chinese looks the same on every kiosk OS and
 * works offline, at a fraction of the full font's size.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import type { ContentBundle } from '../contentModel/contentTypes.ts';
import { INTERFACE_TEXT } from '../i18n/interfaceText.ts';

export const FONT_FAMILY = 'Noto Sans SC';

/** The weights the styles and the canvas text use: body, semi-bold labels, bold titles. */
const WEIGHTS = [
  { weight: 400, file: '400Regular/NotoSansSC_400Regular.ttf' },
  { weight: 600, file: '600SemiBold/NotoSansSC_600SemiBold.ttf' },
  { weight: 700, file: '700Bold/NotoSansSC_700Bold.ttf' },
] as const;

/** Always included, whatever the content: Latin letters, digits, and the punctuation of both languages. */
const BASE_CHARACTERS = `${Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index)).join('')}“”‘’—–…·、，。：；！？（）《》〈〉「」『』【】・％＋－／～`;

export interface SubsetFontFile {
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

function sourceFontPath(relativePath: string): string {
  const require = createRequire(import.meta.url);
  return require.resolve(`@expo-google-fonts/noto-sans-sc/${relativePath}`);
}

export async function buildKioskFonts(bundle: ContentBundle): Promise<KioskFontBuild> {
  const text = charactersInUse(bundle);
  const files = await Promise.all(WEIGHTS.map(async ({ weight, file }) => {
    const original = readFileSync(sourceFontPath(file));
    const bytes = await subsetFont(original, text, { targetFormat: 'woff2' });
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
    return { weight, fileName: `noto-sans-sc-${weight}.${hash}.woff2`, bytes, originalBytes: original.length };
  }));
  return { files, characterCount: [...text].length };
}
