/**
 * The frames on the corridor's cards: gold round the open event and its partners, and white,
 * thicker and outside the gold, round the card the keypad's focus rests on, so a visitor using
 * the keys always sees where they are, even on an open card.
 */
import { Vector3 } from 'three';
import { QuadBuffer } from '../../src/render/QuadBuffer.ts';
import { CARD_WIDTH } from './corridorLayout.ts';
import type { CorridorPlacer } from './CorridorPlacer.ts';
import { FACING_RIGHT, FACING_UP, type CorridorView } from './CorridorView.ts';

const FRAME_COLOUR = '#D4A94A';
const MAX_FRAMES = 3;
const CURSOR_COLOUR = '#FFFFFF';
/** The cursor's four quads come after the gold frames' quads. */
const CURSOR_FRAME = MAX_FRAMES;

const _centre = new Vector3();
const _edge = new Vector3();

export function focusFrameQuads(): QuadBuffer {
  const quads = new QuadBuffer((MAX_FRAMES + 1) * 4);
  for (let quad = 0; quad < (MAX_FRAMES + 1) * 4; quad += 1) quads.setColour(quad, quad < CURSOR_FRAME * 4 ? FRAME_COLOUR : CURSOR_COLOUR);
  return quads;
}

/** Frames the marked cards that are shown (three at most) and the cursor's card. */
export function placeFocusFrames(
  quads: QuadBuffer, placer: CorridorPlacer, heights: Float32Array, view: CorridorView, marked: readonly number[], cursor: number | null,
): void {
  let frame = 0;
  for (const index of marked) {
    if (frame >= MAX_FRAMES || placer.cardShown[index] !== 1) continue;
    placeFrame(quads, placer, heights, view, frame, index, 0.09, 0);
    frame += 1;
  }
  for (let quad = frame * 4; quad < CURSOR_FRAME * 4; quad += 1) quads.hide(quad);
  if (cursor !== null && placer.cardShown[cursor] === 1) placeFrame(quads, placer, heights, view, CURSOR_FRAME, cursor, 0.12, marked.includes(cursor) ? 0.09 : 0.02);
  else for (let quad = CURSOR_FRAME * 4; quad < (CURSOR_FRAME + 1) * 4; quad += 1) quads.hide(quad);
  quads.commit();
}

/** Four bars round a card, `share` of a card's width thick and `gapShare` out from it (an enlarged card gets a thicker frame). */
function placeFrame(
  quads: QuadBuffer, placer: CorridorPlacer, heights: Float32Array, view: CorridorView, frame: number, index: number, share: number, gapShare: number,
): void {
  const { halfWidth, halfHeight } = placer.cardWorldBox(index, heights[index] ?? 0, view, _centre);
  const thickness = share * (halfWidth / (CARD_WIDTH / 2));
  const first = frame * 4;
  // The cursor's frame stands outside the gold one, so an open card shows both.
  const out = gapShare * (halfWidth / (CARD_WIDTH / 2));
  _edge.copy(FACING_UP).multiplyScalar(halfHeight + out + thickness / 2).add(_centre);
  quads.place(first, _edge, FACING_RIGHT, FACING_UP, halfWidth + out + thickness, thickness / 2);
  _edge.copy(FACING_UP).multiplyScalar(-halfHeight - out - thickness / 2).add(_centre);
  quads.place(first + 1, _edge, FACING_RIGHT, FACING_UP, halfWidth + out + thickness, thickness / 2);
  _edge.copy(FACING_RIGHT).multiplyScalar(halfWidth + out + thickness / 2).add(_centre);
  quads.place(first + 2, _edge, FACING_RIGHT, FACING_UP, thickness / 2, halfHeight + out);
  _edge.copy(FACING_RIGHT).multiplyScalar(-halfWidth - out - thickness / 2).add(_centre);
  quads.place(first + 3, _edge, FACING_RIGHT, FACING_UP, thickness / 2, halfHeight + out);
}
