/**
 * The visitor's eye in the corridor: a camera standing `distance` in front of the long wall,
 * turned by CORRIDOR_YAW towards the future, so the years ahead recede in perspective while the
 * years at hand are large. The view is two numbers, `focusX` (the wall position at the middle
 * of the free screen) and `distance`; everything else (camera pose, what is on screen, which
 * view fits a set of cards) is computed from them in closed form.
 *
 * The free screen is the viewport minus the insets the page reports (bottom bar, year strip,
 * an open sheet): its centre is the camera's principal point, so the corridor's vanishing line
 * sits in the middle of what the visitor can see.
 */
import { PerspectiveCamera, Vector3 } from 'three';
import { CORRIDOR_YAW } from './corridorLayout.ts';

export const VERTICAL_FIELD_OF_VIEW_DEGREES = 36;
const TAN_HALF_FIELD = Math.tan((VERTICAL_FIELD_OF_VIEW_DEGREES * Math.PI) / 360);
const COS_YAW = Math.cos(CORRIDOR_YAW);
const SIN_YAW = Math.sin(CORRIDOR_YAW);

export interface ScreenInsets {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export const NO_INSETS: ScreenInsets = { top: 0, right: 0, bottom: 0, left: 0 };

/** The camera's right and up in the world: every card and label faces the visitor along them. */
export const FACING_RIGHT = new Vector3(COS_YAW, 0, SIN_YAW);
export const FACING_UP = new Vector3(0, 1, 0);
export const VIEW_DIRECTION = new Vector3(SIN_YAW, 0, -COS_YAW);

const _point = new Vector3();

export class CorridorView {
  readonly camera = new PerspectiveCamera(VERTICAL_FIELD_OF_VIEW_DEGREES, 1, 0.5, 8000);
  focusX = 0;
  distance = 20;
  width = 1;
  height = 1;
  insets: ScreenInsets = NO_INSETS;

  constructor() {
    this.camera.rotation.set(0, -CORRIDOR_YAW, 0);
  }

  /** Pixels per world unit at camera depth 1 (the focal length in CSS pixels). */
  get focalPixels(): number {
    return this.height / 2 / TAN_HALF_FIELD;
  }

  /** The free screen's centre, where the camera's axis meets the screen. */
  get centreX(): number {
    return (this.insets.left + this.width - this.insets.right) / 2;
  }

  get centreY(): number {
    return (this.insets.top + this.height - this.insets.bottom) / 2;
  }

  setViewport(width: number, height: number, insets: ScreenInsets): void {
    this.width = Math.max(1, width);
    this.height = Math.max(1, height);
    this.insets = insets;
    this.apply();
  }

  /** Moves the camera to the current focusX and distance. */
  apply(): void {
    const camera = this.camera;
    camera.aspect = this.width / this.height;
    camera.position.set(this.focusX - this.distance * Math.tan(CORRIDOR_YAW), 0, this.distance);
    camera.updateProjectionMatrix();
    // Shift the principal point to the free screen's centre (three.js keeps it mid-viewport).
    const elements = camera.projectionMatrix.elements;
    elements[8] = 1 - (2 * this.centreX) / this.width;
    elements[9] = (2 * this.centreY) / this.height - 1;
    camera.projectionMatrixInverse.copy(camera.projectionMatrix).invert();
    camera.updateMatrixWorld();
  }

  /** Camera depth of a world point (along the view direction). */
  depthOf(x: number, z: number): number {
    const position = this.camera.position;
    return (x - position.x) * SIN_YAW + (position.z - z) * COS_YAW;
  }

  /** CSS pixels of a world point, written into `out` (x, y; z is the depth). */
  toScreen(x: number, y: number, z: number, out: Vector3): Vector3 {
    _point.set(x, y, z).project(this.camera);
    out.set(((_point.x + 1) / 2) * this.width, ((1 - _point.y) / 2) * this.height, this.depthOf(x, z));
    return out;
  }

  /**
   * Where a screen column meets the wall, as an offset from focusX per unit of distance. `s` is
   * the column's offset from the centre in focal lengths; it follows from the camera's turn.
   */
  private static wallOffset(s: number): number {
    return s / (COS_YAW * (COS_YAW - s * SIN_YAW));
  }

  /** Where a screen column meets the wall, relative to focusX, per unit of distance. */
  wallOffsetAt(screenX: number): number {
    return CorridorView.wallOffset((screenX - this.centreX) / this.focalPixels);
  }

  /** The wall position seen at a screen column (CSS pixels). */
  wallXAtScreenX(screenX: number): number {
    return this.focusX + this.distance * CorridorView.wallOffset((screenX - this.centreX) / this.focalPixels);
  }

  /** Focus and distance that show wall positions from `fromX` at screen column `fromScreenX` to `toX` at `toScreenX`. */
  fit(fromX: number, toX: number, fromScreenX: number, toScreenX: number): { focusX: number; distance: number } {
    const from = CorridorView.wallOffset((fromScreenX - this.centreX) / this.focalPixels);
    const to = CorridorView.wallOffset((toScreenX - this.centreX) / this.focalPixels);
    const distance = (toX - fromX) / Math.max(1e-6, to - from);
    return { focusX: fromX - distance * from, distance };
  }

  /** World units per CSS pixel at the screen's centre, for drags. */
  unitsPerPixelAtCentre(): number {
    const centreDepth = this.distance / COS_YAW;
    return centreDepth / this.focalPixels / COS_YAW;
  }
}
