/**
 * Connects the keypad: keys to the navigator, its prompts to the speaker, the speaker's
 * announcement to the state, and the state's volume to the audio. A touch anywhere silences the
 * prompt and hides the key focus; a playing narration ducks the prompts under it.
 */
import type { KioskAction } from '../app/kioskActions.ts';
import type { KioskStore } from '../app/KioskState.ts';
import type { StaffLog } from '../app/StaffLog.ts';
import { setHowlerGlobal } from '../audio/howlerModule.ts';
import { PromptSpeaker } from '../audio/PromptSpeaker.ts';
import type { ContentBundle } from '../contentModel/contentTypes.ts';
import { keypadCommandOf } from './keypadKeys.ts';
import { KeypadNavigator } from './KeypadNavigator.ts';
import type { SpokenPromptTable } from './spokenPrompts.ts';

export interface KeypadWiringOptions {
  readonly content: ContentBundle;
  readonly store: KioskStore;
  readonly prompts: Promise<SpokenPromptTable>;
  readonly page: Document;
  readonly sheetControls: () => HTMLElement[];
  readonly toggleNarration: () => void;
  readonly goHome: () => void;
}

/** The prompts' table; without it the keypad still works, silently, and staff are told why. */
export async function loadSpokenPrompts(url: string, staffLog: Pick<StaffLog, 'record'>): Promise<SpokenPromptTable> {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return (await response.json()) as SpokenPromptTable;
  } catch (error) {
    staffLog.record('keypad', `The keypad's spoken prompts (${url}) could not be loaded (${error instanceof Error ? error.message : String(error)}); keys still work, without speech. Fix: build the kiosk again with espeak-ng, lame and sox installed.`);
    return {};
  }
}

/**
 * Select or Space on a control a keyboard user reached with Tab (a bottom-bar button, the event
 * list, a setting) presses that control, as on any page; the sheet's own controls are the keypad's.
 */
function pressesFocusedControl(command: string, focused: Element | null, sheetControls: readonly HTMLElement[]): boolean {
  if (command !== 'select' && command !== 'playPause') return false;
  const isControl = focused instanceof HTMLButtonElement || focused instanceof HTMLInputElement || focused instanceof HTMLSelectElement;
  return isControl && !sheetControls.includes(focused as HTMLElement);
}

export function wireKeypad(options: KeypadWiringOptions): PromptSpeaker {
  const { store, page } = options;
  const dispatch = (action: KioskAction): void => store.dispatch(action);
  const speaker = new PromptSpeaker({
    prompts: options.prompts,
    volumeCap: options.content.settings.audio.volumeCap,
    onChange: (announcement) => dispatch({ type: 'announcementChanged', announcement }),
  });
  const navigator = new KeypadNavigator({
    content: options.content,
    state: () => store.state,
    dispatch,
    say: (keys, language) => speaker.say(keys, language),
    sheetControls: options.sheetControls,
    focusedControl: () => page.activeElement,
    toggleNarration: options.toggleNarration,
    goHome: options.goHome,
  });
  page.addEventListener('keydown', (event) => {
    if (event.repeat && event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const command = keypadCommandOf(event);
    if (command === null || pressesFocusedControl(command, page.activeElement, options.sheetControls())) return;
    if (!navigator.handle(command)) return;
    // The key did the keypad's work: no scrolling (Space), no second press of a focused button (Enter).
    event.preventDefault();
  });
  page.addEventListener('keyup', (event) => {
    // A focused button presses itself on Space's release; Space is the narration's key here.
    if (event.key === ' ' && store.state.mode !== 'guided') event.preventDefault();
  });
  page.addEventListener('pointerdown', () => {
    speaker.stop();
    if (store.state.cursor !== null) dispatch({ type: 'moveCursor', itemId: null });
  }, { capture: true });
  store.watch(['narration'], (state) => speaker.setDucked(state.narration?.playing ?? false));
  store.watch(['volume'], (state) => setHowlerGlobal('volume', ({ Howler }) => Howler.volume(state.volume)));
  // The idle reset and the staff overlay end what the keypad was saying.
  store.watch(['mode'], (state) => {
    if (state.mode === 'attract' || state.mode === 'diagnostics') speaker.stop();
  });
  return speaker;
}
