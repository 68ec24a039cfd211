/**
 * Everything in the corridor that carries words: the card faces, the wall's labels, the focus
 * frames and the two track names pinned to the screen. It owns the atlas and four meshes, asks
 * the placer where each quad goes, and answers what is on screen from that same placement.
 *
 * Up to DETAIL_SLOTS events every card keeps its face for good. Beyond, faces are drawn for
 * the cards in sight whenever the view comes to rest; a card without a face shows its marker.
 */
import { Color, CustomBlending, Mesh, MeshBasicMaterial, OneFactor, OneMinusSrcAlphaFactor, type Scene } from 'three';
import type { ScreenItem, TrackLabelOnScreen } from '../../src/automation/kioskAutomation.ts';
import { eventDateText } from '../../src/contentModel/contentDate.ts';
import type { ContentBundle, LanguageCode, TimelineEvent } from '../../src/contentModel/contentTypes.ts';
import { QuadBuffer } from '../../src/render/QuadBuffer.ts';
import { CARD_DATE_PX, CARD_TITLE_PX, CorridorAtlas, TYPICAL_CARD_HEIGHT_PX, type CardFace } from './CorridorAtlas.ts';
import { CARD_WIDTH, type CorridorLayout } from './corridorLayout.ts';
import { trackNameFace, wallLabels, type WallLabel } from './corridorLabels.ts';
import { focusFrameQuads, placeFocusFrames } from './corridorFrames.ts';
import { CorridorPlacer, type Rect } from './CorridorPlacer.ts';
import { loadCanvasFaces } from './canvasFaces.ts';
import { CardLighting, type CardMeshes } from './corridorLight.ts';
import type { CorridorView } from './CorridorView.ts';
import { measureTrackNames, placeTrackNames, trackNamesReach } from './trackNamePins.ts';

export const DETAIL_SLOTS = 32;
export class CorridorCards {
  private atlas: CorridorAtlas | null = null;
  private readonly images = new Map<string, ImageBitmap>();
  private readonly events: readonly TimelineEvent[];
  private readonly labels: WallLabel[];
  private readonly placer: CorridorPlacer;
  /** Asks what a view would show, before flying there, without touching what is drawn. */
  private readonly probe: CorridorPlacer;
  private readonly probeHeights: Float32Array;
  private readonly heights: Float32Array;
  private readonly titleLines: (readonly string[])[];
  private readonly titlePx: Float32Array;
  private readonly labelWidths: Float32Array;
  private readonly labelHeights: Float32Array;
  private readonly trackNameSizes: { width: number; height: number }[] = [];
  private readonly trackNameRects: Rect[] = [];
  private readonly slotOfCard: Int32Array;
  private readonly cardOfSlot: Int32Array;
  private meshes: Mesh<QuadBuffer['geometry'], MeshBasicMaterial>[] = [];
  private cardQuads: QuadBuffer | null = null;
  private stemQuads: QuadBuffer | null = null;
  private labelQuads: QuadBuffer | null = null;
  private frameQuads: QuadBuffer | null = null;
  private trackNameQuads: QuadBuffer | null = null;
  private marked: readonly number[] = [];
  private lighting: CardLighting | null = null;
  private cursor: number | null = null;
  private language: LanguageCode = '';

  constructor(private readonly layout: CorridorLayout, private readonly content: ContentBundle, private readonly view: CorridorView) {
    const byId = new Map(content.events.map((event) => [event.id, event]));
    this.events = layout.cards.map((card) => byId.get(card.eventId)!);
    this.labels = wallLabels(layout.scale);
    this.placer = new CorridorPlacer(layout, this.labels);
    this.probe = new CorridorPlacer(layout, this.labels);
    const count = layout.cards.length;
    this.heights = new Float32Array(count);
    this.probeHeights = new Float32Array(count);
    this.titleLines = Array.from({ length: count }, () => []);
    this.titlePx = new Float32Array(count).fill(CARD_TITLE_PX);
    this.labelWidths = new Float32Array(this.labels.length);
    this.labelHeights = new Float32Array(this.labels.length);
    const slots = Math.min(count, DETAIL_SLOTS);
    this.slotOfCard = new Int32Array(count).fill(-1);
    this.cardOfSlot = new Int32Array(slots).fill(-1);
    if (count <= DETAIL_SLOTS) for (let index = 0; index < count; index += 1) this.assignSlot(index, index);
    for (let track = 0; track < layout.trackIds.length; track += 1) this.trackNameRects.push({ x: 0, y: 0, width: 0, height: 0 });
  }

  async load(language: LanguageCode): Promise<void> {
    await Promise.all([
      loadCanvasFaces(language),
      ...this.events.filter((event) => event.image).map(async (event) => {
        try {
          const response = await fetch(event.image!.thumbnailUrl);
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          this.images.set(event.id, await createImageBitmap(await response.blob(), { resizeWidth: 256, resizeQuality: 'high' }));
        } catch (error) {
          // The card still shows its date and title; the detail sheet reports the picture itself.
          console.warn(`The picture of ${event.id} (${event.image!.thumbnailUrl}) could not be loaded for its card.`, error);
        }
      }),
    ]).catch(() => undefined);
  }

  enter(scene: Scene, language: LanguageCode): void {
    const trackCount = this.layout.trackIds.length;
    const atlas = new CorridorAtlas(this.cardOfSlot.length, this.labels.length + trackCount);
    this.atlas = atlas;
    this.cardQuads = new QuadBuffer(this.layout.cards.length);
    this.stemQuads = new QuadBuffer(this.layout.cards.length);
    this.labelQuads = new QuadBuffer(this.labels.length);
    this.frameQuads = focusFrameQuads();
    this.trackNameQuads = new QuadBuffer(trackCount);
    const textured = (extra: Partial<MeshBasicMaterial>): MeshBasicMaterial => Object.assign(new MeshBasicMaterial({ map: atlas.texture, fog: false }), extra);
    // The atlas holds premultiplied colours: blended over the wall as they are, not multiplied by alpha again.
    const blended = (extra: Partial<MeshBasicMaterial>): MeshBasicMaterial => textured({
      transparent: true,
      blending: CustomBlending,
      blendSrc: OneFactor,
      blendDst: OneMinusSrcAlphaFactor,
      blendSrcAlpha: OneFactor,
      blendDstAlpha: OneMinusSrcAlphaFactor,
      ...extra,
    });
    const make = (quads: QuadBuffer, material: MeshBasicMaterial, name: string, renderOrder: number): Mesh<QuadBuffer['geometry'], MeshBasicMaterial> => {
      const mesh = new Mesh(quads.geometry, material);
      mesh.name = name;
      mesh.renderOrder = renderOrder;
      // Quads move anywhere along the corridor each frame: bounds would be stale at once.
      mesh.frustumCulled = false;
      this.meshes.push(mesh);
      return mesh;
    };
    const meshes: CardMeshes = {
      // A stem never covers a card: an enlarged card's near side reaches behind the wall's plane,
      // where a stem's depth would otherwise cut through its text.
      stems: make(this.stemQuads, new MeshBasicMaterial({ vertexColors: true, fog: false, depthWrite: false }), 'corridor-stems', 1),
      // Vertex colours (white unless dimmed): beside an open event only its pair stays lit.
      cards: make(this.cardQuads, textured({ alphaTest: 0.5, vertexColors: true }), 'corridor-cards', 2),
      frames: make(this.frameQuads, new MeshBasicMaterial({ vertexColors: true, fog: false }), 'corridor-focus', 3),
      labels: make(this.labelQuads, blended({ depthWrite: false }), 'corridor-labels', 4),
      // The track names are pinned to the screen: children of the camera, drawn over everything.
      trackNames: make(this.trackNameQuads, blended({ depthTest: false, depthWrite: false }), 'corridor-track-names', 10),
    };
    scene.add(meshes.stems, meshes.cards, meshes.frames, meshes.labels);
    this.view.camera.add(meshes.trackNames);
    const stemColours = this.layout.cards.map((card) => {
      const track = this.content.tracks.find((candidate) => candidate.id === this.layout.trackIds[card.trackIndex]);
      return new Color(track?.accentColour ?? '#8899BB');
    });
    this.lighting = new CardLighting(meshes, this.cardQuads, this.stemQuads, stemColours);
    this.draw(language);
  }

  /** Draws every face, label and track name in a language. */
  draw(language: LanguageCode): void {
    const atlas = this.atlas;
    if (!atlas) return;
    this.language = language;
    this.cardOfSlot.forEach((card, slot) => this.drawSlot(slot, card));
    this.labels.forEach((label, index) => {
      const drawn = atlas.drawLabel(index, label.face(language), language);
      this.labelWidths[index] = drawn.widthPx;
      this.labelHeights[index] = drawn.heightPx;
      this.labelQuads?.setCell(index, atlas.labelCell(index, drawn.widthPx, drawn.heightPx));
    });
    this.trackNameSizes.length = 0;
    this.layout.trackIds.forEach((trackId, track) => {
      const definition = this.content.tracks.find((candidate) => candidate.id === trackId);
      const cell = this.labels.length + track;
      const drawn = atlas.drawLabel(cell, trackNameFace({ trackId, colour: definition?.colour ?? '#444444', title: definition?.title ?? {} }, language), language);
      this.trackNameSizes.push({ width: drawn.widthPx, height: drawn.heightPx });
      this.trackNameQuads?.setCell(track, atlas.labelCell(cell, drawn.widthPx, drawn.heightPx));
    });
    atlas.upload();
  }

  /** With more events than slots: gives faces to the cards in sight (the marked ones first). */
  refreshSlots(language: LanguageCode): void {
    if (this.layout.cards.length <= DETAIL_SLOTS || !this.atlas) return;
    const fromX = this.view.wallXAtScreenX(this.view.insets.left) - CARD_WIDTH;
    const toX = this.view.wallXAtScreenX(this.view.width - this.view.insets.right) + CARD_WIDTH;
    const inSight = this.layout.cards.map((card, index) => ({ card, index })).filter(({ card }) => card.x >= fromX && card.x <= toX).map(({ index }) => index);
    const room = this.cardOfSlot.length - this.marked.length;
    const stride = Math.max(1, Math.ceil(inSight.length / Math.max(1, room)));
    const wanted = new Set([...this.marked, ...inSight.filter((_, position) => position % stride === 0)].slice(0, this.cardOfSlot.length));
    const free: number[] = [];
    this.cardOfSlot.forEach((card, slot) => {
      if (card >= 0 && wanted.has(card)) wanted.delete(card);
      else free.push(slot);
    });
    let changed = false;
    for (const card of wanted) {
      const slot = free.shift();
      if (slot === undefined) break;
      this.assignSlot(slot, card);
      changed = true;
    }
    for (const slot of free) {
      if ((this.cardOfSlot[slot] ?? -1) < 0) continue;
      this.assignSlot(slot, -1);
      changed = true;
    }
    if (changed) this.atlas.upload();
    this.language = language;
  }

  setMarked(cardIndices: readonly number[]): void {
    this.marked = cardIndices;
    this.claimRoom();
  }

  /** See CardLighting: `dimming` on everything, or on all but the `lit` cards. */
  setLight(dimming: Color, lit: readonly number[]): void {
    this.lighting?.apply(dimming, lit);
  }

  /** The keypad's focus on a card (or none): framed in white, and placed before the unmarked cards. */
  setCursor(cardIndex: number | null): void {
    this.cursor = cardIndex;
    this.claimRoom();
  }

  private claimRoom(): void {
    const first = this.cursor === null || this.marked.includes(this.cursor) ? this.marked : [...this.marked, this.cursor];
    this.placer.setMarked(first);
    this.probe.setMarked(first);
  }

  /** A visitor's larger text: every card and label floor rises by `scale`. */
  setTextScale(scale: number): void {
    this.placer.setTextScale(scale);
    this.probe.setTextScale(scale);
  }

  /** Places cards, labels, frames and track names for the view as it is now. */
  place(atRest: boolean): void {
    if (!this.cardQuads || !this.labelQuads || !this.stemQuads) return;
    if (this.trackNameQuads) placeTrackNames(this.view, this.trackNameSizes, this.trackNameRects, this.trackNameQuads);
    this.placer.place(this.view, this.heights, { cards: this.cardQuads, stems: this.stemQuads, labels: this.labelQuads }, this.labelHeights, this.labelWidths, this.trackNameRects, atRest);
    this.placeFrames();
  }

  /**
   * The cards a resting view at `target` would show, by the same placement pass that draws them.
   * A card without a face yet (more events than atlas slots) counts at the height of a typical one.
   */
  shownAt(target: { readonly focusX: number; readonly distance: number }): number[] {
    const view = this.view;
    const { focusX, distance } = view;
    view.focusX = target.focusX;
    view.distance = target.distance;
    view.apply();
    measureTrackNames(view, this.trackNameSizes, this.trackNameRects);
    this.heights.forEach((height, index) => {
      this.probeHeights[index] = height > 0 ? height : TYPICAL_CARD_HEIGHT_PX;
    });
    this.probe.place(view, this.probeHeights, null, this.labelHeights, this.labelWidths, this.trackNameRects, true);
    view.focusX = focusX;
    view.distance = distance;
    view.apply();
    measureTrackNames(view, this.trackNameSizes, this.trackNameRects);
    return this.probe.shownCards();
  }

  /** How far from the free screen's left edge the track names reach (CSS px). */
  trackNamesReach(): number {
    return trackNamesReach(this.trackNameSizes);
  }

  itemsOnScreen(): ScreenItem[] {
    const items: ScreenItem[] = [];
    const rects = this.placer.cardRects;
    this.layout.cards.forEach((card, index) => {
      if (this.placer.cardShown[index] !== 1) return;
      const scale = this.placer.cardPixelScale[index] ?? 0;
      items.push({
        id: card.eventId,
        track: this.layout.trackIds[card.trackIndex] ?? '',
        rect: { x: rects[index * 4] ?? 0, y: rects[index * 4 + 1] ?? 0, width: rects[index * 4 + 2] ?? 0, height: rects[index * 4 + 3] ?? 0 },
        titleCssPx: (this.titlePx[index] ?? CARD_TITLE_PX) * scale,
        dateCssPx: CARD_DATE_PX * scale,
        titleLines: this.titleLines[index] ?? [],
      });
    });
    return items;
  }

  trackLabelsOnScreen(): TrackLabelOnScreen[] {
    return this.layout.trackIds.map((trackId, track) => {
      const definition = this.content.tracks.find((candidate) => candidate.id === trackId);
      const rect = this.trackNameRects[track] ?? { x: 0, y: 0, width: 0, height: 0 };
      return { track: trackId, text: definition?.title[this.language] ?? trackId, rect: { ...rect } };
    });
  }

  cardAt(x: number, y: number): number | null {
    const rects = this.placer.cardRects;
    for (let index = 0; index < this.layout.cards.length; index += 1) {
      if (this.placer.cardShown[index] !== 1) continue;
      const left = rects[index * 4] ?? 0;
      const top = rects[index * 4 + 1] ?? 0;
      if (x >= left && x <= left + (rects[index * 4 + 2] ?? 0) && y >= top && y <= top + (rects[index * 4 + 3] ?? 0)) return index;
    }
    return null;
  }

  centreOf(index: number): { x: number; y: number } | null {
    if (this.placer.cardShown[index] !== 1) return null;
    const rects = this.placer.cardRects;
    return { x: (rects[index * 4] ?? 0) + (rects[index * 4 + 2] ?? 0) / 2, y: (rects[index * 4 + 1] ?? 0) + (rects[index * 4 + 3] ?? 0) / 2 };
  }

  dispose(): void {
    for (const mesh of this.meshes) {
      mesh.material.dispose();
      mesh.removeFromParent();
    }
    this.meshes = [];
    for (const quads of [this.cardQuads, this.stemQuads, this.labelQuads, this.frameQuads, this.trackNameQuads]) quads?.dispose();
    this.cardQuads = this.stemQuads = this.labelQuads = this.frameQuads = this.trackNameQuads = null;
    this.lighting = null;
    this.atlas?.dispose();
    this.atlas = null;
    for (const image of this.images.values()) image.close();
    this.images.clear();
  }

  private assignSlot(slot: number, card: number): void {
    const previous = this.cardOfSlot[slot] ?? -1;
    if (previous >= 0) {
      this.slotOfCard[previous] = -1;
      this.heights[previous] = 0;
    }
    this.cardOfSlot[slot] = card;
    if (card >= 0) this.slotOfCard[card] = slot;
    if (this.atlas) this.drawSlot(slot, card);
  }

  private drawSlot(slot: number, card: number): void {
    const atlas = this.atlas;
    const event = card >= 0 ? this.events[card] : undefined;
    if (!atlas) return;
    const drawn = atlas.drawCard(slot, event ? this.faceOf(event) : null, this.language);
    if (!event) return;
    this.heights[card] = drawn.heightPx;
    this.titleLines[card] = drawn.titleLines;
    this.titlePx[card] = drawn.titlePx;
    this.placer.setTitleSize(card, drawn.titlePx);
    this.probe.setTitleSize(card, drawn.titlePx);
    this.cardQuads?.setCell(card, atlas.cardCell(slot, drawn.heightPx));
  }

  private faceOf(event: TimelineEvent): CardFace {
    const track = this.content.tracks.find((candidate) => candidate.id === event.trackId);
    return {
      date: eventDateText(event, this.language),
      title: event.title[this.language] ?? '',
      colour: track?.colour ?? '#444444',
      accentColour: track?.accentColour ?? '#D4A94A',
      linked: event.links.length > 0,
      image: this.images.get(event.id) ?? null,
    };
  }

  private placeFrames(): void {
    if (this.frameQuads) placeFocusFrames(this.frameQuads, this.placer, this.heights, this.view, this.marked, this.cursor);
  }
}
