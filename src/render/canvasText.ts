/**
 * Text drawn into canvases that become textures. Chinese breaks between any two characters,
 * other scripts between words; a line that cannot fit ends in an ellipsis rather than overflowing.
 */

/** The font stack of the whole kiosk; the canvas must name the same faces as the CSS. */
export const KIOSK_FONT_FAMILY = '"Noto Sans SC", sans-serif';

const BREAKABLE_CHARACTER = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let word = '';
  for (const character of text) {
    if (BREAKABLE_CHARACTER.test(character) || character === ' ') {
      if (word) tokens.push(word);
      word = '';
      tokens.push(character);
    } else {
      word += character;
    }
  }
  if (word) tokens.push(word);
  return tokens;
}

export function wrapText(context: CanvasRenderingContext2D, text: string, maxWidth: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const tokens = tokenize(text.replace(/\s+/g, ' ').trim());
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] ?? '';
    const candidate = line + token;
    if (context.measureText(candidate).width <= maxWidth || line === '') {
      line = candidate;
      continue;
    }
    lines.push(line.trimEnd());
    line = token === ' ' ? '' : token;
    if (lines.length === maxLines) {
      const last = lines[maxLines - 1] ?? '';
      lines[maxLines - 1] = fitWithEllipsis(context, `${last}${tokens.slice(index).join('')}`, maxWidth);
      return lines;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length > 0 && context.measureText(lines[lines.length - 1] ?? '').width > maxWidth) {
    lines[lines.length - 1] = fitWithEllipsis(context, lines[lines.length - 1] ?? '', maxWidth);
  }
  return lines;
}

function fitWithEllipsis(context: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (context.measureText(text).width <= maxWidth) return text;
  const characters = [...text];
  while (characters.length > 0 && context.measureText(`${characters.join('').trimEnd()}…`).width > maxWidth) characters.pop();
  return `${characters.join('').trimEnd()}…`;
}
