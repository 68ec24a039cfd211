/**
 * The faces the corridor's atlas draws its words in. Canvas text uses whatever face is ready when
 * it draws, and a face loads only once text asks for it, so a language's faces are loaded before
 * its words are drawn.
 */
import type { LanguageCode } from '../../src/contentModel/contentTypes.ts';
import { fontFamiliesFor } from '../../src/typography/fontStack.ts';

/** The weights the atlas draws with: titles 600, dates and labels 700, a label's second line 400. */
const CANVAS_WEIGHTS = [400, 600, 700] as const;
const FACE_SAMPLE = '中文 English 0123';

function canvasFaceQueries(language: LanguageCode): string[] {
  return fontFamiliesFor(language).flatMap((family) => CANVAS_WEIGHTS.map((weight) => `${weight} 40px "${family}"`));
}

/** Resolves true once the faces of `language` are there, false at once when they already were. */
export async function loadCanvasFaces(language: LanguageCode): Promise<boolean> {
  const queries = canvasFaceQueries(language);
  if (queries.every((query) => document.fonts.check(query, FACE_SAMPLE))) return false;
  // A face that fails to load leaves the system font: the cards still read, and installFonts reports it.
  await Promise.all(queries.map((query) => document.fonts.load(query, FACE_SAMPLE).catch(() => [])));
  return true;
}
