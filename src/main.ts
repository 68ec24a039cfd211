/**
 * The composition root: builds every subsystem once and passes each what it needs. Nothing else
 * reaches for globals; `window.kiosk` is published here and only read by tests and diagnostics.
 */
import { gsap } from 'gsap';
import { contentBundle, contentProblems, serviceWorkerBuilt, staffLanguage } from 'virtual:kiosk-content';
import { TimelineScene } from '../scenes/timeline/TimelineScene.ts';
import { GuidedTourController } from './app/GuidedTourController.ts';
import { IdleMonitor } from './app/IdleMonitor.ts';
import { KioskStore, type KioskState } from './app/KioskState.ts';
import { PinGate } from './app/StaffAccess.ts';
import { StaffLog } from './app/StaffLog.ts';
import { VisitorStatistics } from './app/VisitorStatistics.ts';
import { NarrationService } from './audio/NarrationService.ts';
import { publishAutomation } from './automation/kioskAutomation.ts';
import { CornerLongPress } from './input/CornerLongPress.ts';
import { TouchGestures } from './input/TouchGestures.ts';
import { OfflineService } from './offline/OfflineService.ts';
import { RenderLoop } from './render/RenderLoop.ts';
import { SceneDirector } from './scene/SceneDirector.ts';
import { AttractView } from './ui/AttractView.ts';
import { BottomBar } from './ui/BottomBar.ts';
import { DiagnosticsView } from './ui/DiagnosticsView.ts';
import { DocentBarView, TourChooserView } from './ui/DocentViews.ts';
import { createElement } from './ui/dom.ts';
import { EventList } from './ui/EventList.ts';
import { IdleWarningView } from './ui/IdleWarningView.ts';
import { contentProblemsOverlay, NoticeView } from './ui/NoticeView.ts';
import { PinPadView } from './ui/PinPadView.ts';
import { SheetView } from './ui/SheetView.ts';
import { YearStrip } from './ui/YearStrip.ts';
import { interfaceText } from './i18n/interfaceText.ts';
import { kioskFontFaces } from 'virtual:kiosk-fonts';
import './styles.css';

const content = contentBundle;
// The kiosk's own font, added through the FontFace API: the strict CSP allows no inline styles.
for (const face of kioskFontFaces) {
  const fontFace = new FontFace(face.family, `url("${face.url}") format("woff2")`, { weight: String(face.weight), display: 'block' });
  document.fonts.add(fontFace);
  void fontFace.load().catch((error: unknown) => console.warn(`The font ${face.url} could not be loaded; using the system font.`, error));
}
const root = document.getElementById('kiosk');
if (!root) throw new Error('index.html must contain <div id="kiosk">');
const searchParameters = new URLSearchParams(window.location.search);
/** `?debug=1` adds test and benchmark hooks to window.kiosk; the kiosk launcher never sets it. */
const debugEnabled = searchParameters.get('debug') === '1';

const reducedMotionQuery = window.matchMedia('(prefers-reduced-motion: reduce)');
const prefersReducedMotion = (): boolean => {
  const setting = content.settings.motion.reducedMotion;
  return setting === 'always' || (setting === 'auto' && reducedMotionQuery.matches);
};

const store = new KioskStore({
  mode: 'attract',
  language: content.settings.defaultLanguage,
  focused: null,
  openGroup: null,
  narration: null,
  contentVersion: content.version,
  idleCountdownSeconds: null,
  offline: null,
  guided: null,
});

const eventIds = new Set(content.events.map((event) => event.id));
const panelIds = new Set(content.panelGroups.flatMap((group) => group.panels.map((panel) => panel.id)));
const narrationsById = new Map([
  ...content.events.map((event) => [event.id, event.narration] as const),
  ...content.panelGroups.flatMap((group) => group.panels.map((panel) => [panel.id, panel.narration] as const)),
]);

const staffLog = new StaffLog();
const statistics = new VisitorStatistics((message) => staffLog.record('statistics', message));
const narrationService = new NarrationService({
  volumeCap: content.settings.audio.volumeCap,
  staffLog,
  onChange: (narration) => store.update({ narration }),
});

/** The open item's narration follows the focus and the language; everything else is silent. */
function syncNarration(state: KioskState): void {
  const narration = state.focused ? narrationsById.get(state.focused) ?? null : null;
  if (state.focused && narration) narrationService.open(state.focused, narration, state.language);
  else narrationService.close();
}

/** The mode a visitor's own choice leads to; a docent's tour stays a tour whatever is opened. */
function visitorMode(mode: 'explore' | 'panel'): 'explore' | 'panel' | 'guided' {
  return store.state.mode === 'guided' ? 'guided' : mode;
}

function focusEvent(eventId: string | null): void {
  store.update({ mode: visitorMode('explore'), focused: eventId, openGroup: null });
}

function openPanel(panelId: string): void {
  const groupId = panelId.split('/')[0] ?? null;
  store.update({ mode: visitorMode('panel'), focused: panelId, openGroup: groupId });
}

function closeSheet(): void {
  const { focused, openGroup } = store.state;
  // From a panel, Back returns to its group's list; from anything else, to the timeline.
  if (focused !== null && panelIds.has(focused) && openGroup !== null) store.update({ focused: null });
  else store.update({ mode: visitorMode('explore'), focused: null, openGroup: null });
}

/** Back to the invitation: silence, the default language, every sheet closed, any tour ended. */
function resetToAttract(): void {
  narrationService.setMuted(false);
  narrationService.close();
  store.update({ mode: 'attract', language: content.settings.defaultLanguage, focused: null, openGroup: null, idleCountdownSeconds: null, guided: null });
}

const guidedTour = new GuidedTourController(store, narrationService, content.tours, (id) => eventIds.has(id), resetToAttract);

const offline = new OfflineService({
  serviceWorkerUrl: serviceWorkerBuilt ? `${import.meta.env.BASE_URL}serviceWorker.js` : null,
  updateCheckMinutes: content.settings.updates.checkEveryMinutes,
  staffLog,
  onChange: (state) => store.update({ offline: state }),
  isIdle: () => store.state.mode === 'attract' && store.state.narration === null,
});

const idleMonitor = new IdleMonitor(content.settings.idle, {
  isVisitInProgress: () => store.state.mode === 'explore' || store.state.mode === 'panel' || store.state.mode === 'diagnostics',
  isNarrationPlaying: () => store.state.narration?.playing ?? false,
  onCountdown: (secondsLeft) => store.update({ idleCountdownSeconds: secondsLeft }),
  onIdleReset: resetToAttract,
});
// A tour suspends the visitor's idle reset, but a tour left untouched ends by itself.
const tourSilenceMonitor = new IdleMonitor(
  { warningAfterSeconds: content.settings.docent.silenceEndsTourMinutes * 60, countdownSeconds: content.settings.idle.countdownSeconds, narrationHoldCapSeconds: 0 },
  {
    isVisitInProgress: () => store.state.mode === 'guided',
    isNarrationPlaying: () => false,
    onCountdown: (secondsLeft) => store.update({ idleCountdownSeconds: secondsLeft }),
    onIdleReset: resetToAttract,
  },
);
for (const type of ['pointerdown', 'keydown'] as const) {
  document.addEventListener(type, () => {
    idleMonitor.noteInteraction();
    tourSilenceMonitor.noteInteraction();
  }, { capture: true });
}

// A presenter clicker sends page and arrow keys; B and the full stop blank the screen.
document.addEventListener('keydown', (event) => {
  if (store.state.mode !== 'guided' || event.ctrlKey || event.metaKey || event.altKey) return;
  const handled = ((): boolean => {
    switch (event.key) {
      case 'PageDown': case 'ArrowRight': case 'ArrowDown': guidedTour.next(); return true;
      case 'PageUp': case 'ArrowLeft': case 'ArrowUp': guidedTour.previous(); return true;
      case 'b': case 'B': case '.': guidedTour.toggleBlank(); return true;
      default: return false;
    }
  })();
  if (handled) event.preventDefault();
});

// Hardening: a kiosk page never zooms, never shows a long-press menu, never drags an image away.
// touch-action in the stylesheet stops touch zoom and scrolling; these cover the rest.
for (const type of ['contextmenu', 'dragstart', 'selectstart', 'gesturestart'] as const) {
  document.addEventListener(type, (event) => event.preventDefault(), { capture: true });
}
document.addEventListener('wheel', (event) => {
  if (event.ctrlKey) event.preventDefault();
}, { passive: false, capture: true });
document.addEventListener('keydown', (event) => {
  if ((event.ctrlKey || event.metaKey) && ['+', '-', '=', '0'].includes(event.key)) event.preventDefault();
}, { capture: true });

/** What visitors did, counted per day on the device (nothing that identifies anyone). */
function recordStatistics(state: KioskState, previous: KioskState): void {
  const visiting = (mode: string): boolean => mode === 'explore' || mode === 'panel';
  if (visiting(state.mode) && previous.mode === 'attract') statistics.record('visit');
  if (state.focused && state.focused !== previous.focused) statistics.record(eventIds.has(state.focused) ? 'event-opened' : 'panel-opened', state.focused);
  if (state.language !== previous.language && visiting(state.mode)) statistics.record('language-chosen', state.language);
  const narration = state.narration;
  const before = previous.narration?.id === narration?.id ? previous.narration : null;
  if (narration?.status === 'playing' && (before?.status === 'ready' || before === null)) statistics.record('narration-started', narration.id);
  if (narration?.status === 'ended' && before?.status !== 'ended') statistics.record('narration-finished', narration.id);
}

let timeline: TimelineScene | null = null;
const stage = createElement('div', { className: 'stage' });
const notice = new NoticeView();
const eventList = new EventList(content, (eventId) => focusEvent(eventId));
const yearStrip = new YearStrip(content, (year) => timeline?.flyToYear(year));
const sheet = new SheetView(content, narrationService, { close: closeSheet, focusEvent, openPanel });
const bottomBar = new BottomBar(content, {
  goHome: () => {
    store.update({ mode: 'explore', focused: null, openGroup: null });
    timeline?.showHome();
  },
  openGroup: (groupId) => store.update({ mode: 'panel', focused: null, openGroup: groupId }),
  switchLanguage: () => store.update({ language: bottomBar.nextLanguage(store.state.language) }),
});
const attractView = new AttractView(content.settings.languages, () => store.update({ mode: 'explore' }));
const idleWarning = new IdleWarningView();
const pinPad = new PinPadView();
const staffPin = new PinGate(content.settings.staff.pinSha256);
const diagnostics = new DiagnosticsView({
  snapshot: () => diagnosticsSnapshot(),
  reload: () => window.location.reload(),
  checkForUpdate: () => void offline.checkForUpdate(),
  exportStatistics: () => void exportStatistics(),
  close: () => resetToAttract(),
});
const docentPin = new PinGate(content.settings.docent.pinSha256);
const tourChooser = new TourChooserView(content.tours, (tourId) => guidedTour.start(tourId));
const docentBar = new DocentBarView(content, {
  previous: () => guidedTour.previous(),
  next: () => guidedTour.next(),
  goTo: (stopIndex) => guidedTour.goTo(stopIndex),
  toggleNarration: () => guidedTour.toggleNarration(),
  setMuted: (muted) => guidedTour.setMuted(muted),
  setCaptionsShown: (shown) => guidedTour.setCaptionsShown(shown),
  setTalkingPointsShown: (shown) => guidedTour.setTalkingPointsShown(shown),
  switchLanguage: () => store.update({ language: bottomBar.nextLanguage(store.state.language) }),
  end: () => guidedTour.end(),
}, (language) => bottomBar.nextLanguage(language));
const docentCorner = new CornerLongPress('top-right', () => {
  if (pinPad.isOpen || diagnostics.isOpen || store.state.mode === 'guided' || content.tours.length === 0) return;
  pinPad.open({
    title: interfaceText(store.state.language, 'docentPinTitle'),
    language: store.state.language,
    submit: (pin) => docentPin.check(pin),
    onAccepted: () => tourChooser.open(store.state.language),
  });
});
const staffCorner = new CornerLongPress('top-left', () => {
  if (pinPad.isOpen || diagnostics.isOpen) return;
  pinPad.open({
    title: interfaceText(store.state.language, 'staffPinTitle'),
    language: store.state.language,
    submit: (pin) => staffPin.check(pin),
    onAccepted: () => {
      narrationService.close();
      store.update({ mode: 'diagnostics', focused: null, openGroup: null });
    },
  });
});
root.append(
  stage, eventList.element, yearStrip.element, sheet.element, bottomBar.element, docentBar.drawer, docentBar.element, docentBar.badge,
  attractView.element, docentBar.blank, idleWarning.element, diagnostics.element, tourChooser.element, pinPad.element,
  staffCorner.element, docentCorner.element, notice.element,
);

async function exportStatistics(): Promise<void> {
  const csv = await statistics.exportCsv();
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = createElement('a', { attributes: { href: url, download: `culture-corridor-statistics-${new Date().toISOString().slice(0, 10)}.csv` } });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
const problemsOverlay = contentProblemsOverlay(contentProblems, staffLanguage);
if (problemsOverlay) root.append(problemsOverlay);

function renderViews(state: KioskState): void {
  document.documentElement.lang = state.language;
  bottomBar.render(state);
  eventList.render(state);
  sheet.render(state);
  yearStrip.setLanguage(state.language);
  notice.setLanguage(state.language);
  attractView.setVisible(state.mode === 'attract');
  docentBar.render(state);
  root?.setAttribute('data-captions', state.guided?.captionsShown === false ? 'off' : 'on');
  if (state.mode === 'diagnostics' && !diagnostics.isOpen) diagnostics.open(state.language);
  if (state.mode !== 'diagnostics' && diagnostics.isOpen) diagnostics.close();
  idleWarning.render(state.idleCountdownSeconds, state.language);
  root?.setAttribute('data-mode', state.mode);
}

store.events.on('stateChanged', ({ state, previous }) => {
  if (state.focused !== previous.focused || state.language !== previous.language) syncNarration(state);
  recordStatistics(state, previous);
  renderViews(store.state);
  if (timeline && state.language !== previous.language) timeline.setLanguage(state.language);
  if (timeline && state.focused !== previous.focused && (state.focused === null || eventIds.has(state.focused))) {
    timeline.setFocused(state.focused, state.focused === null ? 0 : sheet.coveredWidthCssPixels());
  }
  if (state.mode !== previous.mode) {
    timeline?.setAttractMode(state.mode === 'attract');
    // Back at the invitation is the moment to look for, and to take, a new version.
    if (state.mode === 'attract') void offline.checkForUpdate().then(() => offline.applyUpdateIfIdle());
  }
  if (state.narration === null && previous.narration !== null) offline.applyUpdateIfIdle();
});
renderViews(store.state);

let renderLoop: RenderLoop | null = null;
try {
  renderLoop = new RenderLoop(stage);
} catch (error) {
  console.warn('The 3D timeline cannot start on this screen; showing the event list instead.', error);
}

let resolveReady: () => void = () => undefined;
const ready = new Promise<void>((resolve) => {
  resolveReady = resolve;
});

function showWithoutTimeline(): void {
  eventList.setVisible(true);
  yearStrip.element.hidden = true;
  notice.show('noWebglNotice');
  resolveReady();
  // Without a render loop the narration still needs its clock.
  window.setInterval(() => narrationService.tick(), 100);
}

const director = renderLoop ? new SceneDirector(renderLoop) : null;

async function showTimeline(): Promise<void> {
  if (!director) return;
  const scene = await director.show(() => new TimelineScene({
    content,
    language: store.state.language,
    reducedMotion: prefersReducedMotion,
    onViewChanged: (centreYear) => yearStrip.markYear(centreYear),
  }));
  if (!scene) return;
  timeline = scene;
  scene.setAttractMode(store.state.mode === 'attract');
  if (store.state.focused && eventIds.has(store.state.focused)) scene.setFocused(store.state.focused, sheet.coveredWidthCssPixels());
}

if (renderLoop && director) {
  const loop = renderLoop;
  // gsap runs off the same loop as the renderer: one clock, and no second requestAnimationFrame.
  gsap.ticker.remove(gsap.updateRoot);
  loop.addTicker(() => {
    gsap.updateRoot(performance.now() / 1000);
    narrationService.tick();
    return false;
  });
  loop.events.on('contextLost', () => notice.show('webglLostNotice'));
  loop.events.on('contextRestored', () => notice.show(null));

  const gestures = new TouchGestures(loop.canvas);
  gestures.events.on('touched', () => timeline?.stopMotion());
  gestures.events.on('dragged', ({ deltaXCssPixels }) => timeline?.panByCssPixels(deltaXCssPixels));
  gestures.events.on('dragEnded', ({ velocityXCssPixelsPerSecond }) => timeline?.fling(velocityXCssPixelsPerSecond));
  gestures.events.on('pinched', ({ scale, centreXCssPixels }) => timeline?.zoomBy(scale, centreXCssPixels));
  gestures.events.on('tapped', ({ xCssPixels, yCssPixels }) => {
    const eventId = timeline?.eventAtScreenPoint(xCssPixels, yCssPixels) ?? null;
    if (eventId) focusEvent(eventId);
  });
  const stopWaitingForFirstFrame = loop.events.on('frameRendered', () => {
    stopWaitingForFirstFrame();
    resolveReady();
  });
  void showTimeline()
    .then(() => loop.start())
    .catch((error: unknown) => {
      console.warn('The timeline could not be built; showing the event list instead.', error);
      showWithoutTimeline();
    });
} else {
  showWithoutTimeline();
}

void offline.start();

// Self-healing: an error nobody caught is logged for staff and the kiosk starts afresh at the
// invitation, rather than freezing half-way through a visit.
window.addEventListener('error', (event) => {
  staffLog.record('error', `${event.message} (${event.filename}:${event.lineno})`);
  resetToAttract();
});
window.addEventListener('unhandledrejection', (event) => {
  staffLog.record('error', `unhandled rejection: ${event.reason instanceof Error ? event.reason.message : String(event.reason)}`);
  resetToAttract();
});

/** A render loop that stops ticking (a hung driver, a wedged tab) reloads the kiosk at the invitation. */
const WATCHDOG_SECONDS = 15;
let lastTickSeen = -1;
let lastTickChange = Date.now();
setInterval(() => {
  if (!renderLoop || document.visibilityState !== 'visible') return;
  const ticks = renderLoop.tickCount;
  if (ticks !== lastTickSeen) {
    lastTickSeen = ticks;
    lastTickChange = Date.now();
  } else if (ticks > 0 && Date.now() - lastTickChange > WATCHDOG_SECONDS * 1000) {
    staffLog.record('watchdog', `the render loop has not run for ${WATCHDOG_SECONDS} s; reloading`);
    window.location.reload();
  }
}, 5000);

/** The optional fresh start once a day, only while nobody is using the kiosk. */
const startedOn = new Date().toDateString();
setInterval(() => {
  const hour = content.settings.maintenance.dailyReloadHour;
  const now = new Date();
  const idle = store.state.mode === 'attract' && store.state.narration === null;
  if (hour !== null && idle && now.getHours() === hour && now.toDateString() !== startedOn) window.location.reload();
}, 60_000);

let framesAtLastSample = 0;
let lastSampleTime = performance.now();
let framesPerSecond = 0;
function diagnosticsSnapshot() {
  const now = performance.now();
  const ticks = renderLoop?.tickCount ?? 0;
  if (now - lastSampleTime >= 500) {
    framesPerSecond = ((ticks - framesAtLastSample) * 1000) / (now - lastSampleTime);
    framesAtLastSample = ticks;
    lastSampleTime = now;
  }
  // performance.memory is Chromium's; elsewhere memory is simply not shown.
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return {
    appVersion: `${import.meta.env.VITE_APP_VERSION ?? 'dev'}`,
    contentVersion: content.version,
    offline: store.state.offline,
    framesPerSecond,
    render: renderStats(),
    heapMegabytes: memory && Number.isFinite(memory.usedJSHeapSize) ? memory.usedJSHeapSize / 1024 / 1024 : null,
    log: staffLog.list(),
  };
}

function renderStats() {
  const info = renderLoop?.renderer.info;
  return {
    drawCalls: info?.render.calls ?? 0,
    triangles: info?.render.triangles ?? 0,
    geometries: info?.memory.geometries ?? 0,
    textures: info?.memory.textures ?? 0,
    programs: info?.programs?.length ?? 0,
    framesRendered: renderLoop?.frameCount ?? 0,
    visibleYears: timeline?.visibleYearRange() ?? null,
    zoom: timeline?.zoomLevel ?? null,
  };
}

// `?open=<id>` (from the staff preview) starts a visit at that event or panel.
const openOnStart = searchParameters.get('open');
if (openOnStart && (eventIds.has(openOnStart) || panelIds.has(openOnStart))) {
  void ready.then(() => {
    if (eventIds.has(openOnStart)) focusEvent(openOnStart);
    else openPanel(openOnStart);
  });
}

publishAutomation({
  ready,
  state: () => structuredClone(store.state),
  screenPointOf: (id) => {
    if (eventIds.has(id)) return timeline?.screenPointOf(id) ?? null;
    const button = document.querySelector<HTMLElement>(`[data-panel-id="${CSS.escape(id)}"]`);
    if (!button || button.offsetParent === null) return null;
    const bounds = button.getBoundingClientRect();
    return { x: bounds.left + bounds.width / 2, y: bounds.top + bounds.height / 2 };
  },
  audioResources: () => ({ howls: narrationService.liveHowlCount(), audioElements: document.querySelectorAll('audio').length }),
  staffLog: () => staffLog.list(),
  renderStats,
  debug: debugEnabled
    ? {
        rebuildTimeline: () => showTimeline(),
        leaveTimeline: () => {
          timeline = null;
          director?.clear();
          renderLoop?.requestRender();
        },
      }
    : null,
});
