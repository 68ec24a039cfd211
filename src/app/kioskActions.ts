/**
 * Every change of the kiosk's state, as named pure functions `(state, payload, context) => state`.
 * KioskStore.dispatch() is the only caller, so "what can change the state, and how" is this file.
 * No DOM and no audio here: side effects follow the state from their own small modules.
 */
import type { ContentBundle, LanguageCode, Tour, TourStop } from '../contentModel/contentTypes.ts';
import type { OfflineState } from '../offline/OfflineService.ts';
import type { AnnouncementState, GuidedState, KioskState, NarrationState } from './KioskState.ts';

const UNPAIRED = { code: null, docent: null } as const;
import { DEFAULT_VISITOR_SETTINGS, LARGER_TEXT_SCALE } from './visitorSettings.ts';

/** What the actions must know about the content, and nothing more. */
export interface KioskActionContext {
  readonly isEvent: (id: string) => boolean;
  readonly isPanel: (id: string) => boolean;
  readonly languages: readonly LanguageCode[];
  readonly defaultLanguage: LanguageCode;
  readonly tours: readonly Tour[];
}

export function kioskActionContext(content: ContentBundle): KioskActionContext {
  const eventIds = new Set(content.events.map((event) => event.id));
  const panelIds = new Set(content.panelGroups.flatMap((group) => group.panels.map((panel) => panel.id)));
  return {
    isEvent: (id) => eventIds.has(id),
    isPanel: (id) => panelIds.has(id),
    languages: content.settings.languages,
    defaultLanguage: content.settings.defaultLanguage,
    tours: content.tours,
  };
}

export function initialKioskState(content: ContentBundle): KioskState {
  return {
    mode: 'attract',
    language: content.settings.defaultLanguage,
    focused: null,
    openGroup: null,
    narration: null,
    contentVersion: content.version,
    idleCountdownSeconds: null,
    offline: null,
    guided: null,
    settings: DEFAULT_VISITOR_SETTINGS,
    cursor: null,
    announcement: null,
    volume: 1,
    pairing: UNPAIRED,
  };
}

/** The visitor's volume moves in these steps, a share of the cap; the quietest is still audible. */
export const VOLUME_STEP = 0.2;
export const QUIETEST_VOLUME = 0.2;

/** The language after `language` in the configured order, wrapping round. */
export function languageAfter(languages: readonly LanguageCode[], language: LanguageCode): LanguageCode {
  return languages[(languages.indexOf(language) + 1) % languages.length] ?? language;
}

/** A panel id is `group/panel`: the group's list is what Back from a panel returns to. */
function groupOfPanel(panelId: string): string | null {
  return panelId.split('/')[0] ?? null;
}

/** The stop the docent's tour stands at, or null outside a tour. */
export function currentStop(state: KioskState, tours: readonly Tour[]): TourStop | null {
  const guided = state.guided;
  const tour = guided ? tours.find((candidate) => candidate.id === guided.tourId) : undefined;
  return (guided && tour?.stops[guided.stopIndex]) ?? null;
}

/**
 * The guided-mode rule, the one place it is applied: while a docent's tour runs, whatever a
 * visitor's control opens (an event, a panel, a group, Back, Home) stays part of the tour. Only
 * ending the tour, an idle reset or the staff overlay leave it, and they clear `guided` with it.
 */
function navigate(state: KioskState, mode: 'explore' | 'panel', focused: string | null, openGroup: string | null): KioskState {
  return { ...state, mode: state.guided ? 'guided' : mode, focused, openGroup };
}

/** Back to the invitation, as designed: the next visitor meets none of the last one's settings. */
function attract(state: KioskState, context: KioskActionContext): KioskState {
  return {
    ...state, mode: 'attract', language: context.defaultLanguage, focused: null, openGroup: null, idleCountdownSeconds: null, guided: null,
    settings: DEFAULT_VISITOR_SETTINGS, cursor: null, volume: 1,
  };
}

function goToStop(state: KioskState, stopIndex: number, context: KioskActionContext): KioskState {
  const guided = state.guided;
  const stop = guided ? context.tours.find((tour) => tour.id === guided.tourId)?.stops[stopIndex] : undefined;
  if (!guided || !stop) return state;
  const openGroup = context.isEvent(stop.target) ? null : groupOfPanel(stop.target);
  return { ...state, focused: stop.target, openGroup, guided: { ...guided, stopIndex, blanked: false, blankPausedNarration: false, confirmingEnd: false } };
}

function patchTour(state: KioskState, change: Partial<GuidedState>): KioskState {
  return state.guided ? { ...state, guided: { ...state.guided, ...change } } : state;
}

type Action<Payload = undefined> = (state: KioskState, payload: Payload, context: KioskActionContext) => KioskState;

/** Each action's payload; `undefined` for an action that needs none. */
export interface KioskActionPayloads {
  /** The invitation's language buttons start the visit in their language; a touch elsewhere keeps the default. */
  readonly wake: { readonly language?: LanguageCode } | undefined;
  readonly openEvent: { readonly eventId: string };
  readonly openPanel: { readonly panelId: string };
  readonly openGroup: { readonly groupId: string };
  readonly back: undefined;
  readonly home: undefined;
  readonly switchLanguage: undefined;
  readonly resetToAttract: undefined;
  readonly startTour: { readonly tourId: string };
  readonly nextStop: undefined;
  readonly previousStop: undefined;
  readonly goToStop: { readonly stopIndex: number };
  readonly endTour: undefined;
  /** End pressed: the bar asks first. */
  readonly askToEndTour: undefined;
  readonly cancelEndTour: undefined;
  readonly toggleBlank: undefined;
  readonly setMuted: { readonly muted: boolean };
  readonly setCaptionsShown: { readonly shown: boolean };
  readonly setTalkingPointsShown: { readonly shown: boolean };
  readonly openDiagnostics: undefined;
  readonly closeDiagnostics: undefined;
  readonly narrationChanged: { readonly narration: NarrationState | null };
  readonly offlineChanged: { readonly offline: OfflineState };
  readonly idleCountdownChanged: { readonly secondsLeft: number | null };
  readonly setReach: { readonly on: boolean };
  readonly setLargerText: { readonly on: boolean };
  readonly setHighContrast: { readonly on: boolean };
  readonly setCaptions: { readonly on: boolean };
  /** The keypad's focus moves to an event or panel; null when a touch takes over. */
  readonly moveCursor: { readonly itemId: string | null };
  readonly announcementChanged: { readonly announcement: AnnouncementState | null };
  /** One step louder (+1) or quieter (-1), within the cap. */
  readonly stepVolume: { readonly direction: 1 | -1 };
  /** A docent's tablet asks to pair: the code shows until it is typed or expires. */
  readonly showPairingCode: { readonly code: string };
  readonly hidePairingCode: undefined;
  readonly tabletPaired: { readonly docent: string };
  /** The tablet unpaired, went silent or vanished: its tour ends and the kiosk is the visitors' again. */
  readonly tabletUnpaired: undefined;
}

export type KioskActionName = keyof KioskActionPayloads;

export const kioskActions: { readonly [Name in KioskActionName]: Action<KioskActionPayloads[Name]> } = {
  /** The first touch on the invitation starts a visit. */
  wake: (state, payload, context) => {
    if (state.mode !== 'attract') return state;
    const language = payload?.language;
    return language !== undefined && context.languages.includes(language) ? { ...state, mode: 'explore', language } : { ...state, mode: 'explore' };
  },
  openEvent: (state, { eventId }) => ({ ...navigate(state, 'explore', eventId, null), cursor: state.cursor === null ? null : eventId }),
  openPanel: (state, { panelId }) => ({ ...navigate(state, 'panel', panelId, groupOfPanel(panelId)), cursor: state.cursor === null ? null : panelId }),
  openGroup: (state, { groupId }) => navigate(state, 'panel', null, groupId),
  /**
   * From a panel, Back returns to its group's list; from anything else, to the timeline. During a
   * tour it returns to the stop (from a partner a docent opened, say): the bar's place stays true.
   */
  back: (state, _payload, context) => {
    if (state.guided) {
      const stop = currentStop(state, context.tours);
      return stop && state.focused !== stop.target ? goToStop(state, state.guided.stopIndex, context) : state;
    }
    const fromPanel = state.focused !== null && context.isPanel(state.focused) && state.openGroup !== null;
    return fromPanel ? { ...state, focused: null } : navigate(state, 'explore', null, null);
  },
  /** Home is the overview as designed: reach mode ends with it (the display settings stay for this visitor). */
  home: (state) => ({ ...navigate(state, 'explore', null, null), settings: { ...state.settings, reach: false } }),
  switchLanguage: (state, _payload, context) => ({ ...state, language: languageAfter(context.languages, state.language) }),
  /** Back to the invitation: the default language, every sheet closed, any tour ended. */
  resetToAttract: (state, _payload, context) => attract(state, context),
  startTour: (state, { tourId }, context) => {
    const tour = context.tours.find((candidate) => candidate.id === tourId);
    if (!tour || tour.stops.length === 0) return state;
    const guided: GuidedState = {
      tourId, stopIndex: 0, stopCount: tour.stops.length, muted: false, captionsShown: true, blanked: false, blankPausedNarration: false, talkingPointsShown: true, confirmingEnd: false,
    };
    return goToStop({ ...state, mode: 'guided', guided }, 0, context);
  },
  nextStop: (state, _payload, context) =>
    state.guided ? goToStop(state, Math.min(state.guided.stopIndex + 1, state.guided.stopCount - 1), context) : state,
  previousStop: (state, _payload, context) =>
    state.guided ? goToStop(state, Math.max(state.guided.stopIndex - 1, 0), context) : state,
  goToStop: (state, { stopIndex }, context) => goToStop(state, stopIndex, context),
  endTour: (state, _payload, context) => (state.guided ? attract(state, context) : state),
  /** The presenter's blank key: the screen goes dark (the narration follower pauses); again, it comes back, playing on what it paused. */
  toggleBlank: (state) => {
    if (!state.guided) return state;
    const blanking = !state.guided.blanked;
    return patchTour(state, blanking ? { blanked: true, blankPausedNarration: state.narration?.playing ?? false } : { blanked: false });
  },
  askToEndTour: (state) => patchTour(state, { confirmingEnd: true }),
  cancelEndTour: (state) => patchTour(state, { confirmingEnd: false }),
  setMuted: (state, { muted }) => patchTour(state, { muted }),
  setCaptionsShown: (state, { shown }) => patchTour(state, { captionsShown: shown }),
  setTalkingPointsShown: (state, { shown }) => patchTour(state, { talkingPointsShown: shown }),
  /** The staff overlay takes the whole screen: a tour ends with it, so nothing runs beneath. */
  openDiagnostics: (state) => ({ ...state, mode: 'diagnostics', focused: null, openGroup: null, guided: null }),
  closeDiagnostics: (state, _payload, context) => (state.mode === 'diagnostics' ? attract(state, context) : state),
  narrationChanged: (state, { narration }) => ({ ...state, narration }),
  offlineChanged: (state, { offline }) => ({ ...state, offline }),
  idleCountdownChanged: (state, { secondsLeft }) => ({ ...state, idleCountdownSeconds: secondsLeft }),
  setReach: (state, { on }) => ({ ...state, settings: { ...state.settings, reach: on } }),
  setLargerText: (state, { on }) => ({ ...state, settings: { ...state.settings, textScale: on ? LARGER_TEXT_SCALE : 1 } }),
  setHighContrast: (state, { on }) => ({ ...state, settings: { ...state.settings, contrast: on ? 'high' : 'standard' } }),
  setCaptions: (state, { on }) => ({ ...state, settings: { ...state.settings, captions: on } }),
  moveCursor: (state, { itemId }, context) => (itemId === null || context.isEvent(itemId) || context.isPanel(itemId) ? { ...state, cursor: itemId } : state),
  announcementChanged: (state, { announcement }) => ({ ...state, announcement }),
  stepVolume: (state, { direction }) => {
    const volume = Math.round((state.volume + direction * VOLUME_STEP) * 100) / 100;
    return { ...state, volume: Math.min(1, Math.max(QUIETEST_VOLUME, volume)) };
  },
  showPairingCode: (state, { code }) => (/^\d{4}$/.test(code) ? { ...state, pairing: { ...state.pairing, code } } : state),
  hidePairingCode: (state) => ({ ...state, pairing: { ...state.pairing, code: null } }),
  tabletPaired: (state, { docent }) => ({ ...state, pairing: { code: null, docent } }),
  tabletUnpaired: (state, _payload, context) => {
    const unpaired = { ...state, pairing: UNPAIRED };
    return state.guided ? attract(unpaired, context) : unpaired;
  },
};

/** One action as data: its name and, when it takes one, its payload's fields beside it. */
export type KioskAction = {
  [Name in KioskActionName]: { readonly type: Name } & (KioskActionPayloads[Name] extends undefined ? unknown : KioskActionPayloads[Name]);
}[KioskActionName];

export function applyKioskAction(state: KioskState, action: KioskAction, context: KioskActionContext): KioskState {
  // The union of payloads cannot be narrowed through the table's index; each entry reads only its own fields.
  const apply = kioskActions[action.type] as Action<KioskAction>;
  return apply(state, action, context);
}
