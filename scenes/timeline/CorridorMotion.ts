/**
 * How the visitor's eye moves along the corridor: drags, flings, pinches, flights to a view
 * that fits a set of cards, and the attract tour through the linked pairs. It only ever writes
 * `view.focusX` and `view.distance`; the scene notices the change and places the cards.
 */
import { gsap } from 'gsap/gsap-core';
// Only the core runs here; its full declarations (gsap.core.Tween) come with the package's main
// entry, and a type-only import brings them without bringing its CSS plugin.
import type {} from 'gsap';
import { CARD_CELL } from './CorridorAtlas.ts';
import type { CorridorLayout } from './corridorLayout.ts';
import { MIN_CARD_PIXEL_SCALE } from './CorridorPlacer.ts';
import type { CorridorView } from './CorridorView.ts';

/** Camera flights follow DESIGN.md: ease-out, at most about 900 ms. */
export const FLIGHT_SECONDS = 0.8;
/** The attract tour drifts from pair to pair this slowly, then rests on each pair. */
const ATTRACT_FLIGHT_SECONDS = 7;
const ATTRACT_HOLD_SECONDS = 6;
/** Under reduced motion the tour is a slideshow of cuts. */
const ATTRACT_SLIDE_SECONDS = 9;
const FLING_FRICTION_PER_SECOND = 3.2;
const FLING_REST_SPEED = 0.05;
/** Zoom limits around the home distance: a little closer, and out until the century shows. */
export const MAX_ZOOM = 1.15;
export const MIN_ZOOM = 0.15;
/** A flight to a long link (1949 and 2019 beside an open sheet) may stand further back than a pinch. */
const MIN_FLIGHT_ZOOM = 0.02;
/** Room (CSS px) kept between a fitted card's centre and the free screen's edges; on the left, clear of the track names too. */
const FIT_MARGIN_LEFT = Math.ceil((MIN_CARD_PIXEL_SCALE * CARD_CELL.width) / 2) + 24;
const FIT_MARGIN_RIGHT = FIT_MARGIN_LEFT;

/** A view (focus and distance) and the cards it was fitted to show. */
export interface FittedView {
  readonly focusX: number;
  readonly distance: number;
  readonly cards: readonly number[];
}

export class CorridorMotion {
  /** The distance at zoom 1: the content fits the free height with readable cards. */
  homeDistance = 20;
  /** CSS px at the free screen's left kept for the track names: a fitted card stays clear of them. */
  leftReserve = 0;
  private velocity = 0;
  private flight: gsap.core.Tween | null = null;
  private readonly animations = gsap.context(() => undefined);
  private attractPairs: readonly (readonly number[])[] = [];
  private attractIndex = -1;
  private attractClock = 0;
  private attracting = false;
  private readonly proxy = { focusX: 0, distance: 0 };

  constructor(private readonly view: CorridorView, private readonly layout: CorridorLayout, private readonly reducedMotion: () => boolean) {}

  /**
   * A flight counts from the moment it is asked for: gsap's `isActive()` stays false until the
   * tween's first tick, and a test (or the page) asking in between would see a view at rest.
   */
  get moving(): boolean {
    return this.velocity !== 0 || this.flight !== null;
  }

  get zoom(): number {
    return this.homeDistance / this.view.distance;
  }

  /** Advances flings and the attract tour; true while the eye moves. */
  update(deltaSeconds: number): boolean {
    if (this.attracting) this.advanceAttract(deltaSeconds);
    if (this.velocity === 0) return this.flight !== null;
    const wanted = this.view.focusX + this.velocity * deltaSeconds;
    this.view.focusX = this.clampFocus(wanted, this.view.distance);
    this.velocity *= Math.exp(-FLING_FRICTION_PER_SECOND * deltaSeconds);
    if (this.view.focusX !== wanted || Math.abs(this.velocity) < FLING_REST_SPEED) this.velocity = 0;
    return true;
  }

  stop(): void {
    this.velocity = 0;
    this.flight?.kill();
    this.flight = null;
  }

  /** A drag: the moment of the wall under the finger stays under it, whatever the perspective. */
  panByCssPixels(deltaX: number, fingerX: number): void {
    this.stop();
    const { view } = this;
    const shift = view.distance * (view.wallOffsetAt(fingerX - deltaX) - view.wallOffsetAt(fingerX));
    view.focusX = this.clampFocus(view.focusX + shift, view.distance);
  }

  fling(velocityCssPixelsPerSecond: number): void {
    if (this.reducedMotion()) return;
    this.velocity = -velocityCssPixelsPerSecond * this.view.unitsPerPixelAtCentre();
  }

  /** Zooms by a pinch, keeping the moment under the fingers where it is. */
  zoomBy(scale: number, centreXCssPixels: number): void {
    this.stop();
    const underFingers = this.view.wallXAtScreenX(centreXCssPixels);
    const distance = this.clampDistance(this.view.distance / scale);
    const offsetPerDistance = this.view.wallOffsetAt(centreXCssPixels);
    this.view.distance = distance;
    this.view.focusX = this.clampFocus(underFingers - offsetPerDistance * distance, distance);
  }

  /**
   * The view that shows these cards, plus the nearest others (never one in `passOver`) until it
   * holds at least three events and both tracks, with readable cards (never closer than `closest`),
   * their centres `extraMarginPx` further than usual from the free screen's sides.
   */
  fitCards(cardIndices: readonly number[], closest = this.homeDistance, passOver: ReadonlySet<number> = new Set(), extraMarginPx = 0): FittedView {
    const chosen = new Set(cardIndices.filter((index) => this.layout.cards[index]));
    const cards = this.layout.cards;
    const hasBothTracks = (): boolean => new Set([...chosen].map((index) => cards[index]?.trackIndex)).size >= Math.min(2, this.layout.trackIds.length);
    while ((chosen.size < 3 || !hasBothTracks()) && chosen.size < cards.length) {
      const xs = [...chosen].map((index) => cards[index]?.x ?? 0);
      const middle = xs.length > 0 ? (Math.min(...xs) + Math.max(...xs)) / 2 : this.view.focusX;
      const missingTrack = chosen.size >= 2 && !hasBothTracks() ? cards.find((_, index) => !chosen.has(index) && [...chosen].every((other) => cards[other]?.trackIndex !== cards[index]?.trackIndex))?.trackIndex : undefined;
      let best = -1;
      cards.forEach((card, index) => {
        if (chosen.has(index) || passOver.has(index) || (missingTrack !== undefined && card.trackIndex !== missingTrack)) return;
        if (best < 0 || Math.abs(card.x - middle) < Math.abs((cards[best]?.x ?? 0) - middle)) best = index;
      });
      if (best < 0) break;
      chosen.add(best);
    }
    const xs = [...chosen].map((index) => cards[index]?.x ?? 0);
    const fromX = Math.min(...xs);
    const toX = Math.max(...xs);
    const left = this.view.insets.left + this.leftReserve + FIT_MARGIN_LEFT + extraMarginPx;
    const right = this.view.width - this.view.insets.right - FIT_MARGIN_RIGHT - extraMarginPx;
    const fitted = this.view.fit(fromX, toX, left, Math.max(left + 1, right));
    const distance = this.clampDistance(Math.max(closest, fitted.distance), MIN_FLIGHT_ZOOM);
    // A fit is a view of cards already: it needs no clamp.
    const fittedCards = [...chosen];
    if (distance === fitted.distance) return { focusX: fitted.focusX, distance, cards: fittedCards };
    // Closer than the fit allows: keep the cards centred in the free screen instead.
    const leftOffset = distance * this.view.wallOffsetAt(left);
    const rightOffset = distance * this.view.wallOffsetAt(right);
    const focusX = (fromX + toX) / 2 - (leftOffset + rightOffset) / 2;
    return { focusX: this.clampFocus(focusX, distance), distance, cards: fittedCards };
  }

  /** Flies to a view (a cut under reduced motion, or when `instant`). */
  flyTo(target: { focusX: number; distance: number }, instant = false, seconds = FLIGHT_SECONDS, ease = 'power2.out'): void {
    this.stop();
    if (instant || this.reducedMotion()) {
      this.view.focusX = target.focusX;
      this.view.distance = target.distance;
      return;
    }
    this.proxy.focusX = this.view.focusX;
    this.proxy.distance = this.view.distance;
    this.animations.add(() => {
      this.flight = gsap.to(this.proxy, {
        focusX: target.focusX,
        distance: target.distance,
        duration: seconds,
        ease,
        onUpdate: () => {
          this.view.focusX = this.proxy.focusX;
          this.view.distance = this.proxy.distance;
        },
        onComplete: () => {
          this.flight = null;
        },
      });
    });
  }

  /** The attract tour: the linked pairs one after another, slowly. */
  startAttract(pairs: readonly (readonly number[])[]): void {
    this.attractPairs = pairs;
    this.attracting = pairs.length > 0;
    this.attractIndex = -1;
    this.attractClock = Number.POSITIVE_INFINITY;
  }

  stopAttract(): void {
    this.attracting = false;
    this.stop();
  }

  /** The pair the attract tour is showing (card indices), or null. */
  get attractPair(): readonly number[] | null {
    return this.attracting ? this.attractPairs[this.attractIndex] ?? null : null;
  }

  private advanceAttract(deltaSeconds: number): void {
    this.attractClock += deltaSeconds;
    const reduced = this.reducedMotion();
    const dwell = reduced ? ATTRACT_SLIDE_SECONDS : ATTRACT_FLIGHT_SECONDS + ATTRACT_HOLD_SECONDS;
    if (this.attractClock < dwell) return;
    this.attractClock = 0;
    this.attractIndex = (this.attractIndex + 1) % this.attractPairs.length;
    const pair = this.attractPairs[this.attractIndex];
    if (pair) this.flyTo(this.fitCards(pair), reduced, ATTRACT_FLIGHT_SECONDS, 'sine.inOut');
  }

  clampDistance(distance: number, minZoom = MIN_ZOOM): number {
    return Math.min(this.homeDistance / minZoom, Math.max(this.homeDistance / MAX_ZOOM, distance));
  }

  /**
   * Keeps the corridor's content on screen: the first card may come no further right than where
   * a fit puts a left-hand card, the last no further left than where it puts a right-hand one.
   */
  clampFocus(focusX: number, distance: number): number {
    const leftOffset = distance * this.view.wallOffsetAt(this.view.insets.left + this.leftReserve + FIT_MARGIN_LEFT);
    const rightOffset = distance * this.view.wallOffsetAt(this.view.width - this.view.insets.right - FIT_MARGIN_RIGHT);
    const lowest = this.layout.minX - leftOffset;
    const highest = this.layout.maxX - rightOffset;
    // Far out the whole corridor fits the screen: then any focus that keeps it all in view will do.
    return Math.min(Math.max(lowest, highest), Math.max(Math.min(lowest, highest), focusX));
  }

  dispose(): void {
    this.stop();
    this.animations.revert();
  }
}
