import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { diagnosticsSampler } from '../../src/app/diagnosticsSampler.ts';
import { guidedTourController } from '../../src/app/GuidedTourController.ts';
import type { KioskActionContext } from '../../src/app/kioskActions.ts';
import { startKioskHealth } from '../../src/app/kioskHealth.ts';
import { KioskStore, type KioskState, type NarrationState } from '../../src/app/KioskState.ts';
import { DEFAULT_VISITOR_SETTINGS } from '../../src/app/visitorSettings.ts';
import { followNarration, type NarrationControls } from '../../src/app/narrationFollower.ts';
import { statisticsOfChange } from '../../src/app/statisticsFollower.ts';
import { followUpdatesAtIdle } from '../../src/app/updatesAtIdle.ts';
import type { Narration, Tour } from '../../src/contentModel/contentTypes.ts';
import { hardenPage } from '../../src/input/pageHardening.ts';
import { presenterCommandOf } from '../../src/input/PresenterClicker.ts';

const EVENT = 'party/1949-prc-founded';
const SILENT_EVENT = 'museum/2019-salute-to-the-republic';
const PANEL = 'culture/concept';
const narrationOf = (id: string): Narration => ({ text: { 'zh-Hans': id, en: id }, audio: { 'zh-Hans': `${id}.mp3`, en: null }, captions: { 'zh-Hans': null, en: null } });
const NARRATIONS = new Map<string, Narration | null>([[EVENT, narrationOf(EVENT)], [SILENT_EVENT, null], [PANEL, narrationOf(PANEL)]]);
const TOURS: readonly Tour[] = [{
  id: 'pairs',
  title: { 'zh-Hans': '呼应', en: 'Pairs' },
  stops: [
    { target: SILENT_EVENT, talkingPoints: null, playNarration: false },
    { target: PANEL, talkingPoints: null, playNarration: true },
    { target: EVENT, talkingPoints: null, playNarration: false },
  ],
}];
const context: KioskActionContext = {
  isEvent: (id) => id === EVENT || id === SILENT_EVENT,
  isPanel: (id) => id === PANEL,
  languages: ['zh-Hans', 'en'],
  defaultLanguage: 'zh-Hans',
  tours: TOURS,
};
const attract: KioskState = {
  mode: 'attract', language: 'zh-Hans', focused: null, openGroup: null, narration: null,
  contentVersion: 'v1', idleCountdownSeconds: null, offline: null, guided: null, settings: DEFAULT_VISITOR_SETTINGS,
  cursor: null, announcement: null, volume: 1, pairing: { code: null, docent: null },
};

/** A narration service that only writes down what it was asked, in order. */
function fakeNarration(): NarrationControls & { readonly calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    open: (id, _narration, language) => calls.push(`open ${id} ${language}`),
    close: () => calls.push('close'),
    play: () => calls.push('play'),
    pause: () => calls.push('pause'),
    setMuted: (muted) => calls.push(`muted ${String(muted)}`),
  };
}

describe('the narration follows the focus and the language', () => {
  it('opens the focused item in the visitor language, again in the other one, and closes for an item without narration', () => {
    const store = new KioskStore(attract, context);
    const narration = fakeNarration();
    followNarration(store, narration, NARRATIONS);
    store.dispatch({ type: 'openEvent', eventId: EVENT });
    store.dispatch({ type: 'switchLanguage' });
    store.dispatch({ type: 'openEvent', eventId: SILENT_EVENT });
    store.dispatch({ type: 'resetToAttract' });
    expect(narration.calls).toEqual([`open ${EVENT} zh-Hans`, `open ${EVENT} en`, 'close', 'close']);
  });

  it('mutes for the docent, pauses on the blank screen, and unmutes when the tour ends', () => {
    const store = new KioskStore(attract, context);
    const narration = fakeNarration();
    followNarration(store, narration, NARRATIONS);
    store.dispatch({ type: 'startTour', tourId: 'pairs' });
    store.dispatch({ type: 'setMuted', muted: true });
    store.dispatch({ type: 'toggleBlank' });
    store.dispatch({ type: 'toggleBlank' });
    store.dispatch({ type: 'endTour' });
    expect(narration.calls).toEqual(['close', 'muted true', 'pause', 'close', 'muted false']);
  });

  it('plays on after the blank key only what the blank key paused', () => {
    const store = new KioskStore(attract, context);
    const narration = fakeNarration();
    followNarration(store, narration, NARRATIONS);
    store.dispatch({ type: 'startTour', tourId: 'pairs' });
    store.dispatch({ type: 'narrationChanged', narration: { id: EVENT, language: 'zh-Hans', status: 'playing', playing: true, positionSeconds: 2, durationSeconds: 9, cueIndex: 0, problem: null } });
    store.dispatch({ type: 'toggleBlank' });
    store.dispatch({ type: 'narrationChanged', narration: { id: EVENT, language: 'zh-Hans', status: 'paused', playing: false, positionSeconds: 2, durationSeconds: 9, cueIndex: 0, problem: null } });
    store.dispatch({ type: 'toggleBlank' });
    // A second blank, with nothing playing: the key again leaves the narration paused.
    store.dispatch({ type: 'toggleBlank' });
    store.dispatch({ type: 'toggleBlank' });
    expect(narration.calls.filter((call) => call === 'pause' || call === 'play')).toEqual(['pause', 'play', 'pause']);
  });
});

describe('a tour stop that asks for its narration', () => {
  it('has it opened, then played, in one step', () => {
    const store = new KioskStore(attract, context);
    const narration = fakeNarration();
    const tour = guidedTourController(store, followNarration(store, narration, NARRATIONS), TOURS);
    tour.start('pairs');
    expect(narration.calls).toEqual(['close']);
    narration.calls.length = 0;
    tour.next();
    // The follower opens the stop's narration as it hears of the focus, and opening again keeps it.
    expect(narration.calls).toEqual([`open ${PANEL} zh-Hans`, `open ${PANEL} zh-Hans`, 'play']);
    narration.calls.length = 0;
    tour.next();
    expect(narration.calls).toEqual([`open ${EVENT} zh-Hans`]);
  });

  it('is opened before it plays even when play is asked before the follower has heard of the new stop', () => {
    const store = new KioskStore(attract, context);
    const narration = fakeNarration();
    let follower: { playFocused(): void } | null = null;
    // A listener that hears of the change first and asks for the narration at once.
    store.watch(['focused'], (state) => {
      if (state.focused === PANEL) follower?.playFocused();
    });
    follower = followNarration(store, narration, NARRATIONS);
    store.dispatch({ type: 'openPanel', panelId: PANEL });
    expect(narration.calls.slice(0, 2)).toEqual([`open ${PANEL} zh-Hans`, 'play']);
  });

  it('plays nothing for a step that changes nothing', () => {
    const store = new KioskStore(attract, context);
    const narration = fakeNarration();
    const tour = guidedTourController(store, followNarration(store, narration, NARRATIONS), TOURS);
    tour.next();
    tour.goTo(1);
    tour.start('nowhere');
    expect(narration.calls).toEqual([]);
  });
});

describe('visitor statistics of a change', () => {
  const playing = (status: NarrationState['status']): NarrationState => ({ id: EVENT, language: 'zh-Hans', status, playing: status === 'playing', positionSeconds: 0, durationSeconds: 9, cueIndex: -1, problem: null });
  const isEvent = context.isEvent;

  it('counts a visit, the item opened and a language chosen during a visit', () => {
    const visit: KioskState = { ...attract, mode: 'explore', focused: EVENT };
    expect(statisticsOfChange(visit, attract, isEvent)).toEqual([{ metric: 'visit' }, { metric: 'event-opened', item: EVENT }]);
    const panel: KioskState = { ...visit, mode: 'panel', focused: PANEL };
    expect(statisticsOfChange(panel, visit, isEvent)).toEqual([{ metric: 'panel-opened', item: PANEL }]);
    expect(statisticsOfChange({ ...panel, language: 'en' }, panel, isEvent)).toEqual([{ metric: 'language-chosen', item: 'en' }]);
    expect(statisticsOfChange({ ...attract, language: 'en' }, attract, isEvent)).toEqual([]);
  });

  it('counts a narration started once and finished once', () => {
    const ready: KioskState = { ...attract, mode: 'explore', focused: EVENT, narration: playing('ready') };
    const started: KioskState = { ...ready, narration: playing('playing') };
    expect(statisticsOfChange(started, ready, isEvent)).toEqual([{ metric: 'narration-started', item: EVENT }]);
    expect(statisticsOfChange({ ...started, narration: { ...playing('playing'), positionSeconds: 1 } }, started, isEvent)).toEqual([]);
    const ended: KioskState = { ...ready, narration: playing('ended') };
    expect(statisticsOfChange(ended, started, isEvent)).toEqual([{ metric: 'narration-finished', item: EVENT }]);
    expect(statisticsOfChange(ended, ended, isEvent)).toEqual([]);
  });
});

describe('updates at idle', () => {
  it('looks for an update on the return to the invitation, and takes a waiting one when the narration falls silent', async () => {
    const store = new KioskStore({ ...attract, mode: 'explore' }, context);
    const calls: string[] = [];
    followUpdatesAtIdle(store, {
      checkForUpdate: () => {
        calls.push('check');
        return Promise.resolve({ kind: 'upToDate', detail: null });
      },
      applyUpdateIfIdle: () => calls.push('apply'),
    });
    store.dispatch({ type: 'narrationChanged', narration: { id: EVENT, language: 'zh-Hans', status: 'ready', playing: false, positionSeconds: 0, durationSeconds: 1, cueIndex: -1, problem: null } });
    expect(calls).toEqual([]);
    store.dispatch({ type: 'narrationChanged', narration: null });
    expect(calls).toEqual(['apply']);
    store.dispatch({ type: 'resetToAttract' });
    await Promise.resolve();
    expect(calls).toEqual(['apply', 'check', 'apply']);
  });
});

describe('kiosk health', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 11, 1, 10, 0, 0));
  });
  afterEach(() => vi.useRealTimers());

  const start = (overrides: { ticks?: () => number | null; idle?: boolean; hour?: number | null } = {}) => {
    const log: string[] = [];
    const events = new EventTarget();
    const reload = vi.fn();
    const resetToAttract = vi.fn();
    const stop = startKioskHealth({
      staffLog: { record: (source, message) => log.push(`${source}: ${message}`) },
      errors: events,
      renderTickCount: overrides.ticks ?? (() => null),
      isPageVisible: () => true,
      isIdle: () => overrides.idle ?? true,
      dailyReloadHour: overrides.hour ?? null,
      reload,
      resetToAttract,
    });
    return { log, events, reload, resetToAttract, stop };
  };

  it('logs an uncaught error and an unhandled rejection for staff and returns to the invitation', () => {
    const health = start();
    health.events.dispatchEvent(Object.assign(new Event('error'), { message: 'boom', filename: 'main.js', lineno: 7 }));
    health.events.dispatchEvent(Object.assign(new Event('unhandledrejection'), { reason: new Error('lost') }));
    expect(health.log).toEqual(['error: boom (main.js:7)', 'error: unhandled rejection: lost']);
    expect(health.resetToAttract).toHaveBeenCalledTimes(2);
    health.stop();
    health.events.dispatchEvent(new Event('error'));
    expect(health.resetToAttract).toHaveBeenCalledTimes(2);
  });

  it('reloads when the render loop has stopped ticking for 15 s, never while it ticks', () => {
    let ticks = 1;
    const health = start({ ticks: () => ticks });
    for (let step = 0; step < 10; step += 1) {
      ticks += 1;
      vi.advanceTimersByTime(5000);
    }
    expect(health.reload).not.toHaveBeenCalled();
    vi.advanceTimersByTime(15_000);
    expect(health.reload).not.toHaveBeenCalled();
    vi.advanceTimersByTime(5000);
    expect(health.reload).toHaveBeenCalledTimes(1);
    expect(health.log[0]).toMatch(/^watchdog: /);
    health.stop();
  });

  it('reloads once a day at the chosen hour, only when idle and not on the day it started', () => {
    const busy = start({ hour: 10, idle: false });
    const idle = start({ hour: 10 });
    vi.advanceTimersByTime(60_000);
    expect(idle.reload).not.toHaveBeenCalled();
    vi.setSystemTime(new Date(2026, 11, 2, 10, 0, 30));
    vi.advanceTimersByTime(60_000);
    expect(idle.reload).toHaveBeenCalled();
    expect(busy.reload).not.toHaveBeenCalled();
    busy.stop();
    idle.stop();
  });
});

describe('the diagnostics sampler', () => {
  it('reports frames per second over the last half second or more', () => {
    let time = 0;
    let ticks = 0;
    const snapshot = diagnosticsSampler({
      contentVersion: 'v1',
      release: () => ({ release: 'r1', ring: 'all' }),
      graphicsLost: () => false,
      isPageVisible: () => true,
      visitsToday: () => Promise.resolve(0),
      offline: () => null,
      tickCount: () => ticks,
      renderStats: () => ({ drawCalls: 1, triangles: 2, geometries: 3, textures: 4, programs: 5, framesRendered: 6, multisampledFrames: 6, visibleYears: null, zoom: null }),
      staffLog: { list: () => [] },
      now: () => time,
    });
    expect(snapshot().framesPerSecond).toBe(0);
    time = 1000;
    ticks = 30;
    expect(snapshot()).toMatchObject({ framesPerSecond: 30, contentVersion: 'v1', render: { drawCalls: 1 } });
    time = 1200;
    ticks = 60;
    expect(snapshot().framesPerSecond).toBe(30);
  });
});

describe('input modules', () => {
  it('maps a presenter clicker to next, previous and blank, leaving modified keys to the browser', () => {
    const key = (name: string, ctrlKey = false) => presenterCommandOf({ key: name, ctrlKey, metaKey: false, altKey: false });
    expect(['PageDown', 'ArrowRight', 'ArrowDown'].map((name) => key(name))).toEqual(['next', 'next', 'next']);
    expect(['PageUp', 'ArrowLeft', 'ArrowUp'].map((name) => key(name))).toEqual(['previous', 'previous', 'previous']);
    expect(['b', 'B', '.'].map((name) => key(name))).toEqual(['blank', 'blank', 'blank']);
    expect(key('Enter')).toBeNull();
    expect(key('PageDown', true)).toBeNull();
  });

  it('stops the long-press menu, drags and Ctrl zoom, and lets ordinary keys through', () => {
    const page = new EventTarget();
    hardenPage(page);
    const prevented = (event: Event): boolean => {
      page.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(prevented(new Event('contextmenu', { cancelable: true }))).toBe(true);
    expect(prevented(new Event('dragstart', { cancelable: true }))).toBe(true);
    expect(prevented(Object.assign(new Event('wheel', { cancelable: true }), { ctrlKey: true }))).toBe(true);
    expect(prevented(Object.assign(new Event('wheel', { cancelable: true }), { ctrlKey: false }))).toBe(false);
    expect(prevented(Object.assign(new Event('keydown', { cancelable: true }), { key: '+', ctrlKey: true, metaKey: false }))).toBe(true);
    expect(prevented(Object.assign(new Event('keydown', { cancelable: true }), { key: 'a', ctrlKey: true, metaKey: false }))).toBe(false);
  });
});
