import { describe, expect, it, vi } from 'vitest';
import { initialKioskState, kioskActionContext, type KioskAction } from '../../src/app/kioskActions.ts';
import { KioskStore } from '../../src/app/KioskState.ts';
import { announcementText } from '../../src/audio/PromptSpeaker.ts';
import { mediaFolder } from '../../src/contentBuild/mediaFolder.ts';
import { validateMedia } from '../../src/contentBuild/validateMedia.ts';
import { keypadClaimsKey, keypadCommandOf, type KeypadCommand } from '../../src/keypad/keypadKeys.ts';
import { KeypadNavigator } from '../../src/keypad/KeypadNavigator.ts';
import { keypadRowsOf } from '../../src/keypad/keypadRows.ts';
import { promptTexts } from '../../src/keypad/spokenPrompts.ts';
import { STARTER_MEDIA } from '../support/mediaCopy.ts';

const { bundle } = validateMedia(mediaFolder(STARTER_MEDIA), { mediaUrl: (file) => file });

const key = (name: string, modifiers: Partial<Record<'ctrlKey' | 'altKey' | 'metaKey', boolean>> = {}) =>
  keypadCommandOf({ key: name, ctrlKey: false, altKey: false, metaKey: false, ...modifiers });

/** The navigator over the starter content, with what it said kept in order. */
function keypad() {
  const store = new KioskStore(initialKioskState(bundle), kioskActionContext(bundle));
  const said: string[][] = [];
  const navigator = new KeypadNavigator({
    content: bundle,
    state: () => store.state,
    dispatch: (action: KioskAction) => store.dispatch(action),
    say: (keys) => said.push([...keys]),
    sheetControls: () => [],
    focusedControl: () => null,
    toggleNarration: () => undefined,
    goHome: () => store.dispatch({ type: 'home' }),
  });
  return { store, said, navigator };
}

describe('the keypad', () => {
  it('reads the keys of an accessibility keypad, and leaves the browser its shortcuts', () => {
    expect([key('ArrowLeft'), key('ArrowRight'), key('ArrowUp'), key('ArrowDown')]).toEqual(['previous', 'next', 'up', 'down']);
    expect([key('Enter'), key('Escape'), key(' '), key('L'), key('h'), key('+'), key('-')]).toEqual(['select', 'back', 'playPause', 'language', 'help', 'louder', 'quieter']);
    expect(key('q')).toBe('other');
    expect(key('l', { ctrlKey: true })).toBeNull();
    expect(key('Tab')).toBeNull();
  });

  it('claims a key before its code is loaded exactly when the navigator acts on it, in every mode', () => {
    // Select in a sheet asks whether the focus is on one of its controls; here there is no page.
    vi.stubGlobal('HTMLElement', class {});
    const commands: KeypadCommand[] = ['previous', 'next', 'up', 'down', 'select', 'back', 'playPause', 'language', 'help', 'louder', 'quieter', 'other'];
    const [firstEvent] = bundle.events;
    const [firstTour] = bundle.tours;
    if (!firstEvent || !firstTour) throw new Error('the starter content has events and a tour');
    const reach: Record<string, KioskAction[]> = {
      attract: [],
      timeline: [{ type: 'wake' }],
      sheet: [{ type: 'wake' }, { type: 'openEvent', eventId: firstEvent.id }],
      guided: [{ type: 'wake' }, { type: 'startTour', tourId: firstTour.id }],
      diagnostics: [{ type: 'openDiagnostics' }],
    };
    for (const [where, actions] of Object.entries(reach)) {
      for (const command of commands) {
        const { store, navigator } = keypad();
        for (const action of actions) store.dispatch(action);
        const mode = store.state.mode;
        expect(navigator.handle(command), `${command} in ${where} (${mode})`).toBe(keypadClaimsKey(command, mode));
      }
    }
    vi.unstubAllGlobals();
  });

  it('walks a track in time order, says each item with its place, and stops at the end of the line', () => {
    const { store, said, navigator } = keypad();
    navigator.handle('other');
    expect(store.state.mode).toBe('explore');
    expect(said.at(-1)).toEqual(['welcome', 'help']);
    navigator.handle('next');
    navigator.handle('next');
    expect(store.state.cursor).toBe('party/1949-prc-founded');
    const party = keypadRowsOf(bundle)[0]!;
    for (let step = 0; step < party.itemIds.length; step += 1) navigator.handle('next');
    expect(store.state.cursor).toBe(party.itemIds.at(-1));
    expect(said.at(-1)?.[0]).toBe('rowEnd');
  });

  it('changes line to the nearest event in time, and opens and leaves a sheet', () => {
    const { store, said, navigator } = keypad();
    navigator.handle('other');
    navigator.handle('next');
    navigator.handle('next');
    navigator.handle('down');
    // The museum's first event is 1988: the nearest to 1949 on its line.
    expect(store.state.cursor).toBe('museum/1988-phase-one-opens');
    navigator.handle('select');
    expect(store.state.focused).toBe('museum/1988-phase-one-opens');
    expect(said.at(-1)?.[0]).toBe('opened');
    navigator.handle('back');
    expect(store.state.focused).toBeNull();
    expect(store.state.cursor).toBe('museum/1988-phase-one-opens');
    navigator.handle('back');
    expect(store.state.cursor).toBeNull();
    expect(said.at(-1)).toEqual(['home']);
  });

  it('moves the volume in steps within the cap, and says when it can go no further', () => {
    const { store, said, navigator } = keypad();
    navigator.handle('other');
    navigator.handle('louder');
    expect(store.state.volume).toBe(1);
    expect(said.at(-1)).toEqual(['loudest']);
    for (let step = 0; step < 10; step += 1) navigator.handle('quieter');
    expect(store.state.volume).toBe(0.2);
    expect(said.at(-1)).toEqual(['quietest']);
    store.dispatch({ type: 'resetToAttract' });
    expect(store.state.volume).toBe(1);
  });

  it('speaks every item in every language, with positions true of the rows', () => {
    const rows = keypadRowsOf(bundle);
    for (const language of bundle.settings.languages) {
      const texts = promptTexts(bundle, language);
      for (const row of rows) {
        for (const itemId of row.itemIds) {
          expect(texts.get(`title:${itemId}`), `${language} ${itemId}`).toBeTruthy();
          expect(texts.get(`where:${itemId}`), `${language} ${itemId}`).toContain(String(row.itemIds.length));
        }
      }
    }
    expect(promptTexts(bundle, 'zh-Hans').get('where:party/1949-prc-founded')).toBe('党史，第2项，共11项。');
    expect(promptTexts(bundle, 'en').get('where:party/1949-prc-founded')).toBe('Party history, 2 of 11.');
  });

  it('joins the clips into one caption as each language writes it', () => {
    expect(announcementText([{ text: '已打开：', url: null, startMs: 0, durationMs: 0 }, { text: '中华人民共和国成立。', url: null, startMs: 0, durationMs: 0 }], 'zh-Hans')).toBe('已打开：中华人民共和国成立。');
    expect(announcementText([{ text: 'Opened: ', url: null, startMs: 0, durationMs: 0 }, { text: 'The founding.', url: null, startMs: 0, durationMs: 0 }], 'en')).toBe('Opened: The founding.');
  });
});
