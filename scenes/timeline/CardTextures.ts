/**
 * The textures the timeline's cards and year labels are drawn from, built for any number of
 * events with bounded memory and a constant number of draw calls:
 * - the detail atlas holds up to DETAIL_SLOTS cards at full resolution, plus every year label;
 * - when there are more events than slots, an overview atlas holds every card small, and the
 *   detail slots are handed to the cards nearest the middle of the screen whenever the view settles.
 * Cells never depend on the text, so a language switch redraws in place and nothing moves.
 */
import { CanvasTexture, LinearFilter, LinearMipmapLinearFilter, SRGBColorSpace } from 'three';
import { eventDateText } from '../../src/contentModel/contentDate.ts';
import type { LanguageCode, TimelineEvent, Track } from '../../src/contentModel/contentTypes.ts';
import { KIOSK_FONT_FAMILY, wrapText } from '../../src/render/canvasText.ts';

/** Full-resolution card cells: crisp at kiosk distance on a 4K panel at DPR 2. */
export const DETAIL_SLOTS = 32;
const DETAIL_CELL = { width: 512, height: 320 } as const;
/** Small cells for the overview of a long timeline: legible when zoomed out to decades. */
const OVERVIEW_CELL = { width: 128, height: 80 } as const;
const LABEL_CELL = { width: 256, height: 96 } as const;
const ATLAS_WIDTH = 2048;

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

interface Atlas {
  readonly canvas: HTMLCanvasElement;
  readonly context: CanvasRenderingContext2D;
  readonly texture: CanvasTexture;
}

function createAtlas(height: number, mipmaps: boolean): Atlas {
  const canvas = document.createElement('canvas');
  canvas.width = ATLAS_WIDTH;
  canvas.height = Math.max(1, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('A 2D canvas is not available to draw the timeline cards.');
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  texture.generateMipmaps = mipmaps;
  texture.minFilter = mipmaps ? LinearMipmapLinearFilter : LinearFilter;
  texture.magFilter = LinearFilter;
  texture.anisotropy = 4;
  return { canvas, context, texture };
}

function cellOf(atlas: Atlas, left: number, top: number, width: number, height: number): AtlasCell {
  // Canvas rows run downwards; texture v runs upwards (flipY is on for canvas textures).
  return {
    u: left / atlas.canvas.width,
    v: 1 - (top + height) / atlas.canvas.height,
    width: width / atlas.canvas.width,
    height: height / atlas.canvas.height,
  };
}

export class CardTextures {
  readonly detail: Atlas;
  readonly overview: Atlas | null;
  /** The event index drawn in each detail slot (null: the slot is free). */
  private readonly slots: (number | null)[];
  private readonly labelTop: number;
  private readonly slotCount: number;
  private language: LanguageCode = '';

  constructor(
    private readonly events: readonly TimelineEvent[],
    private readonly tracks: readonly Track[],
    private readonly yearLabels: readonly number[],
    private readonly images: ReadonlyMap<string, CanvasImageSource>,
  ) {
    this.slotCount = Math.min(events.length, DETAIL_SLOTS);
    const detailPerRow = ATLAS_WIDTH / DETAIL_CELL.width;
    const labelsPerRow = ATLAS_WIDTH / LABEL_CELL.width;
    this.labelTop = Math.ceil(this.slotCount / detailPerRow) * DETAIL_CELL.height;
    this.detail = createAtlas(this.labelTop + Math.ceil(yearLabels.length / labelsPerRow) * LABEL_CELL.height, true);
    const overviewPerRow = ATLAS_WIDTH / OVERVIEW_CELL.width;
    this.overview = this.isTiered ? createAtlas(Math.ceil(events.length / overviewPerRow) * OVERVIEW_CELL.height, true) : null;
    // With few events every card keeps its own slot for good.
    this.slots = Array.from({ length: this.slotCount }, (_, index) => (this.isTiered ? null : index));
  }

  /** True when there are more events than full-resolution slots. */
  get isTiered(): boolean {
    return this.events.length > DETAIL_SLOTS;
  }

  get detailSlotCount(): number {
    return this.slotCount;
  }

  slotEvent(slot: number): number | null {
    return this.slots[slot] ?? null;
  }

  detailCell(slot: number): AtlasCell {
    const perRow = ATLAS_WIDTH / DETAIL_CELL.width;
    return cellOf(this.detail, (slot % perRow) * DETAIL_CELL.width, Math.floor(slot / perRow) * DETAIL_CELL.height, DETAIL_CELL.width, DETAIL_CELL.height);
  }

  overviewCell(eventIndex: number): AtlasCell {
    if (!this.overview) return this.detailCell(eventIndex);
    const perRow = ATLAS_WIDTH / OVERVIEW_CELL.width;
    return cellOf(this.overview, (eventIndex % perRow) * OVERVIEW_CELL.width, Math.floor(eventIndex / perRow) * OVERVIEW_CELL.height, OVERVIEW_CELL.width, OVERVIEW_CELL.height);
  }

  labelCell(index: number): AtlasCell {
    const perRow = ATLAS_WIDTH / LABEL_CELL.width;
    return cellOf(this.detail, (index % perRow) * LABEL_CELL.width, this.labelTop + Math.floor(index / perRow) * LABEL_CELL.height, LABEL_CELL.width, LABEL_CELL.height);
  }

  /** Draws everything in a language: labels, every overview card, every occupied detail slot. */
  draw(language: LanguageCode): void {
    this.language = language;
    const { context, canvas } = this.detail;
    context.clearRect(0, 0, canvas.width, canvas.height);
    this.yearLabels.forEach((year, index) => this.drawYearLabel(year, index));
    this.slots.forEach((eventIndex, slot) => this.drawSlot(slot, eventIndex));
    this.detail.texture.needsUpdate = true;
    if (this.overview) {
      this.overview.context.clearRect(0, 0, this.overview.canvas.width, this.overview.canvas.height);
      this.events.forEach((_, index) => this.drawOverviewCard(index));
      this.overview.texture.needsUpdate = true;
    }
  }

  /**
   * Gives the detail slots to these events (nearest first), keeping cards that already hold a
   * slot where they are. Returns true when any slot changed (its quad must move).
   */
  assign(wantedEventIndices: readonly number[]): boolean {
    if (!this.isTiered) return false;
    const wanted = new Set(wantedEventIndices.slice(0, this.slotCount));
    let changed = false;
    const freeSlots: number[] = [];
    this.slots.forEach((eventIndex, slot) => {
      if (eventIndex !== null && wanted.has(eventIndex)) wanted.delete(eventIndex);
      else freeSlots.push(slot);
    });
    for (const eventIndex of wanted) {
      const slot = freeSlots.shift();
      if (slot === undefined) break;
      this.slots[slot] = eventIndex;
      this.drawSlot(slot, eventIndex);
      changed = true;
    }
    for (const slot of freeSlots) {
      if (this.slots[slot] === null) continue;
      this.slots[slot] = null;
      this.drawSlot(slot, null);
      changed = true;
    }
    if (changed) this.detail.texture.needsUpdate = true;
    return changed;
  }

  dispose(): void {
    for (const atlas of [this.detail, this.overview]) {
      if (!atlas) continue;
      atlas.texture.dispose();
      // Shrinking the canvas frees its backing store now rather than at the next garbage collection.
      atlas.canvas.width = 0;
      atlas.canvas.height = 0;
    }
  }

  private drawSlot(slot: number, eventIndex: number | null): void {
    const perRow = ATLAS_WIDTH / DETAIL_CELL.width;
    const left = (slot % perRow) * DETAIL_CELL.width;
    const top = Math.floor(slot / perRow) * DETAIL_CELL.height;
    this.detail.context.clearRect(left, top, DETAIL_CELL.width, DETAIL_CELL.height);
    const event = eventIndex === null ? undefined : this.events[eventIndex];
    if (event) this.drawCard(this.detail.context, event, left, top, 1);
  }

  private drawOverviewCard(index: number): void {
    const overview = this.overview;
    const event = this.events[index];
    if (!overview || !event) return;
    const perRow = ATLAS_WIDTH / OVERVIEW_CELL.width;
    this.drawCard(overview.context, event, (index % perRow) * OVERVIEW_CELL.width, Math.floor(index / perRow) * OVERVIEW_CELL.height, OVERVIEW_CELL.width / DETAIL_CELL.width);
  }

  private drawYearLabel(year: number, index: number): void {
    const { context } = this.detail;
    const perRow = ATLAS_WIDTH / LABEL_CELL.width;
    const left = (index % perRow) * LABEL_CELL.width;
    const top = this.labelTop + Math.floor(index / perRow) * LABEL_CELL.height;
    context.fillStyle = YEAR_LABEL_TEXT;
    context.font = `600 56px ${KIOSK_FONT_FAMILY}`;
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.fillText(String(year), left + LABEL_CELL.width / 2, top + LABEL_CELL.height / 2);
  }

  /** One card face, laid out on the 512x320 grid and scaled into the cell. */
  private drawCard(context: CanvasRenderingContext2D, event: TimelineEvent, left: number, top: number, scale: number): void {
    const language = this.language;
    const track = this.tracks.find((candidate) => candidate.id === event.trackId);
    const trackColour = track?.colour ?? '#444444';
    const padding = 28;
    const image = this.images.get(event.id);
    const imageSize = 150;
    const textWidth = DETAIL_CELL.width - 2 * padding - (image ? imageSize + 16 : 0);

    context.save();
    context.translate(left, top);
    context.scale(scale, scale);
    context.beginPath();
    context.roundRect(4, 4, DETAIL_CELL.width - 8, DETAIL_CELL.height - 8, 22);
    context.clip();
    context.fillStyle = CARD_BACKGROUND;
    context.fillRect(0, 0, DETAIL_CELL.width, DETAIL_CELL.height);
    context.fillStyle = trackColour;
    context.fillRect(0, 0, DETAIL_CELL.width, 16);
    if (event.links.length > 0 && track) {
      context.fillStyle = track.accentColour;
      context.fillRect(0, 16, DETAIL_CELL.width, 6);
    }
    if (image) this.drawThumbnail(context, image, DETAIL_CELL.width - padding - imageSize, 40, imageSize);

    context.textAlign = 'left';
    context.textBaseline = 'top';
    context.fillStyle = trackColour;
    context.font = `700 36px ${KIOSK_FONT_FAMILY}`;
    context.fillText(wrapText(context, eventDateText(event, language), textWidth, 1)[0] ?? '', padding, 40);
    context.fillStyle = CARD_TEXT;
    context.font = `600 44px ${KIOSK_FONT_FAMILY}`;
    wrapText(context, event.title[language] ?? '', textWidth, 3).forEach((line, lineIndex) => context.fillText(line, padding, 100 + lineIndex * 60));
    context.restore();
  }

  /** The picture cropped to a square (cover), with rounded corners. */
  private drawThumbnail(context: CanvasRenderingContext2D, image: CanvasImageSource, x: number, y: number, size: number): void {
    const width = 'width' in image ? Number(image.width) : size;
    const height = 'height' in image ? Number(image.height) : size;
    const side = Math.min(width, height);
    context.save();
    context.beginPath();
    context.roundRect(x, y, size, size, 12);
    context.clip();
    context.drawImage(image, (width - side) / 2, (height - side) / 2, side, side, x, y, size, size);
    context.restore();
  }
}
