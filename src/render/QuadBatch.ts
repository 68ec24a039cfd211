/**
 * Collects flat quads (cards, lines, dots as small quads) into one BufferGeometry, so that a
 * whole family of shapes costs one draw call. Built once when a scene enters, never per frame.
 */
import { BufferGeometry, Color, Float32BufferAttribute, Uint32BufferAttribute } from 'three';

const _colour = new Color();

export interface QuadUv {
  readonly u: number;
  readonly v: number;
  readonly width: number;
  readonly height: number;
}

export class QuadBatch {
  private readonly positions: number[] = [];
  private readonly uvs: number[] = [];
  private readonly colours: number[] = [];
  private readonly indices: number[] = [];

  get quadCount(): number {
    return this.positions.length / 12;
  }

  /** An axis-aligned rectangle centred on (x, y). */
  addRectangle(x: number, y: number, z: number, width: number, height: number, colour: string, uv?: QuadUv): void {
    const halfWidth = width / 2;
    const halfHeight = height / 2;
    this.addQuad(
      [x - halfWidth, y - halfHeight, z, x + halfWidth, y - halfHeight, z, x + halfWidth, y + halfHeight, z, x - halfWidth, y + halfHeight, z],
      colour,
      uv,
    );
  }

  /** A straight stroke of the given width from (x1, y1) to (x2, y2). */
  addSegment(x1: number, y1: number, x2: number, y2: number, z: number, width: number, colour: string): void {
    const length = Math.hypot(x2 - x1, y2 - y1) || 1;
    const normalX = (-(y2 - y1) / length) * (width / 2);
    const normalY = ((x2 - x1) / length) * (width / 2);
    this.addQuad(
      [x1 - normalX, y1 - normalY, z, x2 - normalX, y2 - normalY, z, x2 + normalX, y2 + normalY, z, x1 + normalX, y1 + normalY, z],
      colour,
    );
  }

  build(): BufferGeometry {
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new Float32BufferAttribute(this.positions, 3));
    geometry.setAttribute('uv', new Float32BufferAttribute(this.uvs, 2));
    geometry.setAttribute('color', new Float32BufferAttribute(this.colours, 3));
    geometry.setIndex(new Uint32BufferAttribute(this.indices, 1));
    geometry.computeBoundingSphere();
    return geometry;
  }

  /** Any quad, by its four corners (x, y, z each, counter-clockwise): floors, ribbons in depth. */
  addQuad(corners: readonly number[], colour: string, uv?: QuadUv): void {
    const first = this.positions.length / 3;
    this.positions.push(...corners);
    const { u = 0, v = 0, width = 0, height = 0 } = uv ?? {};
    this.uvs.push(u, v, u + width, v, u + width, v + height, u, v + height);
    _colour.set(colour);
    for (let corner = 0; corner < 4; corner += 1) this.colours.push(_colour.r, _colour.g, _colour.b);
    this.indices.push(first, first + 1, first + 2, first, first + 2, first + 3);
  }
}
