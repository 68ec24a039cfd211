/**
 * The culture corridor: one long wall the visitor walks along through time, the Party's history
 * hung above the axis and the museum's below, their links arching out between them. The camera
 * looks along the wall towards the future, so the years at hand are large and the years ahead
 * recede as context. Seven draw calls whatever the number of events: wall, arches, cards, labels,
 * focus frames and the two track names.
 */
import { Color, Fog, Mesh, MeshBasicMaterial, Scene, type BufferGeometry } from 'three';
import type { ContentBundle, LanguageCode } from '../../src/contentModel/contentTypes.ts';
import type { ScreenItem, TrackLabelOnScreen } from '../../src/automation/kioskAutomation.ts';
import type { KioskScene, ViewportSize } from '../../src/scene/KioskScene.ts';
import { loadCanvasFaces } from './canvasFaces.ts';
import { CorridorCards } from './CorridorCards.ts';
import { cardEdgeY, CORRIDOR_YAW, layoutCorridor, partnersOf, type CorridorLayout } from './corridorLayout.ts';
import { CorridorMotion, MAX_ZOOM, type FittedView } from './CorridorMotion.ts';
import { fitShowing } from './corridorFit.ts';
import { buildArches, buildStructure, QuadColours, WALL_COLOUR } from './corridorStructure.ts';
import { colourArches, corridorDimming, UNDIMMED } from './corridorLight.ts';
import { CorridorView, NO_INSETS, type ScreenInsets } from './CorridorView.ts';
import { timeOfX, xOfTime } from './timeScale.ts';

/** The view must rest this long before cut cards are hidden and the page is told where it is. */
const REST_PAUSE_SECONDS = 0.12;
/** What the content half-height needs (world units, from the axis to a two-line card's far edge in the second row). */
const CONTENT_HALF_HEIGHT = cardEdgeY(1) + 1.45;
/**
 * The attract drift is slow and nobody is touching the screen: a few frames a second look smooth
 * enough, while every frame at 1080p in software GL would starve the page (and a visitor's first tap).
 */
const ATTRACT_FRAME_SECONDS = 1 / 8;

export interface TimelineSceneOptions {
  readonly content: ContentBundle;
  readonly language: LanguageCode;
  readonly reducedMotion: () => boolean;
  /** Told the year the view is about whenever it comes to rest: the one chosen, the open event's, or the middle of the screen's. */
  readonly onViewChanged?: (year: number) => void;
}

export class TimelineScene implements KioskScene {
  readonly scene = new Scene();
  private readonly view = new CorridorView();
  private readonly layout: CorridorLayout;
  private readonly motion: CorridorMotion;
  private readonly cards: CorridorCards;
  private readonly indexById = new Map<string, number>();
  private structure: Mesh<BufferGeometry, MeshBasicMaterial> | null = null;
  private arches: Mesh<BufferGeometry, MeshBasicMaterial> | null = null;
  private archQuads = 0;
  private readonly archColours = new QuadColours();
  private language: LanguageCode;
  private insetsFromPage: ScreenInsets = NO_INSETS;
  private sheetWidth = 0;
  private attract = false;
  private panelDimmed = false;
  private marked: number[] = [];
  /** The view as last placed: a change in any of these means the cards must be placed again. */
  private placedFocusX = Number.NaN;
  private placedDistance = Number.NaN;
  private stillSeconds = 0;
  private restPlaced = false;
  /** The view has moved since it last came to rest (not only been redrawn in place). */
  private viewMovedSinceRest = false;
  private forcePlace = true;
  /** Seconds since the attract drift last drew a frame. */
  private attractFrameClock = 0;
  /** The year a visitor chose on the strip: the strip keeps it marked while the view rests there. */
  private chosenYear: number | null = null;
  private disposed = false;
  /** The clear colour: the wall's, dimmed with the rest behind a panel. */
  private readonly wallColour = new Color(WALL_COLOUR);

  constructor(private readonly options: TimelineSceneOptions) {
    this.language = options.language;
    const { content } = options;
    const trackIds = [...content.tracks].sort((a, b) => a.order - b.order).map((track) => track.id);
    this.layout = layoutCorridor(content.events, trackIds);
    this.layout.cards.forEach((card, index) => this.indexById.set(card.eventId, index));
    this.motion = new CorridorMotion(this.view, this.layout, options.reducedMotion);
    this.cards = new CorridorCards(this.layout, content, this.view);
    this.scene.background = this.wallColour;
    // The distance fades into the wall's colour, which is also the clear colour.
    this.scene.fog = new Fog(WALL_COLOUR, 30, 120);
    this.scene.add(this.view.camera);
  }

  /** The attract tour too: its flights are drawn plain, its holds on a pair multisampled. */
  get viewInMotion(): boolean {
    return this.viewMovedSinceRest;
  }

  get camera(): CorridorView['camera'] {
    return this.view.camera;
  }

  async load(): Promise<void> {
    await this.cards.load(this.language);
  }

  enter(viewport: ViewportSize): void {
    const { content } = this.options;
    const tracks = this.layout.trackIds.map((id) => content.tracks.find((track) => track.id === id) ?? { colour: '#888888', accentColour: '#AAAAAA' });
    // The structure never hides a card: it writes no depth and is drawn first, as the backdrop.
    this.structure = new Mesh(buildStructure(this.layout, tracks), new MeshBasicMaterial({ vertexColors: true, depthWrite: false }));
    this.structure.renderOrder = -1;
    this.structure.name = 'corridor-structure';
    const arches = buildArches(this.layout);
    this.archQuads = arches.quadsPerArch;
    // An arch bows out into the corridor, towards the visitor: drawn before the cards and writing
    // no depth, it passes behind a card's text rather than cutting through it.
    this.arches = new Mesh(arches.geometry, new MeshBasicMaterial({ vertexColors: true, depthWrite: false }));
    this.arches.name = 'corridor-arches';
    this.arches.renderOrder = 1;
    this.scene.add(this.structure, this.arches);
    this.cards.enter(this.scene, this.language);
    this.motion.leftReserve = this.cards.trackNamesReach();
    this.resize(viewport);
    this.view.focusX = this.homeView().focusX;
    this.view.distance = this.motion.homeDistance;
  }

  update(deltaSeconds: number): boolean {
    const moving = this.motion.update(deltaSeconds) || this.motion.moving;
    const viewMoved = this.view.focusX !== this.placedFocusX || this.view.distance !== this.placedDistance;
    const changed = this.forcePlace || viewMoved;
    if (changed && this.attract && !this.forcePlace) {
      this.attractFrameClock += deltaSeconds;
      if (this.attractFrameClock < ATTRACT_FRAME_SECONDS) return false;
      this.attractFrameClock = 0;
    }
    if (changed) {
      if (viewMoved) this.viewMovedSinceRest = true;
      this.place(false);
      this.stillSeconds = 0;
      this.restPlaced = false;
      return true;
    }
    if (moving || this.restPlaced) return moving;
    this.stillSeconds += deltaSeconds;
    if (this.stillSeconds < REST_PAUSE_SECONDS) return false;
    this.restPlaced = true;
    this.viewMovedSinceRest = false;
    this.cards.refreshSlots(this.language);
    this.place(true);
    this.options.onViewChanged?.(this.chosenYear ?? this.openEventYear() ?? this.centreYear());
    return true;
  }

  resize(viewport: ViewportSize): void {
    this.view.setViewport(viewport.widthCssPixels, viewport.heightCssPixels, this.insets());
    this.updateHomeDistance();
    this.view.distance = this.motion.clampDistance(this.view.distance);
    this.forcePlace = true;
  }

  /** The page's bars and strips the scene must keep clear of (CSS px from each edge). */
  setInsets(insets: ScreenInsets): void {
    this.insetsFromPage = insets;
    this.view.setViewport(this.view.width, this.view.height, this.insets());
    this.updateHomeDistance();
    this.forcePlace = true;
  }

  exit(): void {
    this.motion.stop();
  }

  dispose(): void {
    this.disposed = true;
    this.motion.dispose();
    for (const mesh of [this.structure, this.arches]) {
      if (!mesh) continue;
      mesh.geometry.dispose();
      mesh.material.dispose();
      this.scene.remove(mesh);
    }
    this.structure = null;
    this.arches = null;
    this.cards.dispose();
    this.scene.remove(this.view.camera);
  }

  setLanguage(language: LanguageCode): void {
    if (language === this.language) return;
    this.language = language;
    this.drawWords(language);
    // A language whose faces were never needed (繁體) is drawn at once in the fallback face, and
    // again in its own as soon as that has loaded.
    void loadCanvasFaces(language).then((loaded) => {
      if (loaded && this.language === language && !this.disposed) this.drawWords(language);
    });
  }

  private drawWords(language: LanguageCode): void {
    this.cards.draw(language);
    this.motion.leftReserve = this.cards.trackNamesReach();
    this.forcePlace = true;
  }

  /** A visitor's larger text: cards and wall labels grow with it. */
  setTextScale(scale: number): void {
    this.cards.setTextScale(scale);
    this.forcePlace = true;
  }

  /** Attract: a slow tour through the linked pairs. Leaving it flies to the home view. */
  setAttractMode(on: boolean): void {
    if (on === this.attract) return;
    this.attract = on;
    this.setFocused(null);
    if (on) this.motion.startAttract(this.layout.pairs);
    else {
      this.motion.stopAttract();
      this.showHome();
    }
  }

  /** Behind a panel the corridor rests, dimmed. */
  setDimmed(dimmed: boolean): void {
    this.panelDimmed = dimmed;
    this.applyLight();
  }

  /** Behind a panel, or beside an open event's sheet (corridorLight.ts). */
  private applyLight(): void {
    const spotlight = !this.panelDimmed && this.marked.length > 0;
    const dimming = corridorDimming(this.panelDimmed, spotlight);
    this.structure?.material.color.copy(dimming);
    // Beside an open event the arches are already coloured one by one: the pair's lit, the rest dim.
    this.arches?.material.color.copy(spotlight ? UNDIMMED : dimming);
    this.cards.setLight(dimming, spotlight ? this.marked : []);
    // The wall is the clear colour (and the fog's): it dims with the rest.
    this.wallColour.set(WALL_COLOUR).multiply(dimming);
    this.scene.fog?.color.copy(this.wallColour);
    this.forcePlace = true;
  }

  /** Returns to the curated overview: the last years, where both tracks answer each other most. */
  showHome(): void {
    this.sheetWidth = 0;
    this.view.setViewport(this.view.width, this.view.height, this.insets());
    this.motion.flyTo(this.homeView());
  }

  panByCssPixels(deltaXCssPixels: number, fingerXCssPixels = this.view.centreX): void {
    this.chosenYear = null;
    this.motion.panByCssPixels(deltaXCssPixels, fingerXCssPixels);
  }

  fling(velocityXCssPixelsPerSecond: number): void {
    this.motion.fling(velocityXCssPixelsPerSecond);
  }

  stopMotion(): void {
    this.motion.stop();
  }

  zoomBy(scale: number, centreXCssPixels: number): void {
    this.chosenYear = null;
    this.motion.zoomBy(scale, centreXCssPixels);
  }

  /** Flies to a year, showing at least three events on both tracks around it. */
  flyToYear(year: number): void {
    this.chosenYear = year;
    this.motion.flyTo(this.fitShowing([this.cardNearest(xOfTime(this.layout.scale, year + 0.5))]));
  }

  /** After the free screen changed shape (reach mode): the same place in time, fitted again. */
  refit(): void {
    this.motion.flyTo(this.fitShowing(this.marked.length > 0 ? this.marked : [this.cardNearest(this.view.focusX)]));
  }

  private cardNearest(x: number): number {
    let nearest = 0;
    this.layout.cards.forEach((card, index) => {
      if (Math.abs(card.anchorX - x) < Math.abs((this.layout.cards[nearest]?.anchorX ?? 0) - x)) nearest = index;
    });
    return nearest;
  }

  /** The year of the open event: while a sheet is open the strip marks its year, not the view's middle. */
  private openEventYear(): number | null {
    const open = this.marked[0];
    if (open === undefined) return null;
    const eventId = this.layout.cards[open]?.eventId;
    const event = this.options.content.events.find((candidate) => candidate.id === eventId);
    return event ? Math.floor(event.timePosition) : null;
  }

  centreYear(): number {
    return Math.floor(timeOfX(this.layout.scale, this.view.focusX));
  }

  get zoomLevel(): number {
    return this.motion.zoom;
  }

  /**
   * Opens an event: its card and its partners are marked and the view flies to show them all in
   * the screen the sheet leaves free. Null clears the marks and keeps the view where it is.
   */
  setFocused(eventId: string | null, rightInsetCssPixels = 0): void {
    const index = eventId === null ? undefined : this.indexById.get(eventId);
    this.marked = index === undefined ? [] : [index, ...partnersOf(this.layout, index)];
    this.cards.setMarked(this.marked);
    if (this.arches) colourArches(this.arches.geometry, this.layout, this.archQuads, this.archColours, index);
    this.applyLight();
    this.sheetWidth = index === undefined ? 0 : rightInsetCssPixels;
    this.view.setViewport(this.view.width, this.view.height, this.insets());
    this.forcePlace = true;
    if (index !== undefined) this.motion.flyTo(this.fitShowing(this.marked));
    else this.view.focusX = this.motion.clampFocus(this.view.focusX, this.view.distance);
  }

  /** The keypad's focus: a white frame on the card, and (with no sheet open) a flight to show it. */
  setCursor(eventId: string | null): void {
    const index = eventId === null ? undefined : this.indexById.get(eventId);
    this.cards.setCursor(index ?? null);
    this.forcePlace = true;
    if (index !== undefined && this.marked.length === 0) this.motion.flyTo(this.fitShowing([index]));
  }

  eventAtScreenPoint(xCssPixels: number, yCssPixels: number): string | null {
    const index = this.cards.cardAt(xCssPixels, yCssPixels);
    return index === null ? null : this.layout.cards[index]?.eventId ?? null;
  }

  screenPointOf(eventId: string): { x: number; y: number } | null {
    const index = this.indexById.get(eventId);
    return index === undefined ? null : this.cards.centreOf(index);
  }

  visibleYearRange(): { from: number; to: number } {
    const { scale } = this.layout;
    return {
      from: timeOfX(scale, this.view.wallXAtScreenX(this.view.insets.left)),
      to: timeOfX(scale, this.view.wallXAtScreenX(this.view.width - this.view.insets.right)),
    };
  }

  /** The cards drawn and visible now, as the last placement pass drew them. */
  itemsOnScreen(): ScreenItem[] {
    return this.cards.itemsOnScreen();
  }

  trackLabelsOnScreen(): TrackLabelOnScreen[] {
    return this.cards.trackLabelsOnScreen();
  }

  /** True once the view has stopped and its resting placement (cut cards hidden) is drawn. */
  viewAtRest(): boolean {
    // A view moved since the last placement (a cut, a pending flight) is not at rest yet.
    const placed = this.view.focusX === this.placedFocusX && this.view.distance === this.placedDistance;
    return this.restPlaced && placed && !this.motion.moving && !this.forcePlace;
  }

  private insets(): ScreenInsets {
    return { ...this.insetsFromPage, right: this.insetsFromPage.right + this.sheetWidth };
  }

  private place(atRest: boolean): void {
    this.forcePlace = false;
    this.view.apply();
    this.placedFocusX = this.view.focusX;
    this.placedDistance = this.view.distance;
    const fog = this.scene.fog as Fog;
    fog.near = this.view.distance * 1.3;
    fog.far = this.view.distance * 5;
    const attractPair = this.motion.attractPair;
    if (attractPair) this.cards.setMarked(attractPair);
    this.cards.place(atRest);
  }

  /** Home: the cards of the last three years that hold events, fitted with readable cards. */
  private homeView(): { focusX: number; distance: number } {
    const lastYear = this.layout.scale.lastYear;
    const events = new Map(this.options.content.events.map((event) => [event.id, event]));
    const recent = this.layout.cards
      .map((card, index) => ({ index, year: Math.floor(events.get(card.eventId)?.timePosition ?? 0) }))
      .filter(({ year }) => year >= lastYear - 3 && year < lastYear)
      .map(({ index }) => index);
    return this.fitShowing(recent.length > 0 ? recent : [this.layout.cards.length - 1], this.motion.homeDistance / MAX_ZOOM);
  }

  private fitShowing(cardIndices: readonly number[], closest = this.motion.homeDistance): FittedView {
    return fitShowing({ motion: this.motion, cards: this.cards, layout: this.layout }, cardIndices, closest);
  }

  /** The distance at which the tallest content fits the free height at the screen's near edge. */
  private updateHomeDistance(): void {
    const view = this.view;
    const freeHalfHeight = Math.max(120, (view.height - view.insets.top - view.insets.bottom) / 2 - 14);
    // Camera depth of the wall at the free screen's left edge, per unit of distance: the nearest cards.
    const nearDepthPerDistance = view.wallOffsetAt(view.insets.left) * Math.sin(CORRIDOR_YAW) + 1 / Math.cos(CORRIDOR_YAW);
    this.motion.homeDistance = (CONTENT_HALF_HEIGHT * view.focalPixels) / (freeHalfHeight * nearDepthPerDistance);
  }
}
