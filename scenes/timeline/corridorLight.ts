/**
 * How brightly the corridor is drawn. Behind a panel everything dims. Beside an open event the
 * corridor dims too, but its card and its partners, their stems, the arch between them, the
 * frames and the track names stay lit: the pair is what the visitor is shown, beside the sheet
 * that tells it. Factors are on sRGB values (src/render/SmoothFrames.ts says why).
 */
import { Color, type BufferGeometry, type Mesh, type MeshBasicMaterial } from 'three';
import type { QuadBuffer } from '../../src/render/QuadBuffer.ts';
import type { CorridorLayout } from './corridorLayout.ts';
import { LINK_COLOUR, LINK_DIM_COLOUR, LINK_MARKED_COLOUR, QuadColours } from './corridorStructure.ts';

/** Behind a panel: calm, and clearly not what the visitor is reading. */
const DIMMED_BEHIND_PANEL = new Color(0.6, 0.6, 0.63);
/** Beside an open event, darker than behind a panel: the pair, left lit, is what stands out. */
const DIMMED_BESIDE_EVENT = new Color(0.42, 0.42, 0.46);
export const UNDIMMED = new Color(1, 1, 1);

/** The factor for everything that is not kept lit. */
export function corridorDimming(panelOpen: boolean, eventOpen: boolean): Color {
  return panelOpen ? DIMMED_BEHIND_PANEL : eventOpen ? DIMMED_BESIDE_EVENT : UNDIMMED;
}

type QuadMesh = Mesh<QuadBuffer['geometry'], MeshBasicMaterial>;

export interface CardMeshes {
  readonly stems: QuadMesh;
  readonly cards: QuadMesh;
  readonly frames: QuadMesh;
  readonly labels: QuadMesh;
  readonly trackNames: QuadMesh;
}

const _stem = new Color();

/** The cards' share: each card and its stem lit or dimmed on its own, through their vertex colours. */
export class CardLighting {
  constructor(
    private readonly meshes: CardMeshes,
    private readonly cardQuads: QuadBuffer,
    private readonly stemQuads: QuadBuffer,
    private readonly stemColours: readonly Color[],
  ) {
    this.apply(UNDIMMED, []);
  }

  /** `dimming` on everything (behind a panel), or on all but the `lit` cards and what belongs to them. */
  apply(dimming: Color, lit: readonly number[]): void {
    const { stems, cards, frames, labels, trackNames } = this.meshes;
    const spotlight = lit.length > 0;
    this.stemColours.forEach((colour, index) => {
      const shown = lit.includes(index) ? UNDIMMED : dimming;
      this.cardQuads.setColour(index, shown);
      this.stemQuads.setColour(index, _stem.copy(colour).multiply(shown));
    });
    for (const mesh of [stems, cards]) mesh.material.color.copy(UNDIMMED);
    labels.material.color.copy(dimming);
    for (const mesh of [frames, trackNames]) mesh.material.color.copy(spotlight ? UNDIMMED : dimming);
  }
}

/** Colours each arch: with an event open, its own arches marked and the others dim. */
export function colourArches(geometry: BufferGeometry, layout: CorridorLayout, quadsPerArch: number, painter: QuadColours, focusedIndex: number | undefined): void {
  layout.pairs.forEach(([first, second], pair) => {
    const marked = focusedIndex !== undefined && (first === focusedIndex || second === focusedIndex);
    const colour = marked ? LINK_MARKED_COLOUR : focusedIndex === undefined ? LINK_COLOUR : LINK_DIM_COLOUR;
    painter.paint(geometry, pair * quadsPerArch, quadsPerArch, colour);
  });
}
