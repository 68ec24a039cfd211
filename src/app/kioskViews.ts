/**
 * The DOM views, built once, connected to actions, and redrawn from the state after every change:
 * what a view's button does is an action dispatched to the store, never a write of its own.
 */
import { contentProblems, staffLanguage } from 'virtual:kiosk-content';
import type { NarrationOnDemand } from '../audio/NarrationOnDemand.ts';
import type { ContentBundle } from '../contentModel/contentTypes.ts';
import { AnnouncementView } from '../ui/AnnouncementView.ts';
import { AttractView } from '../ui/AttractView.ts';
import { BottomBar } from '../ui/BottomBar.ts';
import type { DiagnosticsActions } from '../ui/DiagnosticsView.ts';
import { DisplaySettingsView } from '../ui/DisplaySettingsView.ts';
import { EventList } from '../ui/EventList.ts';
import { IdleWarningView } from '../ui/IdleWarningView.ts';
import { contentProblemsOverlay, NoticeView } from '../ui/NoticeView.ts';
import { ReachBanner } from '../ui/ReachBanner.ts';
import { SheetView } from '../ui/SheetView.ts';
import { YearStrip } from '../ui/YearStrip.ts';
import type { GuidedTourController } from './GuidedTourController.ts';
import type { KioskAction } from './kioskActions.ts';
import type { KioskState, KioskStore } from './KioskState.ts';
import { onDemand } from './onDemand.ts';
import { staffCorners } from './staffCorners.ts';
import type { StaffViews, StaffViewsOptions } from './staffViews.ts';
import type { TimelineViewHooks } from './timelineWiring.ts';

export interface KioskViewsOptions {
  readonly content: ContentBundle;
  readonly store: KioskStore;
  readonly root: HTMLElement;
  readonly narrationService: NarrationOnDemand;
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

/** Whether a state shows anything of the staff views: until one does, the kiosk need not fetch them. */
function stateNeedsStaffViews(state: KioskState): boolean {
  return state.mode === 'guided' || state.mode === 'diagnostics' || state.guided !== null || state.pairing.code !== null || state.pairing.docent !== null;
}

/**
 * The staff views (staffViews.ts), fetched the first time a state shows them or a corner is held,
 * then put where the two anchors stand (their stacking is their styles' z-index) and drawn from then on.
 */
function staffViewsOnDemand(options: StaffViewsOptions, store: KioskStore, [underAttract, overAttract]: readonly [ChildNode, ChildNode]): { readonly load: () => Promise<StaffViews>; readonly render: (state: KioskState) => void } {
  let views: StaffViews | null = null;
  // Asked again at the next change of state or press of a corner when it could not be fetched.
  const load = onDemand('The staff and docent views', () => import('./staffViews.ts'), ({ buildStaffViews }) => {
    const built = buildStaffViews(options);
    underAttract.replaceWith(...built.underAttract);
    overAttract.replaceWith(...built.overAttract);
    views = built;
    built.render(store.state);
    return built;
  });
  return {
    load,
    render: (state) => {
      if (views) views.render(state);
      else if (stateNeedsStaffViews(state)) void load();
    },
  };
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
  const reachBanner = new ReachBanner();
  const announcement = new AnnouncementView();
  const [upperTrack] = [...content.tracks].sort((a, b) => a.order - b.order);
  const onLowerTrack = new Set(content.events.filter((event) => event.trackId !== upperTrack?.id).map((event) => event.id));
  const staffViewsUnderAttract = document.createComment('docent and pairing views');
  const staffViewsOverAttract = document.createComment('staff dialogs');
  const staffViews = staffViewsOnDemand({
    content,
    dispatch,
    guidedTour,
    toggleNarration: () => narrationService.toggle(),
    diagnostics: options.diagnostics,
    staffLanguage,
  }, store, [staffViewsUnderAttract, staffViewsOverAttract]);
  root.append(
    reachBanner.element, announcement.element, eventList.element, yearStrip.element, sheet.element, bottomBar.element, displaySettings.element,
    staffViewsUnderAttract, attractView.element, idleWarning.element, staffViewsOverAttract,
    ...staffCorners({ store, settings: content.settings, tours: content.tours, staffViews: staffViews.load }),
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
    staffViews.render(state);
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
