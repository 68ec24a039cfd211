/**
 * The per-frame placement of everything that faces the visitor: cards and wall labels. Each is
 * drawn at its perspective size but never below a readable one (a distant card is enlarged to
 * the floor instead of shrinking to a speck); where enlarged cards would overlap, the more
 * important one stays and the other shows only its date marker on the wall. At rest a card cut
 * by the screen's edge is not shown either. What this pass decides is what the GPU draws and
 * what `itemsOnScreen()` reports: one set of numbers, written into arrays allocated once.
 */
import { Vector3 } from 'three';
import type { QuadBuffer } from '../../src/render/QuadBuffer.ts';
import { CARD_CELL, CARD_DATE_PX } from './CorridorAtlas.ts';
import { cardEdgeY, CARD_OFFSET_Z, CARD_WIDTH, CORRIDOR_YAW, type CorridorLayout } from './corridorLayout.ts';
import { FACING_RIGHT, FACING_UP, VIEW_DIRECTION, type CorridorView } from './CorridorView.ts';

/** Floors from DESIGN.md at 1080p, with a little room for rounding. */
export const MIN_TITLE_CSS_PX = 25;
export const MIN_DATE_CSS_PX = 20.5;
export const MIN_LABEL_CSS_PX = 21;
/** World units per label cell pixel at natural size. */
export const LABEL_UNITS_PER_PIXEL = 0.0064;
/** Keep this far (CSS px) from the free screen's edges at rest. */
const EDGE_MARGIN = 12;
/** Space kept between two cards on screen. */
const CARD_SPACING = 10;
/**
 * Cards stand just clear of the wall at their natural size. An enlarged card keeps that depth
 * (the wall writes no depth, so it never hides the part behind it): it grows in place, and a fit
 * computed for the wall stays true on screen.
 */
const CARD_Z = CARD_OFFSET_Z + (CARD_WIDTH / 2) * Math.sin(CORRIDOR_YAW);
const LABEL_Z = 0.3;
const AXIS_GAP_PX = 44;
/** Titles down to this size (cell px) read at the floor at the common card scale; a smaller one enlarges its own card. */
const FLOOR_TITLE_PX = 42;
const MIN_SCALE_FOR_TITLE = MIN_TITLE_CSS_PX / FLOOR_TITLE_PX;
const MIN_SCALE_FOR_DATE = MIN_DATE_CSS_PX / CARD_DATE_PX;
/** The smallest cell-to-screen scale a card may have: both its title and date stay readable. */
export const MIN_CARD_PIXEL_SCALE = Math.max(MIN_SCALE_FOR_TITLE, MIN_SCALE_FOR_DATE);

const _centre = new Vector3();
const _screen = new Vector3();
const _anchor = new Vector3();
const _stemEnd = new Vector3();
const _box: Rect = { x: 0, y: 0, width: 0, height: 0 };
const STEM_HALF_WIDTH = 0.025;

export interface LabelSpot {
  readonly x: number;
  /** The label's largest text size in cell pixels (its readability floor applies to it). */
  readonly textPx: number;
  /** Breaks and decades claim room before the ordinary cards; plain years after them. */
  readonly claimsFirst: boolean;
}

/** Where a placement pass writes its quads; a probe (what would a view show?) writes none. */
export interface PlacementQuads {
  readonly cards: QuadBuffer;
  readonly stems: QuadBuffer;
  readonly labels: QuadBuffer;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The first claimed rect this one would touch (its index), or -1. */
function firstOverlap(rects: Float32Array, count: number, x: number, y: number, width: number, height: number, spacing: number): number {
  for (let index = 0; index < count; index += 1) {
    const offset = index * 4;
    if (x < (rects[offset] ?? 0) + (rects[offset + 2] ?? 0) + spacing && x + width + spacing > (rects[offset] ?? 0)
      && y < (rects[offset + 1] ?? 0) + (rects[offset + 3] ?? 0) + spacing && y + height + spacing > (rects[offset + 1] ?? 0)) return index;
  }
  return -1;
}

function overlaps(rects: Float32Array, count: number, x: number, y: number, width: number, height: number, spacing: number): boolean {
  return firstOverlap(rects, count, x, y, width, height, spacing) >= 0;
}

/**
 * The screen box (CSS px, into `out`) of a facing quad centred at `centre` with these world half
 * sizes; returns its CSS pixels per world unit, or null when it is behind the camera.
 */
function projectBox(view: CorridorView, centre: Vector3, halfWidth: number, halfHeight: number, out: Rect): number | null {
  view.toScreen(centre.x, centre.y, centre.z, _screen);
  if (_screen.z <= view.camera.near) return null;
  const pixelsPerUnit = view.focalPixels / _screen.z;
  out.width = 2 * halfWidth * pixelsPerUnit;
  out.height = 2 * halfHeight * pixelsPerUnit;
  out.x = _screen.x - out.width / 2;
  out.y = _screen.y - out.height / 2;
  return pixelsPerUnit;
}

/** How many times a card crowded by another may move further out from the axis, past it. */
const STACK_TRIES = 2;

export class CorridorPlacer {
  /** Per card: 1 when drawn as a card in the last pass. */
  readonly cardShown: Uint8Array;
  /** Per card: x, y, width, height in CSS pixels. */
  readonly cardRects: Float32Array;
  /** Per card: CSS pixels per cell pixel (title size = CARD_TITLE_PX times this). */
  readonly cardPixelScale: Float32Array;
  /** Per card: how far (world units) it was moved out from its row, past a card in its way. */
  private readonly cardLift: Float32Array;
  /** Per card: the smallest cell-to-screen scale at which its title and date read. */
  private readonly cardMinScale: Float32Array;
  /** Per card: its title as drawn, in cell px. */
  private readonly titlePx: Float32Array;
  /** A visitor's larger text raises every floor by this much. */
  private textScale = 1;
  readonly labelShown: Uint8Array;
  private readonly placed: Float32Array;
  private placedCount = 0;
  /** Cards in the order they claim room: linked events first, then by time. */
  private readonly cardOrder: Int32Array;
  private readonly marked: number[] = [];

  constructor(private readonly layout: CorridorLayout, private readonly labels: readonly LabelSpot[]) {
    const count = layout.cards.length;
    this.cardShown = new Uint8Array(count);
    this.cardRects = new Float32Array(count * 4);
    this.cardPixelScale = new Float32Array(count);
    this.cardLift = new Float32Array(count);
    this.cardMinScale = new Float32Array(count).fill(MIN_CARD_PIXEL_SCALE);
    this.titlePx = new Float32Array(count).fill(FLOOR_TITLE_PX);
    this.labelShown = new Uint8Array(labels.length);
    this.placed = new Float32Array((count + labels.length + 4) * 4);
    const linked = new Set(layout.pairs.flat());
    const order = layout.cards.map((_, index) => index).sort((a, b) => Number(linked.has(b)) - Number(linked.has(a)) || a - b);
    this.cardOrder = Int32Array.from(order);
  }

  /** A card's title as drawn (cell px): a title set smaller than FLOOR_TITLE_PX enlarges its card. */
  setTitleSize(index: number, titlePx: number): void {
    this.titlePx[index] = titlePx;
    this.cardMinScale[index] = this.textScale * Math.max(MIN_CARD_PIXEL_SCALE, MIN_TITLE_CSS_PX / Math.max(1, titlePx));
  }

  /** A visitor's larger text: cards and labels are never drawn below `scale` times their floors. */
  setTextScale(scale: number): void {
    this.textScale = scale;
    this.titlePx.forEach((titlePx, index) => this.setTitleSize(index, titlePx));
  }

  /** Cards that always claim room first: the open event and its partners. */
  setMarked(cardIndices: readonly number[]): void {
    this.marked.length = 0;
    this.marked.push(...cardIndices);
  }

  /**
   * Places every card and label. `heightsPx` is each card's face height in cell pixels (0: no
   * face yet), `avoid` rects (CSS px) stay clear (the track names), `atRest` hides cut cards.
   * With `quads` null nothing is drawn: only `cardShown` and `cardRects` say what the view shows.
   */
  place(view: CorridorView, heightsPx: Float32Array, quads: PlacementQuads | null, labelHeightsPx: Float32Array, labelWidthsPx: Float32Array, avoid: readonly Rect[], atRest: boolean): void {
    this.placedCount = 0;
    for (const rect of avoid) this.claim(rect.x, rect.y, rect.width, rect.height);
    // The open event and its partners first; then breaks and decades (far out, they are what
    // the visitor reads); then the other cards; plain years last.
    this.cardShown.fill(0);
    this.labelShown.fill(0);
    for (const index of this.marked) this.placeCard(view, index, heightsPx, quads, atRest);
    this.placeLabels(view, true, quads?.labels ?? null, labelWidthsPx, labelHeightsPx, atRest);
    for (const index of this.cardOrder) if (!this.marked.includes(index)) this.placeCard(view, index, heightsPx, quads, atRest);
    this.placeLabels(view, false, quads?.labels ?? null, labelWidthsPx, labelHeightsPx, atRest);
    if (!quads) return;
    for (let index = 0; index < this.layout.cards.length; index += 1) {
      if (this.cardShown[index] === 1) continue;
      quads.cards.hide(index);
      quads.stems.hide(index);
    }
    quads.labels.commit();
    quads.cards.commit();
    quads.stems.commit();
  }

  /** The cards the last pass showed. */
  shownCards(): number[] {
    const shown: number[] = [];
    this.cardShown.forEach((flag, index) => {
      if (flag === 1) shown.push(index);
    });
    return shown;
  }

  private placeLabels(view: CorridorView, claimsFirst: boolean, quads: QuadBuffer | null, widthsPx: Float32Array, heightsPx: Float32Array, atRest: boolean): void {
    for (let index = 0; index < this.labels.length; index += 1) {
      const label = this.labels[index];
      if (label?.claimsFirst === claimsFirst) this.placeLabel(view, index, label, quads, widthsPx[index] ?? 0, heightsPx[index] ?? 0, atRest);
    }
  }

  /**
   * The near edge of a card: its row's place, but never closer to the axis on screen than
   * AXIS_GAP_PX, so that far out the wall's labels keep their band between the two histories.
   */
  private edgeY(view: CorridorView, row: number, x: number, scale: number): number {
    const depth = Math.max(0.5, view.depthOf(x, CARD_Z));
    return cardEdgeY(row, scale) + Math.max(0, (AXIS_GAP_PX * depth) / view.focalPixels - cardEdgeY(0));
  }

  /** The world centre and half size of a shown card (for its focus frame), into `centre`; returns [halfWidth, halfHeight]. */
  cardWorldBox(index: number, heightPx: number, view: CorridorView, centre: Vector3): { halfWidth: number; halfHeight: number } {
    const card = this.layout.cards[index];
    const scale = this.cardScale(view, index);
    const halfWidth = (CARD_WIDTH / 2) * scale;
    const halfHeight = ((CARD_WIDTH * heightPx) / CARD_CELL.width / 2) * scale;
    const side = card?.side ?? 1;
    centre.set(card?.x ?? 0, side * (this.edgeY(view, card?.row ?? 0, card?.x ?? 0, scale) + halfHeight + (this.cardLift[index] ?? 0)), CARD_Z);
    return { halfWidth, halfHeight };
  }

  /** How much a card must grow so that its cell is drawn at least at its smallest readable scale. */
  private cardScale(view: CorridorView, index: number): number {
    return this.worldScale(view, this.layout.cards[index]?.x ?? 0, CARD_WIDTH / CARD_CELL.width, this.cardMinScale[index] ?? MIN_CARD_PIXEL_SCALE);
  }

  /** How much a thing of natural text size `textWorld` must grow to read at least `floorPx`. */
  private worldScale(view: CorridorView, x: number, textWorld: number, floorPx: number): number {
    const depth = Math.max(0.5, view.depthOf(x, CARD_OFFSET_Z));
    const naturalPx = (textWorld * view.focalPixels) / depth;
    return Math.max(1, floorPx / naturalPx);
  }

  private placeCard(view: CorridorView, index: number, heightsPx: Float32Array, quads: PlacementQuads | null, atRest: boolean): void {
    const heightPx = heightsPx[index] ?? 0;
    if (heightPx <= 0 || this.cardShown[index] === 1) return;
    const scale = this.cardScale(view, index);
    const card = this.layout.cards[index];
    if (!card) return;
    const halfWidth = (CARD_WIDTH / 2) * scale;
    const halfHeight = ((CARD_WIDTH * heightPx) / CARD_CELL.width / 2) * scale;
    const edgeY = this.edgeY(view, card.row, card.x, scale);
    _centre.set(card.x, card.side * (edgeY + halfHeight), CARD_Z);
    const pixelsPerUnit = projectBox(view, _centre, halfWidth, halfHeight, _box);
    if (pixelsPerUnit === null) return;
    const { x, width, height } = _box;
    let { y } = _box;
    // A card in the way (a taller card of the row nearer the axis): stand further out, past it.
    let liftPx = 0;
    for (let tries = 0; ; tries += 1) {
      const blocker = firstOverlap(this.placed, this.placedCount, x, y, width, height, CARD_SPACING);
      if (blocker < 0) break;
      if (tries >= STACK_TRIES) return;
      const blockerY = this.placed[blocker * 4 + 1] ?? 0;
      const blockerHeight = this.placed[blocker * 4 + 3] ?? 0;
      const movedY = card.side > 0 ? blockerY - CARD_SPACING - 1 - height : blockerY + blockerHeight + CARD_SPACING + 1;
      // Only ever away from the axis: a card never crosses to the other history's side.
      if (card.side > 0 ? movedY >= y : movedY <= y) return;
      liftPx += Math.abs(movedY - y);
      y = movedY;
    }
    if (!this.fits(view, x, y, width, height, atRest)) return;
    const lift = liftPx / pixelsPerUnit;
    _centre.y += card.side * lift;
    this.cardLift[index] = lift;
    this.claim(x, y, width, height);
    this.cardShown[index] = 1;
    this.cardRects[index * 4] = x;
    this.cardRects[index * 4 + 1] = y;
    this.cardRects[index * 4 + 2] = width;
    this.cardRects[index * 4 + 3] = height;
    this.cardPixelScale[index] = width / CARD_CELL.width;
    if (!quads) return;
    quads.cards.place(index, _centre, FACING_RIGHT, FACING_UP, halfWidth, halfHeight);
    // The stem joins the card's near edge to its exact date on the track line. It runs on the
    // wall itself, so a second-row card's stem passes behind the first-row card, never over it.
    _anchor.set(card.anchorX, card.anchorY, 0.01);
    _stemEnd.set(card.x, card.side * (edgeY + lift + 0.05), 0.02);
    quads.stems.placeStroke(index, _anchor, _stemEnd, STEM_HALF_WIDTH * scale, VIEW_DIRECTION);
  }

  private placeLabel(view: CorridorView, index: number, label: LabelSpot, quads: QuadBuffer | null, widthPx: number, heightPx: number, atRest: boolean): void {
    quads?.hide(index);
    if (widthPx <= 0) return;
    const scale = this.worldScale(view, label.x, label.textPx * LABEL_UNITS_PER_PIXEL, MIN_LABEL_CSS_PX * this.textScale);
    const halfWidth = (widthPx * LABEL_UNITS_PER_PIXEL * scale) / 2;
    const halfHeight = (heightPx * LABEL_UNITS_PER_PIXEL * scale) / 2;
    _centre.set(label.x, 0, LABEL_Z);
    if (projectBox(view, _centre, halfWidth, halfHeight, _box) === null) return;
    const { x, y, width, height } = _box;
    if (!this.fits(view, x, y, width, height, atRest) || overlaps(this.placed, this.placedCount, x, y, width, height, 16)) return;
    this.claim(x, y, width, height);
    this.labelShown[index] = 1;
    quads?.place(index, _centre, FACING_RIGHT, FACING_UP, halfWidth, halfHeight);
  }

  /** Never under the bars; at rest, also wholly inside the free screen's left and right edges. */
  private fits(view: CorridorView, x: number, y: number, width: number, height: number, atRest: boolean): boolean {
    const { insets } = view;
    if (y < insets.top + EDGE_MARGIN || y + height > view.height - insets.bottom - EDGE_MARGIN) return false;
    const left = insets.left + (atRest ? EDGE_MARGIN : -width);
    const right = view.width - insets.right - (atRest ? EDGE_MARGIN : -width);
    return x >= left && x + width <= right;
  }

  private claim(x: number, y: number, width: number, height: number): void {
    const offset = this.placedCount * 4;
    if (offset + 4 > this.placed.length) return;
    this.placed[offset] = x;
    this.placed[offset + 1] = y;
    this.placed[offset + 2] = width;
    this.placed[offset + 3] = height;
    this.placedCount += 1;
  }
}
