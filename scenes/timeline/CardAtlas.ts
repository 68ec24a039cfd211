/**
 * Draws every card face and year label of the timeline into one canvas, used as one texture:
 * one draw call for all cards, however many events there are. Redrawn in place when the language
 * changes; the layout of cells never depends on the text, so nothing moves.
 */
import { CanvasTexture, LinearFilter, LinearMipmapLinearFilter, SRGBColorSpace } from 'three';
import type { LanguageCode, TimelineEvent, Track } from '../../src/content/contentTypes.ts';
import { eventDateText } from '../../src/content/contentDate.ts';
import { KIOSK_FONT_FAMILY, wrapText } from '../../src/render/canvasText.ts';

export const CARD_CELL_WIDTH = 512;
export const CARD_CELL_HEIGHT = 320;
export const LABEL_CELL_WIDTH = 256;
export const LABEL_CELL_HEIGHT = 96;
const ATLAS_WIDTH = 2048;
const CARDS_PER_ROW = ATLAS_WIDTH / CARD_CELL_WIDTH;
const LABELS_PER_ROW = ATLAS_WIDTH / LABEL_CELL_WIDTH;

const CARD_BACKGROUND = '#FAF7F0';
const CARD_TEXT = '#1A1A1A';
const YEAR_LABEL_TEXT = '#E8E2D0';

/** Texture coordinates of one cell: u/v of the lower-left corner and its size. */
export interface AtlasCell {
  readonly u: number;
  readonly v: number;
  readonly width: number;
  readonly height: number;
}

export class CardAtlas {
  readonly texture: CanvasTexture;
  private readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D;
  private readonly labelTop: number;

  constructor(
    private readonly events: readonly TimelineEvent[],
    private readonly tracks: readonly Track[],
    private readonly yearLabels: readonly number[],
  ) {
    this.canvas = document.createElement('canvas');
    this.labelTop = Math.ceil(events.length / CARDS_PER_ROW) * CARD_CELL_HEIGHT;
    this.canvas.width = ATLAS_WIDTH;
    this.canvas.height = Math.max(1, this.labelTop + Math.ceil(yearLabels.length / LABELS_PER_ROW) * LABEL_CELL_HEIGHT);
    const context = this.canvas.getContext('2d');
    if (!context) throw new Error('A 2D canvas is not available to draw the timeline cards.');
    this.context = context;
    this.texture = new CanvasTexture(this.canvas);
    this.texture.colorSpace = SRGBColorSpace;
    this.texture.minFilter = LinearMipmapLinearFilter;
    this.texture.magFilter = LinearFilter;
    this.texture.anisotropy = 4;
  }

  cardCell(index: number): AtlasCell {
    const column = index % CARDS_PER_ROW;
    const row = Math.floor(index / CARDS_PER_ROW);
    return this.cell(column * CARD_CELL_WIDTH, row * CARD_CELL_HEIGHT, CARD_CELL_WIDTH, CARD_CELL_HEIGHT);
  }

  labelCell(index: number): AtlasCell {
    const column = index % LABELS_PER_ROW;
    const row = Math.floor(index / LABELS_PER_ROW);
    return this.cell(column * LABEL_CELL_WIDTH, this.labelTop + row * LABEL_CELL_HEIGHT, LABEL_CELL_WIDTH, LABEL_CELL_HEIGHT);
  }

  /** Draws every face in the given language and marks the texture for upload. */
  draw(language: LanguageCode): void {
    const context = this.context;
    context.clearRect(0, 0, this.canvas.width, this.canvas.height);
    this.events.forEach((event, index) => this.drawCard(event, index, language));
    this.yearLabels.forEach((year, index) => {
      const left = (index % LABELS_PER_ROW) * LABEL_CELL_WIDTH;
      const top = this.labelTop + Math.floor(index / LABELS_PER_ROW) * LABEL_CELL_HEIGHT;
      context.fillStyle = YEAR_LABEL_TEXT;
      context.font = `600 56px ${KIOSK_FONT_FAMILY}`;
      context.textAlign = 'center';
      context.textBaseline = 'middle';
      context.fillText(String(year), left + LABEL_CELL_WIDTH / 2, top + LABEL_CELL_HEIGHT / 2);
    });
    this.texture.needsUpdate = true;
  }

  dispose(): void {
    this.texture.dispose();
    // Shrinking the canvas frees its backing store now rather than at the next garbage collection.
    this.canvas.width = 0;
    this.canvas.height = 0;
  }

  private drawCard(event: TimelineEvent, index: number, language: LanguageCode): void {
    const context = this.context;
    const left = (index % CARDS_PER_ROW) * CARD_CELL_WIDTH;
    const top = Math.floor(index / CARDS_PER_ROW) * CARD_CELL_HEIGHT;
    const track = this.tracks.find((candidate) => candidate.id === event.trackId);
    const trackColour = track?.colour ?? '#444444';
    const padding = 28;
    const inset = 4;

    context.save();
    context.beginPath();
    context.roundRect(left + inset, top + inset, CARD_CELL_WIDTH - 2 * inset, CARD_CELL_HEIGHT - 2 * inset, 22);
    context.clip();
    context.fillStyle = CARD_BACKGROUND;
    context.fillRect(left, top, CARD_CELL_WIDTH, CARD_CELL_HEIGHT);
    context.fillStyle = trackColour;
    context.fillRect(left, top, CARD_CELL_WIDTH, 16);
    if (event.links.length > 0 && track) {
      context.fillStyle = track.accentColour;
      context.fillRect(left, top + 16, CARD_CELL_WIDTH, 6);
    }

    context.textAlign = 'left';
    context.textBaseline = 'top';
    context.fillStyle = trackColour;
    context.font = `700 36px ${KIOSK_FONT_FAMILY}`;
    const dateLines = wrapText(context, eventDateText(event, language), CARD_CELL_WIDTH - 2 * padding, 1);
    context.fillText(dateLines[0] ?? '', left + padding, top + 40);

    context.fillStyle = CARD_TEXT;
    context.font = `600 44px ${KIOSK_FONT_FAMILY}`;
    const titleLines = wrapText(context, event.title[language] ?? '', CARD_CELL_WIDTH - 2 * padding, 3);
    titleLines.forEach((line, lineIndex) => context.fillText(line, left + padding, top + 100 + lineIndex * 60));
    context.restore();
  }

  private cell(left: number, top: number, width: number, height: number): AtlasCell {
    // Canvas rows run downwards; texture v runs upwards (flipY is on for canvas textures).
    return {
      u: left / this.canvas.width,
      v: 1 - (top + height) / this.canvas.height,
      width: width / this.canvas.width,
      height: height / this.canvas.height,
    };
  }
}
