/**
 * The composition root: builds every subsystem once and passes each what it needs. Nothing else
 * reaches for globals; `window.kiosk` is published here and only read by tests and diagnostics.
 */
import { gsap } from 'gsap';
import { contentBundle, contentProblems } from 'virtual:kiosk-content';
import { TimelineScene } from '../scenes/timeline/TimelineScene.ts';
import { KioskStore, type KioskState } from './app/KioskState.ts';
import { publishAutomation } from './automation/kioskAutomation.ts';
import { TouchGestures } from './input/TouchGestures.ts';
import { RenderLoop } from './render/RenderLoop.ts';
import { BottomBar } from './ui/BottomBar.ts';
import { createElement } from './ui/dom.ts';
import { EventList } from './ui/EventList.ts';
import { contentProblemsOverlay, NoticeView } from './ui/NoticeView.ts';
import { SheetView } from './ui/SheetView.ts';
import './styles.css';

const content = contentBundle;
const root = document.getElementById('kiosk');
if (!root) throw new Error('index.html must contain <div id="kiosk">');

const reducedMotionQuery = window.matchMedia('(prefers-reduced-motion: reduce)');
const prefersReducedMotion = (): boolean => {
  const setting = content.settings.motion.reducedMotion;
  return setting === 'always' || (setting === 'auto' && reducedMotionQuery.matches);
};

const store = new KioskStore({
  mode: 'explore',
  language: content.settings.defaultLanguage,
  focused: null,
  openGroup: null,
  narration: null,
  contentVersion: content.version,
});

const eventIds = new Set(content.events.map((event) => event.id));
const panelIds = new Set(content.panelGroups.flatMap((group) => group.panels.map((panel) => panel.id)));

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

const stage = createElement('div', { className: 'stage' });
const notice = new NoticeView();
const eventList = new EventList(content, (eventId) => focusEvent(eventId));
const sheet = new SheetView(content, { close: closeSheet, focusEvent, openPanel });
const bottomBar = new BottomBar(content, {
  goHome: () => {
    store.update({ mode: 'explore', focused: null, openGroup: null });
    timeline?.showHome();
  },
  openGroup: (groupId) => store.update({ mode: 'panel', focused: null, openGroup: groupId }),
  switchLanguage: () => store.update({ language: bottomBar.nextLanguage(store.state.language) }),
});
root.append(stage, eventList.element, sheet.element, bottomBar.element, notice.element);
const problemsOverlay = contentProblemsOverlay(contentProblems, store.state.language);
if (problemsOverlay) root.append(problemsOverlay);

let renderLoop: RenderLoop | null = null;
let timeline: TimelineScene | null = null;
try {
  renderLoop = new RenderLoop(stage);
} catch (error) {
  console.error('The 3D timeline cannot start on this screen; showing the event list instead.', error);
  eventList.setVisible(true);
  notice.show('noWebglNotice');
}

function renderViews(state: KioskState): void {
  document.documentElement.lang = state.language;
  bottomBar.render(state);
  eventList.render(state);
  sheet.render(state);
  notice.setLanguage(state.language);
  root?.setAttribute('data-mode', state.mode);
}

store.events.on('stateChanged', ({ state, previous }) => {
  renderViews(state);
  if (timeline && state.language !== previous.language) timeline.setLanguage(state.language);
  if (timeline && state.focused !== previous.focused && (state.focused === null || eventIds.has(state.focused))) {
    timeline.setFocused(state.focused, state.focused === null ? 0 : sheet.coveredWidthCssPixels());
  }
  renderLoop?.requestRender();
});
renderViews(store.state);

let resolveReady: () => void = () => undefined;
const ready = new Promise<void>((resolve) => {
  resolveReady = resolve;
});

if (renderLoop) {
  const loop = renderLoop;
  // gsap runs off the same loop as the renderer: one clock, and no second requestAnimationFrame.
  gsap.ticker.remove(gsap.updateRoot);
  loop.addTicker(() => {
    gsap.updateRoot(performance.now() / 1000);
    return false;
  });
  loop.events.on('contextLost', () => notice.show('webglLostNotice'));
  loop.events.on('contextRestored', () => notice.show(null));

  const scene = new TimelineScene({ content, language: store.state.language, reducedMotion: prefersReducedMotion });
  timeline = scene;
  const gestures = new TouchGestures(loop.canvas);
  gestures.events.on('dragged', ({ deltaXCssPixels }) => {
    scene.panByCssPixels(deltaXCssPixels);
    loop.requestRender();
  });
  gestures.events.on('tapped', ({ xCssPixels, yCssPixels }) => {
    const eventId = scene.eventAtScreenPoint(xCssPixels, yCssPixels);
    if (eventId) focusEvent(eventId);
  });
  const stopWaitingForFirstFrame = loop.events.on('frameRendered', () => {
    stopWaitingForFirstFrame();
    resolveReady();
  });
  void scene.load().then(() => {
    scene.enter(loop.size);
    loop.setScene(scene);
    loop.start();
  }).catch((error: unknown) => {
    console.error('The timeline could not be built; showing the event list instead.', error);
    eventList.setVisible(true);
    notice.show('noWebglNotice');
    resolveReady();
  });
} else {
  resolveReady();
}

publishAutomation({
  ready,
  state: () => ({ ...store.state, narration: store.state.narration ? { ...store.state.narration } : null }),
  screenPointOf: (id) => {
    if (eventIds.has(id)) return timeline?.screenPointOf(id) ?? null;
    const button = document.querySelector<HTMLElement>(`[data-panel-id="${CSS.escape(id)}"]`);
    if (!button || button.offsetParent === null) return null;
    const bounds = button.getBoundingClientRect();
    return { x: bounds.left + bounds.width / 2, y: bounds.top + bounds.height / 2 };
  },
});
