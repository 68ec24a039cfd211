/**
 * The two track names pinned to the free screen's left edge, each on its own track line: wherever
 * the visitor looks, the red line is called 党史 and the blue one 馆史 (in the visitor's language).
 */
import { Vector3 } from 'three';
import type { QuadBuffer } from '../../src/render/QuadBuffer.ts';
import { TRACK_LINE_Y } from './corridorLayout.ts';
import type { Rect } from './CorridorPlacer.ts';
import type { CorridorView } from './CorridorView.ts';

/** Track names: CSS px per cell px, and their distance from the free screen's corner. */
const TRACK_NAME_SCALE = 0.8;
const TRACK_NAME_MARGIN = 24;
/** The camera-space depth the screen-pinned track names are drawn at (any depth inside the frustum). */
const HUD_DEPTH = 10;
const LOCAL_RIGHT = new Vector3(1, 0, 0);
const LOCAL_UP = new Vector3(0, 1, 0);

const _centre = new Vector3();
const _edge = new Vector3();

export interface CellSize {
  readonly width: number;
  readonly height: number;
}

/** How far from the free screen's left edge the track names reach (CSS px). */
export function trackNamesReach(sizes: readonly CellSize[]): number {
  return TRACK_NAME_MARGIN + Math.max(0, ...sizes.map((size) => size.width * TRACK_NAME_SCALE));
}

/** Where the track names stand on screen for the view as it is now, written into `rects`. */
export function measureTrackNames(view: CorridorView, sizes: readonly CellSize[], rects: Rect[]): void {
  sizes.forEach((size, track) => {
    const width = size.width * TRACK_NAME_SCALE;
    const height = size.height * TRACK_NAME_SCALE;
    const x = view.insets.left + TRACK_NAME_MARGIN;
    view.toScreen(view.wallXAtScreenX(x + width / 2), track === 0 ? TRACK_LINE_Y : -TRACK_LINE_Y, 0, _edge);
    // Far out the two lines close in on each other: the names stay apart, each on its side.
    const y = track === 0 ? Math.min(_edge.y - height / 2, view.centreY - height - 3) : Math.max(_edge.y - height / 2, view.centreY + 3);
    const rect = rects[track];
    if (!rect) return;
    rect.x = x;
    rect.y = y;
    rect.width = width;
    rect.height = height;
  });
}

/** Measures the names for the view and places their quads (children of the camera) there. */
export function placeTrackNames(view: CorridorView, sizes: readonly CellSize[], rects: Rect[], quads: QuadBuffer): void {
  measureTrackNames(view, sizes, rects);
  const cssToCamera = HUD_DEPTH / view.focalPixels;
  rects.forEach((rect, track) => {
    if (rect.width <= 0) return;
    _centre.set((rect.x + rect.width / 2 - view.centreX) * cssToCamera, (view.centreY - (rect.y + rect.height / 2)) * cssToCamera, -HUD_DEPTH);
    quads.place(track, _centre, LOCAL_RIGHT, LOCAL_UP, (rect.width / 2) * cssToCamera, (rect.height / 2) * cssToCamera);
  });
  quads.commit();
}
