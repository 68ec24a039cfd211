import { describe, expect, it } from 'vitest';
import { applyKioskAction, kioskActions, type KioskAction, type KioskActionContext } from '../../src/app/kioskActions.ts';
import { KioskStore, type KioskState, type NarrationState } from '../../src/app/KioskState.ts';
import { DEFAULT_VISITOR_SETTINGS, LARGER_TEXT_SCALE } from '../../src/app/visitorSettings.ts';
import type { Tour } from '../../src/contentModel/contentTypes.ts';

const EVENT = 'party/1949-prc-founded';
const OTHER_EVENT = 'museum/2019-salute-to-the-republic';
const PANEL = 'culture/concept';

const TOURS: readonly Tour[] = [
  {
    id: 'pairs',
    title: { 'zh-Hans': '呼应', en: 'Pairs' },
    stops: [
      { target: EVENT, talkingPoints: null, playNarration: false },
      { target: PANEL, talkingPoints: null, playNarration: true },
      { target: OTHER_EVENT, talkingPoints: null, playNarration: true },
    ],
  },
  { id: 'empty', title: { 'zh-Hans': '空', en: 'Empty' }, stops: [] },
];

const context: KioskActionContext = {
  isEvent: (id) => id === EVENT || id === OTHER_EVENT,
  isPanel: (id) => id === PANEL,
  languages: ['zh-Hans', 'en'],
  defaultLanguage: 'zh-Hans',
  tours: TOURS,
};

const attract: KioskState = {
  mode: 'attract',
  language: 'zh-Hans',
  focused: null,
  openGroup: null,
  narration: null,
  contentVersion: 'v1',
  idleCountdownSeconds: null,
  offline: null,
  guided: null,
  settings: DEFAULT_VISITOR_SETTINGS,
  cursor: null, announcement: null, volume: 1, pairing: { code: null, docent: null },
};

const apply = (state: KioskState, ...actions: KioskAction[]): KioskState =>
  actions.reduce((current, action) => applyKioskAction(current, action, context), state);

const exploring = apply(attract, { type: 'wake' });
const onTour = apply(attract, { type: 'startTour', tourId: 'pairs' });

describe('visitor actions', () => {
  it('wakes the kiosk from the invitation only', () => {
    expect(exploring.mode).toBe('explore');
    const inPanel = apply(exploring, { type: 'openGroup', groupId: 'culture' });
    expect(kioskActions.wake(inPanel, undefined, context)).toBe(inPanel);
  });

  it('wakes straight into the language the visitor chose on the invitation', () => {
    const attract = kioskActions.resetToAttract(exploring, undefined, context);
    expect(kioskActions.wake(attract, { language: 'en' }, context)).toMatchObject({ mode: 'explore', language: 'en' });
    expect(kioskActions.wake(attract, { language: 'fr' }, context).language).toBe(attract.language);
  });

  it('opens an event, closing any group list', () => {
    const state = apply(exploring, { type: 'openGroup', groupId: 'culture' }, { type: 'openEvent', eventId: EVENT });
    expect(state).toMatchObject({ mode: 'explore', focused: EVENT, openGroup: null });
    expect(apply(attract, { type: 'openEvent', eventId: EVENT }).mode).toBe('explore');
  });

  it('opens a panel inside its group, and a group as a list', () => {
    expect(apply(exploring, { type: 'openPanel', panelId: PANEL })).toMatchObject({ mode: 'panel', focused: PANEL, openGroup: 'culture' });
    expect(apply(exploring, { type: 'openGroup', groupId: 'awards' })).toMatchObject({ mode: 'panel', focused: null, openGroup: 'awards' });
  });

  it('goes Back from a panel to its group list, and from an event or a list to the timeline', () => {
    const panelOpen = apply(exploring, { type: 'openGroup', groupId: 'culture' }, { type: 'openPanel', panelId: PANEL });
    const list = apply(panelOpen, { type: 'back' });
    expect(list).toMatchObject({ mode: 'panel', focused: null, openGroup: 'culture' });
    expect(apply(list, { type: 'back' })).toMatchObject({ mode: 'explore', focused: null, openGroup: null });
    expect(apply(exploring, { type: 'openEvent', eventId: EVENT }, { type: 'back' })).toMatchObject({ mode: 'explore', focused: null, openGroup: null });
  });

  it('goes Home from anywhere in a visit', () => {
    const state = apply(exploring, { type: 'openPanel', panelId: PANEL }, { type: 'home' });
    expect(state).toMatchObject({ mode: 'explore', focused: null, openGroup: null });
  });

  it('switches to the next language, wrapping round, and keeps what is open', () => {
    const english = apply(exploring, { type: 'openEvent', eventId: EVENT }, { type: 'switchLanguage' });
    expect(english).toMatchObject({ language: 'en', focused: EVENT });
    expect(apply(english, { type: 'switchLanguage' }).language).toBe('zh-Hans');
  });

  it('resets to the invitation in the default language after the idle countdown', () => {
    const visit = apply(exploring, { type: 'openPanel', panelId: PANEL }, { type: 'switchLanguage' }, { type: 'idleCountdownChanged', secondsLeft: 3 });
    expect(apply(visit, { type: 'resetToAttract' })).toEqual(attract);
    expect(apply(onTour, { type: 'resetToAttract' })).toEqual(attract);
  });
});

describe('visitor settings', () => {
  const adjusted = (): KioskState => apply(attract, { type: 'wake' }, { type: 'setReach', on: true }, { type: 'setLargerText', on: true },
    { type: 'setHighContrast', on: true }, { type: 'setCaptions', on: false });

  it('sets reach, larger text, high contrast and captions, each on its own', () => {
    expect(adjusted().settings).toEqual({ reach: true, textScale: LARGER_TEXT_SCALE, contrast: 'high', captions: false });
    expect(apply(adjusted(), { type: 'setLargerText', on: false }).settings).toEqual({ reach: true, textScale: 1, contrast: 'high', captions: false });
  });

  it('ends reach mode at Home and keeps the display settings for the same visitor', () => {
    expect(apply(adjusted(), { type: 'home' }).settings).toEqual({ reach: false, textScale: LARGER_TEXT_SCALE, contrast: 'high', captions: false });
  });

  it('puts every setting back for the next visitor at the idle reset, the end of a tour and the diagnostics', () => {
    expect(apply(adjusted(), { type: 'resetToAttract' }).settings).toEqual(DEFAULT_VISITOR_SETTINGS);
    expect(apply(adjusted(), { type: 'startTour', tourId: 'pairs' }, { type: 'endTour' }).settings).toEqual(DEFAULT_VISITOR_SETTINGS);
    expect(apply(adjusted(), { type: 'openDiagnostics' }, { type: 'closeDiagnostics' }).settings).toEqual(DEFAULT_VISITOR_SETTINGS);
  });

  it('keeps the settings through a language switch and an open sheet', () => {
    expect(apply(adjusted(), { type: 'switchLanguage' }, { type: 'openEvent', eventId: EVENT }).settings).toEqual(adjusted().settings);
  });
});

describe('tour actions', () => {
  it('starts a tour at its first stop with the docent defaults', () => {
    expect(onTour).toMatchObject({ mode: 'guided', focused: EVENT, openGroup: null });
    expect(onTour.guided).toEqual({
      tourId: 'pairs', stopIndex: 0, stopCount: 3, muted: false, captionsShown: true, blanked: false, blankPausedNarration: false, talkingPointsShown: true, confirmingEnd: false,
    });
  });

  it('refuses an unknown tour and a tour without stops', () => {
    expect(apply(exploring, { type: 'startTour', tourId: 'nowhere' })).toBe(exploring);
    expect(apply(exploring, { type: 'startTour', tourId: 'empty' })).toBe(exploring);
  });

  it('steps next and previous within the tour, opening a panel stop inside its group', () => {
    const second = apply(onTour, { type: 'nextStop' });
    expect(second).toMatchObject({ focused: PANEL, openGroup: 'culture', guided: { stopIndex: 1 } });
    const last = apply(second, { type: 'nextStop' }, { type: 'nextStop' });
    expect(last).toMatchObject({ focused: OTHER_EVENT, openGroup: null, guided: { stopIndex: 2 } });
    expect(apply(last, { type: 'previousStop' }, { type: 'previousStop' }, { type: 'previousStop' })).toMatchObject({ focused: EVENT, guided: { stopIndex: 0 } });
  });

  it('goes to any stop of the list, and ignores one that does not exist', () => {
    expect(apply(onTour, { type: 'goToStop', stopIndex: 2 })).toMatchObject({ focused: OTHER_EVENT, guided: { stopIndex: 2 } });
    expect(apply(onTour, { type: 'goToStop', stopIndex: 7 })).toBe(onTour);
  });

  it('lights the screen again when the docent steps on from a blank', () => {
    const blanked = apply(onTour, { type: 'toggleBlank' });
    expect(blanked.guided?.blanked).toBe(true);
    expect(apply(blanked, { type: 'toggleBlank' }).guided?.blanked).toBe(false);
    expect(apply(blanked, { type: 'nextStop' }).guided?.blanked).toBe(false);
  });

  it('remembers whether the blank key paused a playing narration, so the key again plays it on', () => {
    const playing = apply(onTour, { type: 'narrationChanged', narration: { id: EVENT, language: 'zh-Hans', status: 'playing', playing: true, positionSeconds: 1, durationSeconds: 9, cueIndex: 0, problem: null } });
    expect(apply(playing, { type: 'toggleBlank' }).guided).toMatchObject({ blanked: true, blankPausedNarration: true });
    expect(apply(onTour, { type: 'toggleBlank' }).guided).toMatchObject({ blanked: true, blankPausedNarration: false });
  });

  it('asks before ending: End only asks, carrying on or a step clears the question', () => {
    const asking = apply(onTour, { type: 'askToEndTour' });
    expect(asking).toMatchObject({ mode: 'guided', guided: { confirmingEnd: true } });
    expect(apply(asking, { type: 'cancelEndTour' }).guided?.confirmingEnd).toBe(false);
    expect(apply(asking, { type: 'nextStop' }).guided?.confirmingEnd).toBe(false);
    expect(apply(asking, { type: 'endTour' })).toEqual(attract);
  });

  it('goes Back to the stop from whatever a docent opened beside it, and stays on the stop itself', () => {
    const atPartner = apply(onTour, { type: 'openEvent', eventId: OTHER_EVENT });
    expect(atPartner).toMatchObject({ mode: 'guided', focused: OTHER_EVENT, guided: { stopIndex: 0 } });
    expect(apply(atPartner, { type: 'back' })).toMatchObject({ mode: 'guided', focused: EVENT, guided: { stopIndex: 0 } });
    expect(apply(onTour, { type: 'back' })).toBe(onTour);
  });

  it('mutes, hides captions and talking points for the tour only', () => {
    const state = apply(onTour, { type: 'setMuted', muted: true }, { type: 'setCaptionsShown', shown: false }, { type: 'setTalkingPointsShown', shown: false });
    expect(state.guided).toMatchObject({ muted: true, captionsShown: false, talkingPointsShown: false });
  });

  it('ends the tour at the invitation', () => {
    expect(apply(onTour, { type: 'nextStop' }, { type: 'endTour' })).toEqual(attract);
  });

  it('does nothing with tour controls when no tour runs', () => {
    const tourOnly: KioskAction[] = [
      { type: 'nextStop' }, { type: 'previousStop' }, { type: 'goToStop', stopIndex: 1 }, { type: 'endTour' }, { type: 'toggleBlank' },
      { type: 'setMuted', muted: true }, { type: 'setCaptionsShown', shown: false }, { type: 'setTalkingPointsShown', shown: false },
      { type: 'askToEndTour' }, { type: 'cancelEndTour' },
    ];
    for (const action of tourOnly) expect(apply(exploring, action), action.type).toBe(exploring);
  });
});

describe('the guided-mode rule', () => {
  const visitorControls: KioskAction[] = [
    { type: 'openEvent', eventId: OTHER_EVENT },
    { type: 'openPanel', panelId: PANEL },
    { type: 'openGroup', groupId: 'awards' },
    { type: 'back' },
    { type: 'home' },
    { type: 'switchLanguage' },
    { type: 'wake' },
  ];

  it('keeps a tour a tour whatever a visitor control opens: Home and the group buttons included', () => {
    const atPanelStop = apply(onTour, { type: 'nextStop' });
    for (const start of [onTour, atPanelStop]) {
      for (const action of visitorControls) {
        const state = apply(start, action);
        expect(state.mode, action.type).toBe('guided');
        expect(state.guided, action.type).toEqual(start.guided);
      }
    }
    expect(apply(onTour, { type: 'home' })).toMatchObject({ mode: 'guided', focused: null, openGroup: null });
    expect(apply(onTour, { type: 'openGroup', groupId: 'awards' })).toMatchObject({ mode: 'guided', openGroup: 'awards' });
  });

  it('never leaves a tour half-ended: guided mode and the tour state come and go together', () => {
    const allActions: KioskAction[] = [
      ...visitorControls,
      { type: 'resetToAttract' }, { type: 'startTour', tourId: 'pairs' }, { type: 'nextStop' }, { type: 'previousStop' },
      { type: 'goToStop', stopIndex: 2 }, { type: 'endTour' }, { type: 'toggleBlank' }, { type: 'setMuted', muted: true },
      { type: 'setCaptionsShown', shown: false }, { type: 'setTalkingPointsShown', shown: false }, { type: 'openDiagnostics' },
      { type: 'closeDiagnostics' }, { type: 'narrationChanged', narration: null }, { type: 'idleCountdownChanged', secondsLeft: 5 },
    ];
    const starts = [attract, exploring, onTour, apply(onTour, { type: 'nextStop' }), apply(attract, { type: 'openDiagnostics' })];
    for (const start of starts) {
      for (const action of allActions) {
        const state = apply(start, action);
        expect(state.mode === 'guided', `${start.mode} + ${action.type}`).toBe(state.guided !== null);
      }
    }
  });
});

describe('staff and reported actions', () => {
  it('opens the diagnostics over everything, ending a tour, and closes them to the invitation', () => {
    const diagnostics = apply(onTour, { type: 'openDiagnostics' });
    expect(diagnostics).toMatchObject({ mode: 'diagnostics', focused: null, openGroup: null, guided: null });
    expect(apply(diagnostics, { type: 'closeDiagnostics' })).toEqual(attract);
    expect(apply(exploring, { type: 'closeDiagnostics' })).toBe(exploring);
  });

  it('records what the narration, the offline service and the idle countdown report', () => {
    const narration: NarrationState = { id: EVENT, language: 'zh-Hans', status: 'playing', playing: true, positionSeconds: 1, durationSeconds: 9, cueIndex: 0, problem: null };
    const offline = { ready: true, filesCached: 3, filesTotal: 3, bytesCached: 10, persisted: true, updateWaiting: false, lastUpdateCheck: null, problem: null };
    const state = apply(exploring, { type: 'narrationChanged', narration }, { type: 'offlineChanged', offline }, { type: 'idleCountdownChanged', secondsLeft: 12 });
    expect(state).toMatchObject({ narration, offline, idleCountdownSeconds: 12 });
  });
});

describe('KioskStore', () => {
  it('tells listeners of a change once, and not at all when nothing changed', () => {
    const store = new KioskStore(attract, context);
    const modes: string[] = [];
    store.events.on('stateChanged', ({ state }) => modes.push(state.mode));
    store.dispatch({ type: 'wake' });
    store.dispatch({ type: 'wake' });
    store.dispatch({ type: 'idleCountdownChanged', secondsLeft: null });
    expect(modes).toEqual(['explore']);
  });

  it('applies an action dispatched by a listener after the change being told, so every listener hears changes in order', () => {
    const store = new KioskStore(attract, context);
    store.watch(['focused'], (state) => {
      if (state.focused) store.dispatch({ type: 'idleCountdownChanged', secondsLeft: 20 });
    });
    const heard: string[] = [];
    store.events.on('stateChanged', ({ state, previous }) => heard.push(`${String(previous.idleCountdownSeconds)}->${String(state.idleCountdownSeconds)} ${state.focused ?? '-'}`));
    store.dispatch({ type: 'openEvent', eventId: EVENT });
    expect(heard).toEqual([`null->null ${EVENT}`, `null->20 ${EVENT}`]);
    expect(store.state.idleCountdownSeconds).toBe(20);
  });

  it('calls a watcher only when one of its keys changed', () => {
    const store = new KioskStore(attract, context);
    let languageChanges = 0;
    store.watch(['language'], () => (languageChanges += 1));
    store.dispatch({ type: 'openEvent', eventId: EVENT });
    store.dispatch({ type: 'switchLanguage' });
    expect(languageChanges).toBe(1);
  });
});

describe('the docent tablet pairing', () => {
  it('shows a 4-digit code, pairs, keeps the pairing through the end of a tour, and a lost tablet ends its tour', () => {
    const showing = apply(attract, { type: 'showPairingCode', code: '0427' });
    expect(showing.pairing).toEqual({ code: '0427', docent: null });
    expect(apply(attract, { type: 'showPairingCode', code: '42' }).pairing.code).toBeNull();
    const paired = apply(showing, { type: 'tabletPaired', docent: 'docent-ana' });
    expect(paired.pairing).toEqual({ code: null, docent: 'docent-ana' });
    const touring = apply(paired, { type: 'startTour', tourId: 'pairs' }, { type: 'nextStop' });
    expect(apply(touring, { type: 'endTour' }).pairing.docent).toBe('docent-ana');
    const unpaired = apply(touring, { type: 'tabletUnpaired' });
    expect(unpaired).toMatchObject({ mode: 'attract', guided: null, pairing: { code: null, docent: null } });
    // Without a tour, unpairing leaves the visitor where they are.
    expect(apply(apply(paired, { type: 'wake' }, { type: 'openEvent', eventId: EVENT }), { type: 'tabletUnpaired' })).toMatchObject({ mode: 'explore', focused: EVENT });
  });
});
