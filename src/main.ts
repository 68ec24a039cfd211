/**
 * The composition root: builds every subsystem once and connects them. State changes are actions
 * (app/kioskActions.ts) dispatched to one store; every side effect follows the state from its own
 * module. Nothing else reaches for globals; `window.kiosk` is only read by tests and diagnostics.
 */
import { contentBundle as content, derivedInterfaceText, serviceWorkerBuilt } from 'virtual:kiosk-content';
import { kioskFontFaces } from 'virtual:kiosk-fonts';
import { spokenPromptsUrl } from 'virtual:kiosk-prompts';
import { diagnosticsSampler } from './app/diagnosticsSampler.ts';
import { afterFirstPaint } from './app/firstPaint.ts';
import { guidedTourController } from './app/GuidedTourController.ts';
import { watchForIdleVisitors } from './app/idleWatch.ts';
import { initialKioskState, kioskActionContext, type KioskAction } from './app/kioskActions.ts';
import { startKioskHealth } from './app/kioskHealth.ts';
import { isKioskIdle, KioskStore } from './app/KioskState.ts';
import { buildKioskViews } from './app/kioskViews.ts';
import { followNarration, narrationsById } from './app/narrationFollower.ts';
import { StaffLog } from './app/StaffLog.ts';
import { followVisitorStatistics } from './app/statisticsFollower.ts';
import { wireTimeline } from './app/timelineWiring.ts';
import { followUpdatesAtIdle } from './app/updatesAtIdle.ts';
import { VisitorStatistics } from './app/VisitorStatistics.ts';
import { NarrationOnDemand } from './audio/NarrationOnDemand.ts';
import { publishAutomation } from './automation/kioskAutomation.ts';
import { hardenPage } from './input/pageHardening.ts';
import { listenToPresenterClicker } from './input/PresenterClicker.ts';
import { useDerivedInterfaceText } from './i18n/interfaceText.ts';
import { listenToKeypad } from './keypad/keypadListener.ts';
import { OfflineService } from './offline/OfflineService.ts';
import { wireGallery } from './gallery/galleryWiring.ts';
import { pairingTimingFrom } from './gallery/pairingTiming.ts';
import { releaseInfo } from './gallery/releaseInfo.ts';
import { installFonts } from './ui/installFonts.ts';
import './styles.css';

// Words of a derived language (繁體中文) come from the build: registered before any view is drawn.
for (const [language, table] of Object.entries(derivedInterfaceText)) useDerivedInterfaceText(language, table);
// The kiosk's own faces and the stylesheet's font stacks (the CSP allows no inline styles).
installFonts(kioskFontFaces, content.settings.languages, document.documentElement);
const root = document.getElementById('kiosk-root');
if (!root) throw new Error('index.html must contain <div id="kiosk-root">');
const searchParameters = new URLSearchParams(window.location.search);
/** `?debug=1` adds test and benchmark hooks to window.kiosk; the kiosk launcher never sets it. */
const debugEnabled = searchParameters.get('debug') === '1';
const reducedMotionQuery = window.matchMedia('(prefers-reduced-motion: reduce)');
const { settings } = content;

const context = kioskActionContext(content);
const store = new KioskStore(initialKioskState(content), context);
const dispatch = (action: KioskAction): void => store.dispatch(action);

const staffLog = new StaffLog();
const statistics = new VisitorStatistics((message) => staffLog.record('statistics', message));
followVisitorStatistics(store, statistics, context.isEvent);
const narrationService = new NarrationOnDemand({
  volumeCap: settings.audio.volumeCap,
  staffLog,
  onChange: (narration) => dispatch({ type: 'narrationChanged', narration }),
});
// A visitor who wakes the kiosk will open something next: its narration is fetched now, not then.
store.watch(['mode'], (state) => {
  if (state.mode !== 'attract') void narrationService.load();
});
const narration = followNarration(store, narrationService, narrationsById(content));
const guidedTour = guidedTourController(store, narration, content.tours);

const release = releaseInfo(window.localStorage, content.version);
const offline = new OfflineService({
  serviceWorkerUrl: serviceWorkerBuilt ? `${import.meta.env.BASE_URL}serviceWorker.js` : null,
  updateCheckMinutes: settings.updates.checkEveryMinutes,
  staffLog,
  onChange: (state) => dispatch({ type: 'offlineChanged', offline: state }),
  isIdle: () => isKioskIdle(store.state),
});
followUpdatesAtIdle(store, offline);
// Offline, the service worker answers these itself (src/offline/serviceWorker.ts): no failed request.
void release.refresh();

const idleMonitors = watchForIdleVisitors(store, settings, document);
hardenPage(document);
listenToPresenterClicker(document, () => store.state.mode === 'guided', {
  next: () => guidedTour.next(),
  previous: () => guidedTour.previous(),
  blank: () => dispatch({ type: 'toggleBlank' }),
});

// The timeline: the render loop, the scene, gestures and what window.kiosk reads from them.
const timeline = wireTimeline({
  content,
  store,
  root,
  isEvent: context.isEvent,
  prefersReducedMotion: () => settings.motion.reducedMotion === 'always' || (settings.motion.reducedMotion === 'auto' && reducedMotionQuery.matches),
  onTick: () => narrationService.tick(),
});
const diagnosticsSnapshot = diagnosticsSampler({
  contentVersion: content.version,
  release: () => release.current(),
  offline: () => store.state.offline,
  tickCount: () => timeline.tickCount() ?? 0,
  renderStats: () => timeline.renderStats(),
  graphicsLost: () => timeline.graphicsLost(),
  isPageVisible: () => document.visibilityState === 'visible',
  visitsToday: () => statistics.visitsToday(),
  staffLog,
});
const gallery = wireGallery({
  store,
  languages: settings.languages,
  guidedTour,
  toggleNarration: () => narrationService.toggle(),
  offline,
  statistics,
  snapshot: diagnosticsSnapshot,
  storage: window.localStorage,
  location: window.location,
  reload: () => window.location.reload(),
  // A docent pressing the tablet is as present as one touching the screen.
  noteActivity: () => {
    for (const monitor of idleMonitors) monitor.noteInteraction();
  },
  timing: { silenceSeconds: settings.docent.silenceEndsTourMinutes * 60, ...(debugEnabled ? pairingTimingFrom(searchParameters) : {}) },
});
const views = buildKioskViews({
  content,
  store,
  root,
  narrationService,
  guidedTour,
  timeline,
  diagnostics: { ...gallery, snapshot: diagnosticsSnapshot },
});
timeline.start(views);

const keypad = listenToKeypad({
  content,
  store,
  promptsUrl: spokenPromptsUrl,
  staffLog,
  page: document,
  sheetControls: () => views.keypadControls(),
  toggleNarration: () => narrationService.toggle(),
  goHome: () => {
    dispatch({ type: 'home' });
    timeline.showHome();
  },
});

// The offline copy downloads once the first frame is painted: its hundred-odd requests would
// otherwise compete with that frame for the kiosk's CPU on a cold start.
void timeline.ready.then(afterFirstPaint).then(() => offline.start());

startKioskHealth({
  staffLog,
  errors: window,
  renderTickCount: () => timeline.tickCount(),
  isPageVisible: () => document.visibilityState === 'visible',
  isIdle: () => isKioskIdle(store.state),
  dailyReloadHour: settings.maintenance.dailyReloadHour,
  reload: () => window.location.reload(),
  resetToAttract: () => dispatch({ type: 'resetToAttract' }),
});

// `?open=<id>` (from the staff preview and the studio) starts a visit at that event or panel,
// in the language `?lang=` names when it is one of the kiosk's.
const openOnStart = searchParameters.get('open');
const languageOnStart = searchParameters.get('lang');
if (openOnStart && (context.isEvent(openOnStart) || context.isPanel(openOnStart))) {
  void timeline.ready.then(() => {
    if (languageOnStart && settings.languages.includes(languageOnStart)) dispatch({ type: 'wake', language: languageOnStart });
    dispatch(context.isEvent(openOnStart) ? { type: 'openEvent', eventId: openOnStart } : { type: 'openPanel', panelId: openOnStart });
  });
}

const timelineAutomation = timeline.automation(debugEnabled);
publishAutomation({
  ...timelineAutomation,
  state: () => structuredClone(store.state),
  audioResources: () => ({ howls: narrationService.liveHowlCount(), promptSprites: keypad.liveSpriteCount(), audioElements: document.querySelectorAll('audio').length }),
  staffLog: () => staffLog.list(),
  // Tests drive many visits through the same actions a tap dispatches, without a round trip per tap.
  debug: timelineAutomation.debug
    ? {
        ...timelineAutomation.debug,
        openItem: (id) => {
          if (context.isEvent(id)) dispatch({ type: 'openEvent', eventId: id });
          else if (context.isPanel(id)) dispatch({ type: 'openPanel', panelId: id });
          else throw new Error(`No event or panel has the id ${id}`);
        },
        back: () => dispatch({ type: 'back' }),
        onStateChanged: (listener) => store.events.on('stateChanged', ({ state }) => listener(structuredClone(state))),
      }
    : null,
});
