/**
 * Everything that connects the 3D timeline to the rest of the kiosk, in one place: the render
 * loop and its clock, the scene's creation, touch gestures turned into scene calls and actions,
 * the scene following the state (focus, language, attract mode), the fallback to the event list
 * when WebGL is missing, and what `window.kiosk` reads from the scene.
 */
import { gsap } from 'gsap/gsap-core';
import { TimelineScene } from '../../scenes/timeline/TimelineScene.ts';
import type { KioskAutomation, KioskDebugHooks, RenderStats, ScreenPoint } from '../automation/kioskAutomation.ts';
import type { ContentBundle } from '../contentModel/contentTypes.ts';
import { TouchGestures } from '../input/TouchGestures.ts';
import { RenderLoop } from '../render/RenderLoop.ts';
import { SceneDirector } from '../scene/SceneDirector.ts';
import { createElement } from '../ui/dom.ts';
import type { KioskStore } from './KioskState.ts';
import type { VisitorSettings } from './visitorSettings.ts';

/** Without a render loop the narration still needs its clock. */
const FALLBACK_TICK_MILLISECONDS = 100;

export interface TimelineWiringOptions {
  readonly content: ContentBundle;
  readonly store: KioskStore;
  /** The stage (the canvas) goes in first, under every view. */
  readonly root: HTMLElement;
  readonly isEvent: (id: string) => boolean;
  readonly prefersReducedMotion: () => boolean;
  /** Runs on every tick of the render loop (the narration's clock), or on a timer without one. */
  readonly onTick: () => void;
}

/** What the timeline needs from the DOM views. */
export interface TimelineViewHooks {
  markYear(year: number): void;
  /** CSS pixels on the right an open sheet covers: a focused card centres in what is left. */
  coveredWidthCssPixels(): number;
  showNotice(key: 'webglLostNotice' | null): void;
  /** No 3D on this screen: the event list takes the timeline's place. */
  showWithoutTimeline(): void;
}

export interface TimelineWiring {
  /** Resolves when the first frame with content is on screen (at once without a render loop). */
  readonly ready: Promise<void>;
  /** Animation frames run so far, or null without a render loop (the watchdog's sign of life). */
  tickCount(): number | null;
  renderStats(): RenderStats;
  /** The WebGL context is lost and not yet restored. */
  graphicsLost(): boolean;
  flyToYear(year: number): void;
  showHome(): void;
  /** Connects the scene to the views and the state, and starts drawing. */
  start(views: TimelineViewHooks): void;
  /** What `window.kiosk` reads from the timeline; the debug hooks only with `?debug=1`. */
  automation(debugEnabled: boolean): Pick<KioskAutomation, 'ready' | 'screenPointOf' | 'renderStats' | 'itemsOnScreen' | 'trackLabelsOnScreen' | 'viewAtRest'> & {
    readonly debug: Pick<KioskDebugHooks, 'rebuildTimeline' | 'leaveTimeline'> | null;
  };
}

function renderStatsOf(renderLoop: RenderLoop | null, scene: TimelineScene | null): RenderStats {
  const info = renderLoop?.renderer.info;
  return {
    drawCalls: info?.render.calls ?? 0,
    triangles: info?.render.triangles ?? 0,
    geometries: info?.memory.geometries ?? 0,
    textures: info?.memory.textures ?? 0,
    programs: info?.programs?.length ?? 0,
    framesRendered: renderLoop?.frameCount ?? 0,
    multisampledFrames: renderLoop?.multisampledFrameCount ?? 0,
    visibleYears: scene?.visibleYearRange() ?? null,
    zoom: scene?.zoomLevel ?? null,
  };
}

/**
 * What the page's bars cover along the bottom (the year strip and the bottom bar, or the
 * docent's bar), measured from the page and passed to the scene, which keeps clear of it.
 */
/** The free screen: above the bars, and in reach mode below the middle too (nothing to touch higher). */
function sceneInsets(settings: VisitorSettings): { top: number; right: number; bottom: number; left: number } {
  const covering = ['.year-strip', '.bottom-bar', '.docent-bar']
    .map((selector) => document.querySelector(selector)?.getBoundingClientRect())
    .filter((bounds): bounds is DOMRect => bounds !== undefined && bounds.height > 0 && bounds.bottom > window.innerHeight / 2)
    .map((bounds) => bounds.top);
  const top = settings.reach ? Math.round(window.innerHeight / 2) : 0;
  return { top, right: 0, bottom: Math.max(0, window.innerHeight - Math.min(window.innerHeight, ...covering)), left: 0 };
}

/** A panel's place on screen is its button in the open group's list, if that list shows. */
function panelButtonCentre(panelId: string): ScreenPoint | null {
  const button = document.querySelector<HTMLElement>(`[data-panel-id="${CSS.escape(panelId)}"]`);
  if (!button || button.offsetParent === null) return null;
  const bounds = button.getBoundingClientRect();
  return { x: bounds.left + bounds.width / 2, y: bounds.top + bounds.height / 2 };
}

/** Touch on the canvas: a drag pans, a fling glides, a pinch zooms, a tap on a card opens its event. */
function connectGestures(canvas: HTMLCanvasElement, store: KioskStore, scene: () => TimelineScene | null): void {
  const gestures = new TouchGestures(canvas);
  gestures.events.on('touched', () => scene()?.stopMotion());
  gestures.events.on('dragged', ({ deltaXCssPixels, xCssPixels }) => scene()?.panByCssPixels(deltaXCssPixels, xCssPixels));
  gestures.events.on('dragEnded', ({ velocityXCssPixelsPerSecond }) => scene()?.fling(velocityXCssPixelsPerSecond));
  gestures.events.on('pinched', ({ scale, centreXCssPixels }) => scene()?.zoomBy(scale, centreXCssPixels));
  gestures.events.on('tapped', ({ xCssPixels, yCssPixels }) => {
    const eventId = scene()?.eventAtScreenPoint(xCssPixels, yCssPixels) ?? null;
    if (eventId) store.dispatch({ type: 'openEvent', eventId });
  });
}

/** The scene follows the language, the open event and the mode; the free screen follows the page's bars. */
function sceneFollowsState(store: KioskStore, scene: () => TimelineScene | null, isEvent: (id: string) => boolean, hooks: TimelineViewHooks): void {
  store.watch(['language'], (state) => scene()?.setLanguage(state.language));
  store.watch(['focused'], (state) => {
    if (state.focused === null || isEvent(state.focused)) scene()?.setFocused(state.focused, state.focused === null ? 0 : hooks.coveredWidthCssPixels());
  });
  store.watch(['cursor'], (state) => scene()?.setCursor(state.cursor !== null && isEvent(state.cursor) ? state.cursor : null));
  store.watch(['mode'], (state, previous) => {
    // A tour starts from the curated overview, not wherever the last visitor left the corridor;
    // a first stop that is an event then flies from there to its own fitted view.
    if (state.mode === 'guided' && previous.mode !== 'guided' && !(state.focused !== null && isEvent(state.focused))) scene()?.showHome();
    scene()?.setAttractMode(state.mode === 'attract');
    scene()?.setDimmed(state.mode === 'panel');
    // Guided mode swaps the bottom bar for the docent's: the free screen changes with the mode.
    scene()?.setInsets(sceneInsets(store.state.settings));
  });
  let reach = store.state.settings.reach;
  store.watch(['settings'], (state) => {
    scene()?.setTextScale(state.settings.textScale);
    scene()?.setInsets(sceneInsets(state.settings));
    // Reach mode halves the free screen: the same place in time, fitted again into what is left.
    if (state.settings.reach !== reach) scene()?.refit();
    reach = state.settings.reach;
  });
  window.addEventListener('resize', () => scene()?.setInsets(sceneInsets(store.state.settings)));
}

/** The loop's own events: gsap on its clock, a lost and a restored context, the first frame drawn. */
function connectLoop(loop: RenderLoop, hooks: TimelineViewHooks, onTick: () => void, signals: { setDrawn(drawn: boolean): void; firstFrame(): void }): void {
  // gsap runs off the same loop as the renderer: one clock, and no second requestAnimationFrame.
  gsap.ticker.remove(gsap.updateRoot);
  loop.addTicker(() => {
    gsap.updateRoot(performance.now() / 1000);
    onTick();
    return false;
  });
  loop.events.on('contextLost', () => {
    signals.setDrawn(false);
    hooks.showNotice('webglLostNotice');
  });
  loop.events.on('contextRestored', () => hooks.showNotice(null));
  // Cards count as back once a frame has really been drawn into the restored context.
  loop.events.on('frameRendered', () => signals.setDrawn(true));
  // The browser gave up on WebGL for this page: a fresh load lands on the attract screen.
  loop.events.on('contextUnrecoverable', () => window.location.reload());
  const stopWaitingForFirstFrame = loop.events.on('frameRendered', () => {
    stopWaitingForFirstFrame();
    // Any benchmark can read when the first frame with content was drawn.
    performance.mark('bench:ready');
    signals.firstFrame();
  });
}

/** Puts the stage into the root and, where WebGL works, a render loop on it; drawing waits for start(). */
export function wireTimeline(options: TimelineWiringOptions): TimelineWiring {
  const { content, store, isEvent, onTick } = options;
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  const stage = createElement('div', { className: 'stage' });
  options.root.append(stage);
  let renderLoop: RenderLoop | null = null;
  try {
    renderLoop = new RenderLoop(stage);
  } catch (error) {
    console.warn('The 3D timeline cannot start on this screen; showing the event list instead.', error);
  }
  const director = renderLoop ? new SceneDirector(renderLoop) : null;
  let scene: TimelineScene | null = null;
  let views: TimelineViewHooks | null = null;
  /** While the context is lost nothing is drawn: the automation then reports no cards on screen. */
  let drawn = true;

  const showTimeline = async (): Promise<void> => {
    if (!director) return;
    const shown = await director.show(() => new TimelineScene({
      content,
      language: store.state.language,
      reducedMotion: options.prefersReducedMotion,
      onViewChanged: (centreYear) => views?.markYear(centreYear),
    }));
    if (!shown) return;
    scene = shown;
    shown.setInsets(sceneInsets(store.state.settings));
    shown.setTextScale(store.state.settings.textScale);
    shown.setAttractMode(store.state.mode === 'attract');
    // Behind a panel the corridor rests, dimmed.
    shown.setDimmed(store.state.mode === 'panel');
    if (store.state.focused && isEvent(store.state.focused)) shown.setFocused(store.state.focused, views?.coveredWidthCssPixels() ?? 0);
    if (store.state.cursor && isEvent(store.state.cursor)) shown.setCursor(store.state.cursor);
  };


  const start = (hooks: TimelineViewHooks): void => {
    views = hooks;
    sceneFollowsState(store, () => scene, isEvent, hooks);
    const loop = renderLoop;
    const showWithoutTimeline = (): void => {
      hooks.showWithoutTimeline();
      resolveReady();
      window.setInterval(onTick, FALLBACK_TICK_MILLISECONDS);
    };
    if (!loop) {
      showWithoutTimeline();
      return;
    }
    connectLoop(loop, hooks, onTick, {
      setDrawn: (isDrawn) => {
        drawn = isDrawn;
      },
      firstFrame: resolveReady,
    });
    connectGestures(loop.canvas, store, () => scene);
    void showTimeline()
      .then(() => loop.start())
      .catch((error: unknown) => {
        console.warn('The timeline could not be built; showing the event list instead.', error);
        showWithoutTimeline();
      });
  };

  const leaveTimeline = (): void => {
    scene = null;
    director?.clear();
    renderLoop?.requestRender();
  };
  const renderStats = (): RenderStats => renderStatsOf(renderLoop, scene);
  const screenPointOf = (id: string): ScreenPoint | null => (isEvent(id) ? scene?.screenPointOf(id) ?? null : panelButtonCentre(id));

  return {
    ready,
    tickCount: () => renderLoop?.tickCount ?? null,
    renderStats,
    graphicsLost: () => renderLoop?.isContextLost ?? false,
    flyToYear: (year) => scene?.flyToYear(year),
    showHome: () => scene?.showHome(),
    start,
    automation: (debugEnabled) => ({
      ready,
      screenPointOf,
      renderStats,
      itemsOnScreen: () => (drawn ? scene?.itemsOnScreen() ?? [] : []),
      trackLabelsOnScreen: () => scene?.trackLabelsOnScreen() ?? [],
      viewAtRest: () => scene?.viewAtRest() ?? false,
      debug: debugEnabled ? { rebuildTimeline: showTimeline, leaveTimeline } : null,
    }),
  };
}
