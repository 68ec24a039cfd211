/**
 * The DOM views, built once, connected to actions, and redrawn from the state after every change:
 * what a view's button does is an action dispatched to the store, never a write of its own.
 */
import { contentProblems, staffLanguage } from 'virtual:kiosk-content';
import type { NarrationService } from '../audio/NarrationService.ts';
import type { ContentBundle } from '../contentModel/contentTypes.ts';
import { AnnouncementView } from '../ui/AnnouncementView.ts';
import { AttractView } from '../ui/AttractView.ts';
import { BottomBar } from '../ui/BottomBar.ts';
import { DiagnosticsView, type DiagnosticsActions } from '../ui/DiagnosticsView.ts';
import { DisplaySettingsView } from '../ui/DisplaySettingsView.ts';
import { DocentBarView, TourChooserView } from '../ui/DocentViews.ts';
import { PairingView } from '../ui/PairingView.ts';
import { EventList } from '../ui/EventList.ts';
import { IdleWarningView } from '../ui/IdleWarningView.ts';
import { contentProblemsOverlay, NoticeView } from '../ui/NoticeView.ts';
import { PinPadView } from '../ui/PinPadView.ts';
import { ReachBanner } from '../ui/ReachBanner.ts';
import { SheetView } from '../ui/SheetView.ts';
import { YearStrip } from '../ui/YearStrip.ts';
import type { GuidedTourController } from './GuidedTourController.ts';
import { languageAfter, type KioskAction } from './kioskActions.ts';
import type { KioskState, KioskStore } from './KioskState.ts';
import { staffCorners } from './staffCorners.ts';
import type { TimelineViewHooks } from './timelineWiring.ts';

export interface KioskViewsOptions {
  readonly content: ContentBundle;
  readonly store: KioskStore;
  readonly root: HTMLElement;
  readonly narrationService: NarrationService;
  readonly guidedTour: GuidedTourController;
  readonly timeline: { flyToYear(year: number): void; showHome(): void };
  readonly diagnostics: Omit<DiagnosticsActions, 'close'>;
}

/**
 * The visitor's settings as the page's attributes and the text scale its styles read. Written
 * only when they change: the view renders on every state change (each narration tick), and a
 * custom property rewritten on the root restyles the whole page.
 */
function applyVisitorSettings(root: HTMLElement, state: KioskState): void {
  const { settings } = state;
  const attributes: Record<string, string> = {
    'data-captions': settings.captions && state.guided?.captionsShown !== false ? 'on' : 'off',
    'data-reach': settings.reach ? 'on' : 'off',
    'data-contrast': settings.contrast,
  };
  for (const [name, value] of Object.entries(attributes)) if (root.getAttribute(name) !== value) root.setAttribute(name, value);
  const textScale = String(settings.textScale);
  if (root.style.getPropertyValue('--text-scale') !== textScale) root.style.setProperty('--text-scale', textScale);
}

/** What the timeline and the keypad need of the views. */
export interface KioskViewHooks extends TimelineViewHooks {
  /** The open sheet's controls, in the order the keypad's up and down move through them. */
  keypadControls(): HTMLElement[];
}

/** Builds the views into the root, keeps them drawn from the state, and returns what the timeline and the keypad need of them. */
export function buildKioskViews(options: KioskViewsOptions): KioskViewHooks {
  const { content, store, root, guidedTour, timeline, narrationService } = options;
  const dispatch = (action: KioskAction): void => store.dispatch(action);
  const notice = new NoticeView();
  const eventList = new EventList(content, (eventId) => dispatch({ type: 'openEvent', eventId }));
  const yearStrip = new YearStrip(content, (year) => timeline.flyToYear(year));
  const sheet = new SheetView(content, narrationService, {
    close: () => dispatch({ type: 'back' }),
    focusEvent: (eventId) => dispatch({ type: 'openEvent', eventId }),
    openPanel: (panelId) => dispatch({ type: 'openPanel', panelId }),
  });
  const displaySettings = new DisplaySettingsView({
    setLargerText: (on) => dispatch({ type: 'setLargerText', on }),
    setHighContrast: (on) => dispatch({ type: 'setHighContrast', on }),
    setCaptions: (on) => dispatch({ type: 'setCaptions', on }),
  });
  const bottomBar = new BottomBar(content, {
    goHome: () => {
      dispatch({ type: 'home' });
      timeline.showHome();
    },
    openGroup: (groupId) => dispatch({ type: 'openGroup', groupId }),
    switchLanguage: () => dispatch({ type: 'switchLanguage' }),
    setReach: (on) => dispatch({ type: 'setReach', on }),
    toggleDisplaySettings: () => {
      displaySettings.toggleOpen();
      bottomBar.setDisplaySettingsOpen(displaySettings.isOpen);
    },
  });
  const attractView = new AttractView(content, (language) => dispatch(language === null ? { type: 'wake' } : { type: 'wake', language }));
  const idleWarning = new IdleWarningView();
  const diagnostics = new DiagnosticsView({ ...options.diagnostics, close: () => dispatch({ type: 'closeDiagnostics' }) });
  const tourChooser = new TourChooserView(content.tours, (tourId) => guidedTour.start(tourId));
  const docentBar = new DocentBarView(content, {
    previous: () => guidedTour.previous(),
    next: () => guidedTour.next(),
    goTo: (stopIndex) => guidedTour.goTo(stopIndex),
    toggleNarration: () => narrationService.toggle(),
    setMuted: (muted) => dispatch({ type: 'setMuted', muted }),
    setCaptionsShown: (shown) => dispatch({ type: 'setCaptionsShown', shown }),
    setTalkingPointsShown: (shown) => dispatch({ type: 'setTalkingPointsShown', shown }),
    switchLanguage: () => dispatch({ type: 'switchLanguage' }),
    askToEnd: () => dispatch({ type: 'askToEndTour' }),
    cancelEnd: () => dispatch({ type: 'cancelEndTour' }),
    end: () => dispatch({ type: 'endTour' }),
  }, (language) => languageAfter(content.settings.languages, language));
  const pinPad = new PinPadView();
  const pairing = new PairingView();
  const reachBanner = new ReachBanner();
  const announcement = new AnnouncementView();
  const [upperTrack] = [...content.tracks].sort((a, b) => a.order - b.order);
  const onLowerTrack = new Set(content.events.filter((event) => event.trackId !== upperTrack?.id).map((event) => event.id));
  root.append(
    reachBanner.element, announcement.element, eventList.element, yearStrip.element, sheet.element, bottomBar.element, displaySettings.element, docentBar.drawer, docentBar.element, docentBar.confirmEnd, docentBar.badge,
    pairing.badge, pairing.codeCard,
    attractView.element, docentBar.blank, idleWarning.element, diagnostics.element, tourChooser.element, pinPad.element,
    ...staffCorners({ store, settings: content.settings, tours: content.tours, pinPad, tourChooser, isDiagnosticsOpen: () => diagnostics.isOpen }),
    notice.element,
  );
  const problemsOverlay = contentProblemsOverlay(contentProblems, staffLanguage);
  if (problemsOverlay) root.append(problemsOverlay);

  const render = (state: KioskState): void => {
    document.documentElement.lang = state.language;
    bottomBar.render(state);
    displaySettings.render(state);
    reachBanner.render(state);
    announcement.render(state.announcement, state.focused === null && state.cursor !== null && onLowerTrack.has(state.cursor));
    bottomBar.setDisplaySettingsOpen(displaySettings.isOpen);
    applyVisitorSettings(root, state);
    eventList.render(state);
    sheet.render(state);
    yearStrip.setLanguage(state.language);
    notice.setLanguage(state.language);
    attractView.setVisible(state.mode === 'attract');
    docentBar.render(state);
    pairing.render(state);
    // Staff read the diagnostics in their own language, whatever the last visitor chose.
    if (state.mode === 'diagnostics' && !diagnostics.isOpen) diagnostics.open(staffLanguage);
    if (state.mode !== 'diagnostics' && diagnostics.isOpen) diagnostics.close();
    idleWarning.render(state.idleCountdownSeconds, state.language);
    root.setAttribute('data-mode', state.mode);
  };
  store.events.on('stateChanged', ({ state }) => render(state));
  render(store.state);

  return {
    keypadControls: () => sheet.keypadControls(),
    markYear: (year) => yearStrip.markYear(year),
    coveredWidthCssPixels: () => sheet.coveredWidthCssPixels(),
    showNotice: (key) => notice.show(key),
    showWithoutTimeline: () => {
      eventList.setVisible(true);
      yearStrip.element.hidden = true;
      notice.show('noWebglNotice');
    },
  };
}
