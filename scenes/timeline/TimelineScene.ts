/**
 * The two-track timeline: Party history above the axis, museum history below, cross-track links
 * as gold connectors between the paired dates. Cards, year labels, strokes and the focus frame
 * are four meshes in all, whatever the number of events.
 */
import { gsap } from 'gsap';
import {
  Color,
  Mesh,
  MeshBasicMaterial,
  PerspectiveCamera,
  Raycaster,
  Scene,
  Vector2,
  Vector3,
  type BufferAttribute,
  type BufferGeometry,
} from 'three';
import type { ContentBundle, LanguageCode } from '../../src/contentModel/contentTypes.ts';
import { QuadBatch } from '../../src/render/QuadBatch.ts';
import type { KioskScene, ViewportSize } from '../../src/scene/KioskScene.ts';
import { CardTextures } from './CardTextures.ts';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  layoutTimeline,
  xOfTime,
  type CardPlacement,
  type TimelineLayout,
} from './timelineLayout.ts';

const BACKGROUND_COLOUR = '#0B1630';
const AXIS_COLOUR = '#33415E';
const LINK_COLOUR = '#D4A94A';
const FOCUS_COLOUR = '#D4A94A';
const CAMERA_FIELD_OF_VIEW_DEGREES = 30;
/** Room above and below the cards, in world units; the lower margin leaves space for the bottom bar. */
const VERTICAL_MARGIN = 1.2;
const BOTTOM_BAR_ALLOWANCE = 1.6;
const FLIGHT_SECONDS = 0.8;
/**
 * Cards are opaque with cut-out corners rather than blended: no sorting, no overdraw to blend,
 * and the depth test lets a full-resolution face hide the small one beneath it for free.
 */
const CARD_ALPHA_TEST = 0.5;
/** The view must rest this long before the full-resolution card slots are handed out again. */
const DETAIL_REFRESH_PAUSE_SECONDS = 0.3;
/** How quickly a fling slows down, per second (exponential decay rate). */
const FLING_FRICTION_PER_SECOND = 3.2;
/** Below this speed (world units per second) a fling has come to rest. */
const FLING_REST_SPEED = 0.05;
/** Zoomed out, about seven decades fill the screen; zoomed in, about a year and a half. */
const MIN_ZOOM = 0.2;
const MAX_ZOOM = 2.5;
/** One slow sweep through the whole corridor and back while nobody is using the kiosk. */
const ATTRACT_SWEEP_SECONDS = 240;
/**
 * The attract drift is slow and nobody touches the screen: eight frames a second look as calm as
 * sixty, while every frame at 1080p in software GL would starve the page and a visitor's first tap.
 */
const ATTRACT_FRAME_SECONDS = 1 / 8;
/** Under reduced motion the attract loop is a slideshow: one event every this many seconds. */
const ATTRACT_SLIDE_SECONDS = 8;
const YEAR_LABEL_WIDTH = 1.6;
const YEAR_LABEL_HEIGHT = YEAR_LABEL_WIDTH * (96 / 256);
const LABEL_EVERY_YEARS = 1;
/** Space kept between the outermost card and the screen edge, in world units. */
const EDGE_MARGIN = 0.8;

const _projected = new Vector3();

/** Puts quad `index` of a card geometry over a card, or collapses it to nothing (no card). */
function setCardQuad(positions: BufferAttribute, index: number, card: CardPlacement | undefined, z: number): void {
  const halfWidth = card ? CARD_WIDTH / 2 : 0;
  const halfHeight = card ? CARD_HEIGHT / 2 : 0;
  const x = card?.x ?? 0;
  const y = card?.y ?? 0;
  positions.setXYZ(index * 4, x - halfWidth, y - halfHeight, z);
  positions.setXYZ(index * 4 + 1, x + halfWidth, y - halfHeight, z);
  positions.setXYZ(index * 4 + 2, x + halfWidth, y + halfHeight, z);
  positions.setXYZ(index * 4 + 3, x - halfWidth, y + halfHeight, z);
}
const _pointer = new Vector2();

export interface TimelineSceneOptions {
  readonly content: ContentBundle;
  readonly language: LanguageCode;
  readonly reducedMotion: () => boolean;
  /** Told the year at the centre of the screen whenever the view comes to rest. */
  readonly onViewChanged?: (centreYear: number) => void;
}

export class TimelineScene implements KioskScene {
  readonly scene = new Scene();
  readonly camera = new PerspectiveCamera(CAMERA_FIELD_OF_VIEW_DEGREES, 1, 0.1, 500);
  private readonly layout: TimelineLayout;
  private readonly cardsById = new Map<string, CardPlacement>();
  private readonly raycaster = new Raycaster();
  private textures: CardTextures | null = null;
  /** Every card at overview resolution (only when there are more events than detail slots). */
  private overviewMesh: Mesh<BufferGeometry, MeshBasicMaterial> | null = null;
  /** The detail slots' cards (full resolution) and the year labels. */
  private detailMesh: Mesh<BufferGeometry, MeshBasicMaterial> | null = null;
  /** Thumbnails of events with a picture, decoded once in load(). */
  private readonly images = new Map<string, ImageBitmap>();
  /** The view moved since the detail slots were last handed out. */
  private detailStale = true;
  /** Cards whose overview quad is collapsed because a detail slot shows them. */
  private cardsInSlots = new Set<number>();
  /** How long the view has been still; slots are handed out only after a real pause. */
  private stillSeconds = 0;
  private strokesMesh: Mesh<BufferGeometry, MeshBasicMaterial> | null = null;
  private focusMesh: Mesh<BufferGeometry, MeshBasicMaterial> | null = null;
  private viewport: ViewportSize = { widthCssPixels: 1, heightCssPixels: 1 };
  private language: LanguageCode;
  private cameraX = 0;
  private cameraMoved = true;
  private velocityX = 0;
  private zoom = 1;
  private attract = false;
  /** Position in the attract sweep, 0..1 (there and back), or the slideshow's running time. */
  private attractPhase = 0;
  /** Time gathered since the attract drift last moved the camera. */
  private attractFrameSeconds = 0;
  /** Camera distance at zoom 1: the whole height of both tracks fits the screen. */
  private baseDistance = 30;
  private animations = gsap.context(() => undefined);
  private flight: gsap.core.Tween | null = null;
  private readonly yearLabels: number[];
  /** CSS pixels on the right covered by an open sheet: a focused card centres in what is left. */
  private rightInsetCssPixels = 0;

  constructor(private readonly options: TimelineSceneOptions) {
    this.language = options.language;
    this.layout = layoutTimeline(options.content.events, options.content.tracks);
    for (const card of this.layout.cards) this.cardsById.set(card.eventId, card);
    this.yearLabels = [];
    for (let year = this.layout.firstYear; year <= this.layout.lastYear; year += LABEL_EVERY_YEARS) this.yearLabels.push(year);
    this.scene.background = new Color(BACKGROUND_COLOUR);
  }

  async load(): Promise<void> {
    // Canvas text uses whatever face is ready when it draws: wait for the kiosk's faces first.
    await Promise.all([
      document.fonts.load(`600 44px "Noto Sans SC"`, '中文 English 0123'),
      document.fonts.load(`700 36px "Noto Sans SC"`, '中文 English 0123'),
      ...this.options.content.events.filter((event) => event.image).map(async (event) => {
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

  enter(viewport: ViewportSize): void {
    const { content } = this.options;
    const cardEvents = this.layout.cards.map((card) => content.events.find((event) => event.id === card.eventId)!);
    const textures = new CardTextures(cardEvents, content.tracks, this.yearLabels, this.images);
    this.textures = textures;
    textures.draw(this.language);

    if (textures.overview) {
      const overview = new QuadBatch();
      this.layout.cards.forEach((card, index) => overview.addRectangle(card.x, card.y, 0.02, CARD_WIDTH, CARD_HEIGHT, '#FFFFFF', textures.overviewCell(index)));
      this.overviewMesh = new Mesh(overview.build(), new MeshBasicMaterial({ map: textures.overview.texture, alphaTest: CARD_ALPHA_TEST, vertexColors: true }));
      this.overviewMesh.name = 'timeline-cards-overview';
      this.overviewMesh.renderOrder = 1;
    }
    const detail = new QuadBatch();
    for (let slot = 0; slot < textures.detailSlotCount; slot += 1) {
      // Placed for real by placeDetailSlots(); a free slot collapses to nothing.
      detail.addRectangle(0, 0, 0.025, CARD_WIDTH, CARD_HEIGHT, '#FFFFFF', textures.detailCell(slot));
    }
    this.yearLabels.forEach((year, index) => {
      detail.addRectangle(xOfTime(year, this.layout), 0, 0.02, YEAR_LABEL_WIDTH, YEAR_LABEL_HEIGHT, '#FFFFFF', textures.labelCell(index));
    });
    this.detailMesh = new Mesh(detail.build(), new MeshBasicMaterial({ map: textures.detail.texture, alphaTest: CARD_ALPHA_TEST, vertexColors: true }));
    this.detailMesh.name = 'timeline-cards';
    // Drawn after the overview so that a card's full-resolution face covers its small one.
    this.detailMesh.renderOrder = 2;
    this.placeDetailSlots();

    this.strokesMesh = new Mesh(this.buildStrokes(), new MeshBasicMaterial({ vertexColors: true }));
    this.strokesMesh.name = 'timeline-strokes';

    const frame = new QuadBatch();
    const border = 0.08;
    frame.addRectangle(0, CARD_HEIGHT / 2 + border / 2, 0, CARD_WIDTH + 2 * border, border, FOCUS_COLOUR);
    frame.addRectangle(0, -CARD_HEIGHT / 2 - border / 2, 0, CARD_WIDTH + 2 * border, border, FOCUS_COLOUR);
    frame.addRectangle(-CARD_WIDTH / 2 - border / 2, 0, 0, border, CARD_HEIGHT, FOCUS_COLOUR);
    frame.addRectangle(CARD_WIDTH / 2 + border / 2, 0, 0, border, CARD_HEIGHT, FOCUS_COLOUR);
    this.focusMesh = new Mesh(frame.build(), new MeshBasicMaterial({ vertexColors: true }));
    this.focusMesh.name = 'timeline-focus';
    this.focusMesh.visible = false;
    this.focusMesh.renderOrder = 3;
    this.focusMesh.position.z = 0.03;

    this.scene.add(...[this.strokesMesh, this.overviewMesh, this.detailMesh, this.focusMesh].filter((mesh) => mesh !== null));
    this.resize(viewport);
    this.cameraX = this.homeX();
  }

  /**
   * Attract mode: a calm drift through the corridor, back and forth (a slideshow of cuts under
   * reduced motion). Leaving it stops wherever the drift is, so the first touch meets a still view.
   */
  setAttractMode(on: boolean): void {
    if (on === this.attract) return;
    this.attract = on;
    this.stopMotion();
    this.setFocused(null);
    this.zoom = 1;
    this.cameraMoved = true;
    if (!on) return;
    const lowest = this.clampX(Number.NEGATIVE_INFINITY);
    const highest = this.clampX(Number.POSITIVE_INFINITY);
    const along = highest > lowest ? (this.cameraX - lowest) / (highest - lowest) : 0;
    // Start the sweep where the camera already is, so nothing jumps.
    this.attractPhase = Math.acos(1 - 2 * Math.min(1, Math.max(0, along))) / (2 * Math.PI);
  }

  private advanceAttract(deltaSeconds: number): void {
    const lowest = this.clampX(Number.NEGATIVE_INFINITY);
    const highest = this.clampX(Number.POSITIVE_INFINITY);
    if (this.options.reducedMotion()) {
      const before = Math.floor(this.attractPhase / ATTRACT_SLIDE_SECONDS);
      this.attractPhase += deltaSeconds;
      const slide = Math.floor(this.attractPhase / ATTRACT_SLIDE_SECONDS);
      if (slide === before) return;
      const card = this.layout.cards[slide % Math.max(1, this.layout.cards.length)];
      if (card) this.cameraX = this.clampX(card.x);
    } else {
      this.attractPhase = (this.attractPhase + deltaSeconds / ATTRACT_SWEEP_SECONDS) % 1;
      this.cameraX = lowest + ((highest - lowest) * (1 - Math.cos(2 * Math.PI * this.attractPhase))) / 2;
    }
    this.cameraMoved = true;
  }

  /** Returns to the opening view: the most recent years, where both tracks are busiest. */
  showHome(): void {
    this.rightInsetCssPixels = 0;
    this.flyTo(this.homeX());
  }

  update(deltaSeconds: number): boolean {
    if (this.attract) {
      this.attractFrameSeconds += deltaSeconds;
      if (this.attractFrameSeconds >= ATTRACT_FRAME_SECONDS) {
        this.advanceAttract(this.attractFrameSeconds);
        this.attractFrameSeconds = 0;
      }
    }
    if (this.velocityX !== 0) {
      const next = this.clampX(this.cameraX + this.velocityX * deltaSeconds);
      const hitEdge = next !== this.cameraX + this.velocityX * deltaSeconds;
      this.cameraX = next;
      this.velocityX *= Math.exp(-FLING_FRICTION_PER_SECOND * deltaSeconds);
      if (hitEdge || Math.abs(this.velocityX) < FLING_REST_SPEED) this.velocityX = 0;
      this.cameraMoved = true;
    }
    const flying = this.flight?.isActive() ?? false;
    if (!this.cameraMoved && !flying) {
      // The view has come to rest: now hand the full-resolution slots to the cards in sight.
      // Not between two moves of a finger: redrawing and uploading the atlas then would stall the drag.
      this.stillSeconds += deltaSeconds;
      if (this.detailStale && this.stillSeconds >= DETAIL_REFRESH_PAUSE_SECONDS) {
        this.detailStale = false;
        // The page around the scene (the year strip) follows once the view rests, not every frame.
        this.options.onViewChanged?.(this.centreYear());
        return this.refreshDetailSlots();
      }
      return false;
    }
    this.stillSeconds = 0;
    this.cameraMoved = false;
    this.detailStale = true;
    this.camera.position.x = this.cameraX;
    this.camera.position.z = this.baseDistance / this.zoom;
    this.camera.updateMatrixWorld();
    return true;
  }

  resize(viewport: ViewportSize): void {
    this.viewport = viewport;
    this.camera.aspect = viewport.widthCssPixels / viewport.heightCssPixels;
    const halfFieldOfView = (CAMERA_FIELD_OF_VIEW_DEGREES * Math.PI) / 360;
    const neededHalfHeight = this.layout.halfHeight + VERTICAL_MARGIN + BOTTOM_BAR_ALLOWANCE / 2;
    // Portrait screens are narrow: keep at least one and a half cards across.
    const neededHalfWidth = CARD_WIDTH * 0.75;
    const distanceForHeight = neededHalfHeight / Math.tan(halfFieldOfView);
    const distanceForWidth = neededHalfWidth / (Math.tan(halfFieldOfView) * this.camera.aspect);
    this.baseDistance = Math.max(distanceForHeight, distanceForWidth);
    this.camera.position.set(this.cameraX, -BOTTOM_BAR_ALLOWANCE / 2, this.baseDistance / this.zoom);
    this.camera.updateProjectionMatrix();
    this.camera.updateMatrixWorld();
    this.cameraMoved = true;
  }

  exit(): void {
    this.animations.revert();
    this.flight = null;
  }

  dispose(): void {
    this.exit();
    for (const mesh of [this.overviewMesh, this.detailMesh, this.strokesMesh, this.focusMesh]) {
      if (!mesh) continue;
      mesh.geometry.dispose();
      mesh.material.dispose();
      this.scene.remove(mesh);
    }
    this.overviewMesh = null;
    this.detailMesh = null;
    this.strokesMesh = null;
    this.focusMesh = null;
    this.textures?.dispose();
    this.textures = null;
    for (const image of this.images.values()) image.close();
    this.images.clear();
  }

  setLanguage(language: LanguageCode): void {
    if (language === this.language) return;
    this.language = language;
    this.textures?.draw(language);
    this.cameraMoved = true;
  }

  /** Moves the view through time by a drag of dx CSS pixels (positive: finger moves right, time moves back). */
  panByCssPixels(deltaXCssPixels: number): void {
    this.stopMotion();
    this.cameraX = this.clampX(this.cameraX - deltaXCssPixels * this.worldUnitsPerCssPixel());
    this.cameraMoved = true;
  }

  /** Lets the view glide on after a fling, slowing down; a cut instead under reduced motion. */
  fling(velocityXCssPixelsPerSecond: number): void {
    if (this.options.reducedMotion()) return;
    this.velocityX = -velocityXCssPixelsPerSecond * this.worldUnitsPerCssPixel();
  }

  /** A finger went down: nothing moves under it except what it moves. */
  stopMotion(): void {
    this.velocityX = 0;
    this.flight?.kill();
    this.flight = null;
  }

  /** Zooms the time scale by a pinch, keeping the moment under the fingers where it is. */
  zoomBy(scale: number, centreXCssPixels: number): void {
    this.stopMotion();
    const offsetCssPixels = centreXCssPixels - this.viewport.widthCssPixels / 2;
    const worldXUnderFingers = this.cameraX + offsetCssPixels * this.worldUnitsPerCssPixel();
    this.zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, this.zoom * scale));
    this.camera.position.z = this.baseDistance / this.zoom;
    this.cameraX = this.clampX(worldXUnderFingers - offsetCssPixels * this.worldUnitsPerCssPixel());
    this.cameraMoved = true;
  }

  /** Flies to a year (its middle at the centre of the screen). */
  flyToYear(year: number): void {
    this.rightInsetCssPixels = 0;
    this.flyTo(xOfTime(year + 0.5, this.layout));
  }

  /** The year at the centre of the screen. */
  centreYear(): number {
    return Math.floor(this.layout.firstYear + this.cameraX / this.layout.unitsPerYear);
  }

  get zoomLevel(): number {
    return this.zoom;
  }

  /** Highlights an event's card and brings it to the middle of the uncovered screen (null clears). */
  setFocused(eventId: string | null, rightInsetCssPixels = 0): void {
    this.rightInsetCssPixels = rightInsetCssPixels;
    const card = eventId === null ? undefined : this.cardsById.get(eventId);
    if (this.focusMesh) {
      this.focusMesh.visible = card !== undefined;
      if (card) this.focusMesh.position.set(card.x, card.y, 0.03);
    }
    this.cameraMoved = true;
    if (card) this.flyTo(card.x + (rightInsetCssPixels / 2) * this.worldUnitsPerCssPixel());
  }

  /** The event whose card is under a CSS-pixel point, or null. Called on taps only. */
  eventAtScreenPoint(xCssPixels: number, yCssPixels: number): string | null {
    const textures = this.textures;
    const targets = [this.detailMesh, this.overviewMesh].filter((mesh) => mesh !== null);
    if (!textures || targets.length === 0) return null;
    _pointer.set((xCssPixels / this.viewport.widthCssPixels) * 2 - 1, -(yCssPixels / this.viewport.heightCssPixels) * 2 + 1);
    this.raycaster.setFromCamera(_pointer, this.camera);
    for (const hit of this.raycaster.intersectObjects(targets, false)) {
      if (hit.faceIndex === undefined || hit.faceIndex === null) continue;
      const quadIndex = Math.floor(hit.faceIndex / 2);
      // In the overview mesh quad i is card i; in the detail mesh it is slot i (year labels come after).
      const cardIndex = hit.object === this.overviewMesh ? quadIndex : quadIndex < textures.detailSlotCount ? textures.slotEvent(quadIndex) : null;
      const eventId = cardIndex === null ? undefined : this.layout.cards[cardIndex]?.eventId;
      if (eventId) return eventId;
    }
    return null;
  }

  /** The CSS-pixel centre of an event's card, or null when the card is off screen. */
  screenPointOf(eventId: string): { x: number; y: number } | null {
    const card = this.cardsById.get(eventId);
    if (!card) return null;
    this.camera.updateMatrixWorld();
    _projected.set(card.x, card.y, 0.02).project(this.camera);
    const x = ((_projected.x + 1) / 2) * this.viewport.widthCssPixels;
    const y = ((1 - _projected.y) / 2) * this.viewport.heightCssPixels;
    if (x < 0 || y < 0 || x > this.viewport.widthCssPixels || y > this.viewport.heightCssPixels) return null;
    return { x, y };
  }

  /** The years at the left and right edges of the screen, for tests and the year strip. */
  visibleYearRange(): { from: number; to: number } {
    const halfWidth = (this.viewport.widthCssPixels / 2) * this.worldUnitsPerCssPixel();
    const toYear = (x: number): number => this.layout.firstYear + x / this.layout.unitsPerYear;
    return { from: toYear(this.cameraX - halfWidth), to: toYear(this.cameraX + halfWidth) };
  }

  private flyTo(x: number): void {
    const targetX = this.clampX(x);
    this.stopMotion();
    if (this.options.reducedMotion()) {
      this.cameraX = targetX;
      this.cameraMoved = true;
      return;
    }
    const position = { x: this.cameraX };
    this.animations.add(() => {
      this.flight = gsap.to(position, {
        x: targetX,
        duration: FLIGHT_SECONDS,
        ease: 'power2.out',
        onUpdate: () => {
          this.cameraX = position.x;
          this.cameraMoved = true;
        },
      });
    });
  }

  /** Hands the detail slots to the cards nearest the middle of the screen; true if any moved. */
  private refreshDetailSlots(): boolean {
    const textures = this.textures;
    if (!textures?.isTiered) return false;
    const halfVisibleWidth = (this.viewport.widthCssPixels / 2) * this.worldUnitsPerCssPixel();
    const nearest = this.layout.cards
      .map((card, index) => ({ index, distance: Math.abs(card.x - this.cameraX) }))
      .filter(({ distance }) => distance <= halfVisibleWidth + CARD_WIDTH)
      .sort((a, b) => a.distance - b.distance)
      .map(({ index }) => index);
    if (!textures.assign(nearest)) return false;
    this.placeDetailSlots();
    return true;
  }

  /** Moves each detail slot's quad onto its card, or collapses it when the slot is free. */
  private placeDetailSlots(): void {
    const textures = this.textures;
    const mesh = this.detailMesh;
    if (!textures || !mesh) return;
    const detailPositions = mesh.geometry.getAttribute('position') as BufferAttribute;
    const overviewPositions = this.overviewMesh?.geometry.getAttribute('position') as BufferAttribute | undefined;
    const inSlots = new Set<number>();
    for (let slot = 0; slot < textures.detailSlotCount; slot += 1) {
      const eventIndex = textures.slotEvent(slot);
      const card = eventIndex === null ? undefined : this.layout.cards[eventIndex];
      if (eventIndex !== null) inSlots.add(eventIndex);
      setCardQuad(detailPositions, slot, card, 0.025);
    }
    detailPositions.needsUpdate = true;
    mesh.geometry.computeBoundingSphere();
    if (!overviewPositions) return;
    // A card shown at full resolution has its small face collapsed: each pixel is filled once.
    for (const index of new Set([...this.cardsInSlots, ...inSlots])) {
      setCardQuad(overviewPositions, index, inSlots.has(index) ? undefined : this.layout.cards[index], 0.02);
    }
    this.cardsInSlots = inSlots;
    overviewPositions.needsUpdate = true;
  }

  private homeX(): number {
    return this.clampX(Number.POSITIVE_INFINITY);
  }

  /** Keeps the content on screen: the view may not wander past the first or last card. */
  private clampX(x: number): number {
    const halfVisibleWidth = (this.viewport.widthCssPixels / 2) * this.worldUnitsPerCssPixel();
    const lowest = this.layout.minX - CARD_WIDTH / 2 - EDGE_MARGIN + halfVisibleWidth;
    const highest = this.layout.maxX + CARD_WIDTH / 2 + EDGE_MARGIN - halfVisibleWidth
      + this.rightInsetCssPixels * this.worldUnitsPerCssPixel();
    if (lowest > highest) return (this.layout.minX + this.layout.maxX) / 2;
    return Math.min(highest, Math.max(lowest, x));
  }

  private worldUnitsPerCssPixel(): number {
    const halfFieldOfView = (CAMERA_FIELD_OF_VIEW_DEGREES * Math.PI) / 360;
    const visibleHeight = 2 * (this.baseDistance / this.zoom) * Math.tan(halfFieldOfView);
    return visibleHeight / this.viewport.heightCssPixels;
  }

  private buildStrokes(): BufferGeometry {
    const { content } = this.options;
    const strokes = new QuadBatch();
    const { layout } = this;
    strokes.addSegment(layout.minX - 20, 0, layout.maxX + 20, 0, -0.02, 0.03, AXIS_COLOUR);
    for (const year of this.yearLabels) {
      const x = xOfTime(year, layout);
      strokes.addSegment(x, -0.45, x, -0.3, -0.02, 0.03, AXIS_COLOUR);
      strokes.addSegment(x, 0.3, x, 0.45, -0.02, 0.03, AXIS_COLOUR);
    }
    for (const line of layout.trackLines) {
      const track = content.tracks.find((candidate) => candidate.id === line.trackId);
      strokes.addSegment(line.startX, line.y, line.endX, line.y, -0.01, 0.14, track?.colour ?? AXIS_COLOUR);
    }
    for (const card of layout.cards) {
      const track = content.tracks[card.trackIndex];
      const cardEdgeY = card.y - Math.sign(card.y) * (CARD_HEIGHT / 2);
      strokes.addSegment(card.anchorX, card.anchorY, card.x, cardEdgeY, -0.01, 0.04, track?.accentColour ?? AXIS_COLOUR);
      strokes.addRectangle(card.anchorX, card.anchorY, 0, 0.26, 0.26, track?.accentColour ?? AXIS_COLOUR);
    }
    const drawn = new Set<string>();
    for (const event of content.events) {
      const from = this.cardsById.get(event.id);
      for (const linkedId of event.links) {
        const pairKey = [event.id, linkedId].sort().join('|');
        const to = this.cardsById.get(linkedId);
        if (!from || !to || drawn.has(pairKey)) continue;
        drawn.add(pairKey);
        this.addCurve(strokes, from.anchorX, from.anchorY, to.anchorX, to.anchorY);
      }
    }
    return strokes.build();
  }

  /** A gentle S-curve between two dates on opposite tracks, as short straight strokes. */
  private addCurve(strokes: QuadBatch, x1: number, y1: number, x2: number, y2: number): void {
    const steps = 24;
    let previousX = x1;
    let previousY = y1;
    for (let step = 1; step <= steps; step += 1) {
      const t = step / steps;
      const eased = t * t * (3 - 2 * t);
      const x = x1 + (x2 - x1) * eased;
      const y = y1 + (y2 - y1) * t;
      strokes.addSegment(previousX, previousY, x, y, 0.005, 0.07, LINK_COLOUR);
      previousX = x;
      previousY = y;
    }
  }
}
