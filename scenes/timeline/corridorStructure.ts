/**
 * The corridor's fixed geometry, built once per scene: the long wall with its two track lines,
 * year ticks and decade pilasters, the folded breaks (dashed, with a double slash), the floor
 * and ceiling that recede with it, the stems from each card to its date, and the links as arches
 * that leave the wall and span the corridor between the two histories. The stems from each card
 * to its date move with the cards (CorridorPlacer).
 */
import { Color, Vector3, type BufferGeometry } from 'three';
import { QuadBatch } from '../../src/render/QuadBatch.ts';
import { CORRIDOR_YAW, TRACK_LINE_Y, type CorridorLayout } from './corridorLayout.ts';
import { scaleLength, yearMarks } from './timeScale.ts';

export const WALL_HALF_HEIGHT = 4.4;
/** The wall is the scene's background: what is not floor, ceiling or drawn on it. */
export const WALL_COLOUR = '#0E1B3C';
const AXIS_BAND_COLOUR = '#132550';
const FLOOR_COLOUR = '#070F24';
const EDGE_COLOUR = '#5C4E2E';
const PILASTER_COLOUR = '#1A2B58';
const TICK_COLOUR = '#4A5A80';
const BREAK_COLOUR = '#B89550';
/** How far the floor and ceiling reach out from the wall towards the visitor. */
const CORRIDOR_DEPTH = 3000;
const ARCH_STEPS = 40;
export const LINK_COLOUR = '#D4A94A';
export const LINK_DIM_COLOUR = '#5A4D2E';
export const LINK_MARKED_COLOUR = '#FFD978';

export interface TrackColours {
  readonly colour: string;
  readonly accentColour: string;
}

const _tangent = new Vector3();
const _side = new Vector3();
const _from = new Vector3();
const _to = new Vector3();
const VIEW_DIRECTION = new Vector3(Math.sin(CORRIDOR_YAW), 0, -Math.cos(CORRIDOR_YAW));

function addDashedLine(batch: QuadBatch, fromX: number, toX: number, y: number, width: number, colour: string): void {
  const dash = 0.35;
  for (let x = fromX; x < toX; x += dash * 2) batch.addSegment(x, y, Math.min(toX, x + dash), y, 0.01, width, colour);
}

/** A track line: solid where time runs at its own pace, dashed where a break folds it. */
function addTrackLine(batch: QuadBatch, layout: CorridorLayout, y: number, colour: string, fromX: number, toX: number): void {
  let x = fromX;
  for (const folded of layout.scale.breaks) {
    if (folded.endX <= x || folded.startX >= toX) continue;
    batch.addSegment(x, y, folded.startX, y, 0.01, 0.12, colour);
    addDashedLine(batch, folded.startX, folded.endX, y, 0.12, colour);
    x = folded.endX;
  }
  batch.addSegment(x, y, toX, y, 0.01, 0.12, colour);
}

export function buildStructure(layout: CorridorLayout, tracks: readonly TrackColours[]): BufferGeometry {
  const batch = new QuadBatch();
  const length = scaleLength(layout.scale);
  const from = Math.min(0, layout.minX) - 60;
  const to = Math.max(length, layout.maxX) + 60;
  const top = WALL_HALF_HEIGHT;
  // No quad for the wall itself: seen along its length it covers most of the screen, and in a
  // software rasteriser that one quad cost more than the rest of the frame together. The clear
  // colour is the wall's.
  batch.addRectangle((from + to) / 2, 0, -0.04, to - from, 2 * (TRACK_LINE_Y + 0.12), AXIS_BAND_COLOUR);
  for (const y of [-top, top]) {
    batch.addQuad([from, y, 0, to, y, 0, to, y, CORRIDOR_DEPTH, from, y, CORRIDOR_DEPTH], FLOOR_COLOUR);
    batch.addSegment(from, y, to, y, 0, 0.06, EDGE_COLOUR);
  }
  for (const mark of yearMarks(layout.scale)) {
    if (mark.decade) {
      batch.addSegment(mark.x, -top, mark.x, top, -0.03, 0.05, PILASTER_COLOUR);
      // The pilaster's joint runs on across floor and ceiling: the corridor's rhythm in depth.
      for (const y of [-top, top]) batch.addQuad([mark.x - 0.03, y, 0, mark.x + 0.03, y, 0, mark.x + 0.03, y, CORRIDOR_DEPTH, mark.x - 0.03, y, CORRIDOR_DEPTH], PILASTER_COLOUR);
    }
    batch.addSegment(mark.x, -TRACK_LINE_Y, mark.x, TRACK_LINE_Y, 0.005, 0.04, TICK_COLOUR);
  }
  for (const folded of layout.scale.breaks) {
    const middle = (folded.startX + folded.endX) / 2;
    for (const side of [-1, 1]) {
      for (const offset of [-0.14, 0.14]) {
        const y = side * TRACK_LINE_Y;
        batch.addSegment(middle + offset - 0.12, y - 0.26, middle + offset + 0.12, y + 0.26, 0.02, 0.06, BREAK_COLOUR);
      }
    }
  }
  layout.trackIds.forEach((_, trackIndex) => {
    const track = tracks[trackIndex];
    const cards = layout.cards.filter((card) => card.trackIndex === trackIndex);
    if (!track || cards.length === 0) return;
    const y = trackIndex === 0 ? TRACK_LINE_Y : -TRACK_LINE_Y;
    addTrackLine(batch, layout, y, track.colour, Math.min(...cards.map((card) => card.anchorX)) - 2, Math.max(...cards.map((card) => card.x)) + 2);
  });
  for (const card of layout.cards) {
    const track = tracks[card.trackIndex];
    const colour = track?.accentColour ?? TICK_COLOUR;
    batch.addRectangle(card.anchorX, card.anchorY, 0.03, 0.24, 0.24, colour);
  }
  return batch.build();
}

/** A straight stroke between two points in depth, turned to face the visitor. */
function addRibbon(batch: QuadBatch, start: Vector3, end: Vector3, width: number, colour: string): void {
  _tangent.subVectors(end, start);
  _side.crossVectors(_tangent, VIEW_DIRECTION).normalize().multiplyScalar(width / 2);
  batch.addQuad([
    start.x - _side.x, start.y - _side.y, start.z - _side.z,
    end.x - _side.x, end.y - _side.y, end.z - _side.z,
    end.x + _side.x, end.y + _side.y, end.z + _side.z,
    start.x + _side.x, start.y + _side.y, start.z + _side.z,
  ], colour);
}

/** How far an arch stands out from the wall: longer links rise further, so arches never lie flat. */
export function archHeight(spanX: number): number {
  return 0.8 + 0.42 * Math.sqrt(Math.abs(spanX));
}

/**
 * The links as arches: each leaves its Party date, bows out into the corridor and lands on its
 * museum date. Quads [pair * ARCH_STEPS, (pair + 1) * ARCH_STEPS) belong to pair `pair`.
 */
export function buildArches(layout: CorridorLayout): { geometry: BufferGeometry; quadsPerArch: number } {
  const batch = new QuadBatch();
  for (const [first, second] of layout.pairs) {
    const a = layout.cards[first];
    const b = layout.cards[second];
    if (!a || !b) continue;
    const height = archHeight(b.anchorX - a.anchorX);
    let previousX = a.anchorX;
    let previousY = a.anchorY;
    let previousZ = 0.02;
    for (let step = 1; step <= ARCH_STEPS; step += 1) {
      const t = step / ARCH_STEPS;
      // A cubic Bezier from date to date whose middle stands `height` out from the wall.
      const u = 1 - t;
      const x = u * u * u * a.anchorX + 3 * u * t * (u * a.anchorX + t * b.anchorX) + t * t * t * b.anchorX;
      // Straight across the axis band: a long link never lies along a track line.
      const y = a.anchorY + (b.anchorY - a.anchorY) * t;
      const z = 0.02 + 3 * u * t * height;
      addRibbon(batch, _from.set(previousX, previousY, previousZ), _to.set(x, y, z), 0.075, LINK_COLOUR);
      previousX = x;
      previousY = y;
      previousZ = z;
    }
  }
  return { geometry: batch.build(), quadsPerArch: ARCH_STEPS };
}

/** Recolours a run of quads in a built geometry (an arch when its pair is marked). */
export class QuadColours {
  private readonly colour = new Color();

  paint(geometry: BufferGeometry, firstQuad: number, quadCount: number, colour: string): void {
    const attribute = geometry.getAttribute('color');
    this.colour.set(colour);
    for (let vertex = firstQuad * 4; vertex < (firstQuad + quadCount) * 4; vertex += 1) attribute.setXYZ(vertex, this.colour.r, this.colour.g, this.colour.b);
    attribute.needsUpdate = true;
  }
}
