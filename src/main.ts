/**
 * The composition root: builds every subsystem once and passes each what it needs. Nothing else
 * reaches for globals; `window.kiosk` is published here and only read by tests and diagnostics.
 */
import { gsap } from 'gsap';
import { contentBundle, contentProblems } from 'virtual:kiosk-content';
import { TimelineScene } from '../scenes/timeline/TimelineScene.ts';
import { IdleMonitor } from './app/IdleMonitor.ts';
import { KioskStore, type KioskState } from './app/KioskState.ts';
import { StaffLog } from './app/StaffLog.ts';
import { NarrationService } from './audio/NarrationService.ts';
import { publishAutomation } from './automation/kioskAutomation.ts';
import { TouchGestures } from './input/TouchGestures.ts';
import { OfflineService } from './offline/OfflineService.ts';
import { RenderLoop } from './render/RenderLoop.ts';
import { SceneDirector } from './scene/SceneDirector.ts';
import { AttractView } from './ui/AttractView.ts';
import { BottomBar } from './ui/BottomBar.ts';
import { createElement } from './ui/dom.ts';
import { EventList } from './ui/EventList.ts';
import { IdleWarningView } from './ui/IdleWarningView.ts';
import { contentProblemsOverlay, NoticeView } from './ui/NoticeView.ts';
import { SheetView } from './ui/SheetView.ts';
import { YearStrip } from './ui/YearStrip.ts';
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
/** `?debug=1` adds test and benchmark hooks to window.kiosk; the kiosk launcher never sets it. */
const debugEnabled = new URLSearchParams(window.location.search).get('debug') === '1';

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
});

const eventIds = new Set(content.events.map((event) => event.id));
const panelIds = new Set(content.panelGroups.flatMap((group) => group.panels.map((panel) => panel.id)));
const narrationsById = new Map([
  ...content.events.map((event) => [event.id, event.narration] as const),
  ...content.panelGroups.flatMap((group) => group.panels.map((panel) => [panel.id, panel.narration] as const)),
]);

const staffLog = new StaffLog();
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

function focusEvent(eventId: string | null): void {
  store.update({ mode: 'explore', focused: eventId, openGroup: null });
}

function openPanel(panelId: string): void {
  const groupId = panelId.split('/')[0] ?? null;
  store.update({ mode: 'panel', focused: panelId, openGroup: groupId });
}

function closeSheet(): void {
  const { focused, openGroup } = store.state;
  // From a panel, Back returns to its group's list; from anything else, to the timeline.
  if (focused !== null && panelIds.has(focused) && openGroup !== null) store.update({ focused: null });
  else store.update({ mode: 'explore', focused: null, openGroup: null });
}

/** Back to the invitation: silence, the default language, every sheet closed. */
function resetToAttract(): void {
  narrationService.close();
  store.update({ mode: 'attract', language: content.settings.defaultLanguage, focused: null, openGroup: null, idleCountdownSeconds: null });
}

const offline = new OfflineService({
  serviceWorkerUrl: `${import.meta.env.BASE_URL}serviceWorker.js`,
  updateCheckMinutes: content.settings.updates.checkEveryMinutes,
  staffLog,
  onChange: (state) => store.update({ offline: state }),
  isIdle: () => store.state.mode === 'attract' && store.state.narration === null,
});

const idleMonitor = new IdleMonitor(content.settings.idle, {
  isVisitInProgress: () => store.state.mode === 'explore' || store.state.mode === 'panel',
  isNarrationPlaying: () => store.state.narration?.playing ?? false,
  onCountdown: (secondsLeft) => store.update({ idleCountdownSeconds: secondsLeft }),
  onIdleReset: resetToAttract,
});
for (const type of ['pointerdown', 'keydown'] as const) {
  document.addEventListener(type, () => idleMonitor.noteInteraction(), { capture: true });
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
root.append(stage, eventList.element, yearStrip.element, sheet.element, bottomBar.element, attractView.element, idleWarning.element, notice.element);
const problemsOverlay = contentProblemsOverlay(contentProblems, store.state.language);
if (problemsOverlay) root.append(problemsOverlay);

function renderViews(state: KioskState): void {
  document.documentElement.lang = state.language;
  bottomBar.render(state);
  eventList.render(state);
  sheet.render(state);
  yearStrip.setLanguage(state.language);
  notice.setLanguage(state.language);
  attractView.setVisible(state.mode === 'attract');
  idleWarning.render(state.idleCountdownSeconds, state.language);
  root?.setAttribute('data-mode', state.mode);
}

store.events.on('stateChanged', ({ state, previous }) => {
  if (state.focused !== previous.focused || state.language !== previous.language) syncNarration(state);
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
  renderStats: () => {
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
  },
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
