/**
 * A fixed number of quads whose corners move while the view moves (cards and labels that turn
 * to face the visitor and keep a readable size). The arrays are allocated once; moving a quad
 * writes into them and nothing is allocated per frame. One buffer is one draw call.
 */
import { BufferAttribute, BufferGeometry, Color, DynamicDrawUsage, Vector3, type ColorRepresentation } from 'three';

const _colour = new Color();
const _along = new Vector3();
const _side = new Vector3();
const _middle = new Vector3();

export interface QuadCell {
  readonly u: number;
  readonly v: number;
  readonly width: number;
  readonly height: number;
}

export class QuadBuffer {
  readonly geometry = new BufferGeometry();
  private readonly positions: BufferAttribute;
  private readonly uvs: BufferAttribute;
  private readonly colours: BufferAttribute;

  constructor(readonly capacity: number) {
    this.positions = new BufferAttribute(new Float32Array(Math.max(1, capacity) * 12), 3);
    this.positions.setUsage(DynamicDrawUsage);
    this.uvs = new BufferAttribute(new Float32Array(Math.max(1, capacity) * 8), 2);
    this.colours = new BufferAttribute(new Float32Array(Math.max(1, capacity) * 12).fill(1), 3);
    const indices = new Uint32Array(Math.max(1, capacity) * 6);
    for (let quad = 0; quad < capacity; quad += 1) {
      const first = quad * 4;
      indices.set([first, first + 1, first + 2, first, first + 2, first + 3], quad * 6);
    }
    this.geometry.setAttribute('position', this.positions);
    this.geometry.setAttribute('uv', this.uvs);
    this.geometry.setAttribute('color', this.colours);
    this.geometry.setIndex(new BufferAttribute(indices, 1));
  }

  /**
   * Places quad `index` centred on `centre`, spanning `right` * halfWidth and `up` * halfHeight.
   * The vectors are read, never kept.
   */
  place(index: number, centre: Vector3, right: Vector3, up: Vector3, halfWidth: number, halfHeight: number): void {
    const array = this.positions.array as Float32Array;
    const offset = index * 12;
    const rx = right.x * halfWidth;
    const ry = right.y * halfWidth;
    const rz = right.z * halfWidth;
    const ux = up.x * halfHeight;
    const uy = up.y * halfHeight;
    const uz = up.z * halfHeight;
    array[offset] = centre.x - rx - ux;
    array[offset + 1] = centre.y - ry - uy;
    array[offset + 2] = centre.z - rz - uz;
    array[offset + 3] = centre.x + rx - ux;
    array[offset + 4] = centre.y + ry - uy;
    array[offset + 5] = centre.z + rz - uz;
    array[offset + 6] = centre.x + rx + ux;
    array[offset + 7] = centre.y + ry + uy;
    array[offset + 8] = centre.z + rz + uz;
    array[offset + 9] = centre.x - rx + ux;
    array[offset + 10] = centre.y - ry + uy;
    array[offset + 11] = centre.z - rz + uz;
  }

  /**
   * Places quad `index` as a stroke from `from` to `to`, `halfWidth` either side, turned to face
   * `viewDirection` (a stem from a date to its card).
   */
  placeStroke(index: number, from: Vector3, to: Vector3, halfWidth: number, viewDirection: Vector3): void {
    _along.subVectors(to, from);
    _side.crossVectors(_along, viewDirection).normalize().multiplyScalar(halfWidth);
    _middle.addVectors(from, to).multiplyScalar(0.5);
    _along.multiplyScalar(0.5);
    const length = _along.length();
    if (length === 0) {
      this.hide(index);
      return;
    }
    _along.divideScalar(length);
    this.place(index, _middle, _along, _side.normalize(), length, halfWidth);
  }

  /** Collapses a quad to nothing (a hidden card costs no pixels). */
  hide(index: number): void {
    (this.positions.array as Float32Array).fill(0, index * 12, index * 12 + 12);
  }

  setCell(index: number, cell: QuadCell): void {
    const array = this.uvs.array as Float32Array;
    const { u, v, width, height } = cell;
    array.set([u, v, u + width, v, u + width, v + height, u, v + height], index * 8);
    this.uvs.needsUpdate = true;
  }

  setColour(index: number, colour: ColorRepresentation): void {
    _colour.set(colour);
    const array = this.colours.array as Float32Array;
    for (let corner = 0; corner < 4; corner += 1) array.set([_colour.r, _colour.g, _colour.b], index * 12 + corner * 3);
    this.colours.needsUpdate = true;
  }

  /** Uploads the moved corners with the next render (the mesh is drawn unculled: quads move anywhere). */
  commit(): void {
    this.positions.needsUpdate = true;
  }

  dispose(): void {
    this.geometry.dispose();
  }
}
