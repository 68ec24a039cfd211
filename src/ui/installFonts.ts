/**
 * The kiosk's own faces, added through the FontFace API, and the stylesheet's font stacks set from
 * src/typography/fontStack.ts as custom properties on the root: the families are named in one
 * place, and the strict CSP allows neither inline styles nor a <style> written at run time (the
 * CSSOM's setProperty is not an inline style attribute).
 */
import { fontStackFor } from '../typography/fontStack.ts';

export interface KioskFontFace {
  readonly family: string;
  readonly weight: number;
  readonly url: string;
}

/** The stylesheet reads `--font-<language>` in its `:lang()` rules (styles/typography.css). */
export function installFonts(faces: readonly KioskFontFace[], languages: readonly string[], root: HTMLElement): void {
  for (const face of faces) {
    const fontFace = new FontFace(face.family, `url("${face.url}") format("woff2")`, { weight: String(face.weight), display: 'block' });
    document.fonts.add(fontFace);
    // Not loaded here: a face loads when text first needs it (the first frame's faces are
    // preloaded by index.html; 繁體 ones wait until a visitor chooses 繁體中文).
    fontFace.loaded.catch((error: unknown) => console.warn(`The font ${face.url} could not be loaded; using the system font.`, error));
  }
  for (const language of languages) root.style.setProperty(`--font-${language}`, fontStackFor(language));
}
