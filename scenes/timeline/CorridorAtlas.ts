/**
 * The one texture the corridor's words are drawn from: card faces (one cell per detail slot),
 * the wall's year and break labels, and the two track names. A cell is sized for its largest
 * content; a card or label quad shows only the part its text fills, so a card is as tall as its
 * title and no taller.
 */
import { CanvasTexture, LinearFilter, NoColorSpace } from 'three';
import type { QuadCell } from '../../src/render/QuadBuffer.ts';
import { fontStackFor } from '../../src/typography/fontStack.ts';
import { phraseBreaks } from 'virtual:kiosk-phrase-breaks';
import { phrasesOf } from '../../src/typography/phrases.ts';
import { cardLines, MAX_DATE_LINES, MAX_TITLE_LINES } from './cardLines.ts';

const ATLAS_WIDTH = 2048;
export const CARD_CELL = { width: 512, height: 344 } as const;
export const LABEL_CELL = { width: 512, height: 112 } as const;
/** Card face metrics on the 512-px cell, in cell pixels. */
export const CARD_TITLE_PX = 46;
/**
 * A title whose unbreakable phrase (a quoted name) is wider than the card is set down to this
 * rather than broken; its card is then drawn larger, so the title still reads at the floor.
 */
export const CARD_MIN_TITLE_PX = 34;
export const CARD_DATE_PX = 38;
const CARD_PADDING = 20;
const CARD_BAND = 12;
const TITLE_LINE = 56;
const DATE_LINE = 46;
const CARD_PAPER = '#FAF7F0';
const CARD_TEXT = '#1A1A1A';
const LABEL_TEXT = '#E8E2D0';
const THUMBNAIL = 132;
const OPENING_MARKS = new Set(['“', '‘', '「', '『', '《', '〈', '（', '【', '〔']);
/** A card with a one-line date and a two-line title: what a card not yet drawn is assumed to need. */
export const TYPICAL_CARD_HEIGHT_PX = CARD_BAND + CARD_PADDING + DATE_LINE + 6 + 2 * TITLE_LINE + CARD_PADDING - 4;

export interface CardFace {
  readonly date: string;
  readonly title: string;
  readonly colour: string;
  readonly accentColour: string;
  readonly linked: boolean;
  readonly image: CanvasImageSource | null;
}

export interface DrawnCard {
  /** Height of the face in cell pixels (width is always CARD_CELL.width). */
  readonly heightPx: number;
  readonly titleLines: readonly string[];
  /** The title's font size in cell pixels. */
  readonly titlePx: number;
}

export type LabelStyle = 'year' | 'decade' | 'break' | 'track';

export interface LabelFace {
  readonly lines: readonly string[];
  readonly style: LabelStyle;
  /** Track names are drawn on a pill of their track's colour. */
  readonly background?: string;
  /**
   * A break's label is drawn on a plate of the wall's colour: it sits where the track lines, the
   * break's slashes and the stems of nearby cards run, which would otherwise strike through it.
   */
  readonly plate?: string;
}

export interface DrawnLabel {
  readonly widthPx: number;
  readonly heightPx: number;
}

const LABEL_FONT: Record<LabelStyle, { size: number; weight: number }> = {
  year: { size: 40, weight: 700 },
  decade: { size: 48, weight: 700 },
  break: { size: 34, weight: 600 },
  track: { size: 40, weight: 700 },
};

export class CorridorAtlas {
  readonly canvas = document.createElement('canvas');
  readonly texture: CanvasTexture;
  private readonly context: CanvasRenderingContext2D;
  private readonly labelTop: number;

  constructor(readonly slotCount: number, readonly labelCount: number) {
    const cardsPerRow = ATLAS_WIDTH / CARD_CELL.width;
    const labelsPerRow = ATLAS_WIDTH / LABEL_CELL.width;
    this.labelTop = Math.ceil(slotCount / cardsPerRow) * CARD_CELL.height;
    this.canvas.width = ATLAS_WIDTH;
    this.canvas.height = Math.max(1, this.labelTop + Math.ceil(labelCount / labelsPerRow) * LABEL_CELL.height);
    const context = this.canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('A 2D canvas is not available to draw the corridor.');
    this.context = context;
    this.texture = new CanvasTexture(this.canvas);
    // Sampled as drawn: the kiosk works in sRGB throughout (src/render/SmoothFrames.ts says why).
    this.texture.colorSpace = NoColorSpace;
    // No mipmaps: a card is never drawn below 0.6 of its cell, and building mipmaps for a
    // 2048-px atlas is what made a rebuild and a context restore slow on a software GPU.
    this.texture.generateMipmaps = false;
    this.texture.minFilter = LinearFilter;
    this.texture.magFilter = LinearFilter;
    this.texture.anisotropy = 4;
    // Uploaded as the canvas stores it (top row first, colours premultiplied): flipping or
    // un-premultiplying a 2048-px atlas is a pass over every pixel on the CPU, at each upload.
    this.texture.flipY = false;
    this.texture.premultiplyAlpha = true;
  }

  /** Texture coordinates of the top `heightPx` of card slot `slot`. */
  cardCell(slot: number, heightPx: number): QuadCell {
    const { left, top } = this.cardOrigin(slot);
    return this.cell(left, top, CARD_CELL.width, heightPx);
  }

  labelCell(index: number, widthPx: number, heightPx: number): QuadCell {
    const { left, top } = this.labelOrigin(index);
    return this.cell(left + (LABEL_CELL.width - widthPx) / 2, top + (LABEL_CELL.height - heightPx) / 2, widthPx, heightPx);
  }

  /** Draws a card face into its slot; the caller uploads once with `upload()`. */
  drawCard(slot: number, face: CardFace | null, language: string): DrawnCard {
    const { left, top } = this.cardOrigin(slot);
    const context = this.context;
    context.clearRect(left, top, CARD_CELL.width, CARD_CELL.height);
    if (!face) return { heightPx: 0, titleLines: [], titlePx: CARD_TITLE_PX };
    const font = fontStackFor(language);
    const textWidth = CARD_CELL.width - 2 * CARD_PADDING - (face.image ? THUMBNAIL + 16 : 0);
    context.font = `700 ${CARD_DATE_PX}px ${font}`;
    const measure = (text: string): number => context.measureText(text).width;
    const dateLines = cardLines(face.date, language, textWidth, measure, MAX_DATE_LINES);
    const titlePx = this.titleSizeFor(face.title, language, font, textWidth);
    context.font = `600 ${titlePx}px ${font}`;
    const titleLines = cardLines(face.title, language, textWidth, measure, MAX_TITLE_LINES);
    const titleTop = CARD_BAND + CARD_PADDING + dateLines.length * DATE_LINE + 6;
    const textHeight = titleTop + titleLines.length * TITLE_LINE + CARD_PADDING - 4;
    const heightPx = Math.min(CARD_CELL.height, Math.max(textHeight, face.image ? CARD_BAND + 2 * CARD_PADDING + THUMBNAIL : 0));

    context.save();
    context.translate(left, top);
    context.beginPath();
    context.roundRect(2, 2, CARD_CELL.width - 4, heightPx - 4, 16);
    context.clip();
    context.fillStyle = CARD_PAPER;
    context.fillRect(0, 0, CARD_CELL.width, heightPx);
    context.fillStyle = face.colour;
    context.fillRect(0, 0, CARD_CELL.width, CARD_BAND);
    if (face.linked) {
      // A linked event carries its pair's mark: a gold corner the partner card shares.
      context.fillStyle = face.accentColour;
      context.beginPath();
      context.moveTo(CARD_CELL.width - 64, 0);
      context.lineTo(CARD_CELL.width, 0);
      context.lineTo(CARD_CELL.width, 64);
      context.closePath();
      context.fill();
    }
    if (face.image) this.drawThumbnail(face.image, CARD_CELL.width - CARD_PADDING - THUMBNAIL, CARD_BAND + CARD_PADDING);
    context.textAlign = 'left';
    context.textBaseline = 'top';
    context.fillStyle = face.colour;
    context.font = `700 ${CARD_DATE_PX}px ${font}`;
    dateLines.forEach((line, index) => context.fillText(line, CARD_PADDING, CARD_BAND + CARD_PADDING - 4 + index * DATE_LINE));
    context.fillStyle = CARD_TEXT;
    context.font = `600 ${titlePx}px ${font}`;
    titleLines.forEach((line, index) => context.fillText(line, CARD_PADDING - this.openingBlank(line), titleTop + index * TITLE_LINE));
    context.restore();
    return { heightPx, titleLines, titlePx };
  }

  /**
   * A full-width opening mark (“ 《 「 （) has its ink in the right half of its square: a line that
   * starts with one would look indented half a character under the date. The blank is measured
   * in the current font, so the mark's ink lines up with the text above.
   */
  private openingBlank(line: string): number {
    const first = line[0];
    if (first === undefined || !OPENING_MARKS.has(first)) return 0;
    return Math.max(0, -this.context.measureText(first).actualBoundingBoxLeft);
  }

  /** The largest title size, down to CARD_MIN_TITLE_PX, at which every unbreakable phrase fits one line. */
  private titleSizeFor(title: string, language: string, font: string, textWidth: number): number {
    const context = this.context;
    context.font = `600 ${CARD_TITLE_PX}px ${font}`;
    const widest = Math.max(0, ...phrasesOf(title, language, phraseBreaks).map((phrase) => context.measureText(phrase.trim()).width));
    if (widest <= textWidth) return CARD_TITLE_PX;
    return Math.max(CARD_MIN_TITLE_PX, Math.floor((CARD_TITLE_PX * textWidth) / widest));
  }

  /** Draws a label (a year, a break, a track name) centred in its cell. */
  drawLabel(index: number, face: LabelFace, language: string): DrawnLabel {
    const { left, top } = this.labelOrigin(index);
    const context = this.context;
    context.clearRect(left, top, LABEL_CELL.width, LABEL_CELL.height);
    const { size, weight } = LABEL_FONT[face.style];
    const lineHeight = Math.round(size * 1.2);
    context.font = `${weight} ${size}px ${fontStackFor(language)}`;
    const textWidth = Math.min(LABEL_CELL.width - 40, Math.max(...face.lines.map((line) => context.measureText(line).width)));
    const padding = face.background ? 28 : face.plate ? 16 : 10;
    const widthPx = Math.min(LABEL_CELL.width, Math.ceil(textWidth + 2 * padding));
    const heightPx = Math.min(LABEL_CELL.height, face.lines.length * lineHeight + (face.background ? 28 : face.plate ? 12 : 8));
    const x = left + LABEL_CELL.width / 2;
    const y = top + LABEL_CELL.height / 2;
    if (face.background || face.plate) {
      context.fillStyle = face.background ?? face.plate ?? LABEL_TEXT;
      context.beginPath();
      const radius = face.background ? (heightPx - 2) / 2 : 12;
      context.roundRect(x - widthPx / 2 + 1, y - heightPx / 2 + 1, widthPx - 2, heightPx - 2, radius);
      context.fill();
    }
    context.fillStyle = face.background ? '#FFFFFF' : LABEL_TEXT;
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    face.lines.forEach((line, lineIndex) => {
      context.font = `${lineIndex === 0 ? weight : 400} ${lineIndex === 0 ? size : Math.round(size * 0.85)}px ${fontStackFor(language)}`;
      context.fillText(line, x, y + (lineIndex - (face.lines.length - 1) / 2) * lineHeight, LABEL_CELL.width - 20);
    });
    return { widthPx, heightPx };
  }

  upload(): void {
    this.texture.needsUpdate = true;
  }

  dispose(): void {
    this.texture.dispose();
    // Shrinking the canvas frees its backing store now rather than at the next garbage collection.
    this.canvas.width = 0;
    this.canvas.height = 0;
  }

  private cardOrigin(slot: number): { left: number; top: number } {
    const perRow = ATLAS_WIDTH / CARD_CELL.width;
    return { left: (slot % perRow) * CARD_CELL.width, top: Math.floor(slot / perRow) * CARD_CELL.height };
  }

  private labelOrigin(index: number): { left: number; top: number } {
    const perRow = ATLAS_WIDTH / LABEL_CELL.width;
    return { left: (index % perRow) * LABEL_CELL.width, top: this.labelTop + Math.floor(index / perRow) * LABEL_CELL.height };
  }

  private cell(left: number, top: number, width: number, height: number): QuadCell {
    // Without flipY, texture v runs down the canvas: a quad's lower edge (v) reads the cell's
    // bottom row and its upper edge (v + height) the top row, so the height is negative.
    return {
      u: left / this.canvas.width,
      v: (top + height) / this.canvas.height,
      width: width / this.canvas.width,
      height: -height / this.canvas.height,
    };
  }

  /** The picture cropped to a square (cover), with rounded corners. */
  private drawThumbnail(image: CanvasImageSource, x: number, y: number): void {
    const context = this.context;
    const width = 'width' in image ? Number(image.width) : THUMBNAIL;
    const height = 'height' in image ? Number(image.height) : THUMBNAIL;
    const side = Math.min(width, height);
    context.save();
    context.beginPath();
    context.roundRect(x, y, THUMBNAIL, THUMBNAIL, 12);
    context.clip();
    context.drawImage(image, (width - side) / 2, (height - side) / 2, side, side, x, y, THUMBNAIL, THUMBNAIL);
    context.restore();
  }
}
