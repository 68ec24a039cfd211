/**
 * The keypad's working parts, loaded with the first key (keypadListener.ts): the navigator, the
 * speaker of its prompts, the speaker's announcement into the state, and the state's volume and
 * narration into the audio (a playing narration ducks the prompts under it).
 */
import type { KioskAction } from '../app/kioskActions.ts';
import type { KioskStore } from '../app/KioskState.ts';
import type { StaffLog } from '../app/StaffLog.ts';
import { setHowlerGlobal } from '../audio/howlerModule.ts';
import { PromptSpeaker } from '../audio/PromptSpeaker.ts';
import type { ContentBundle } from '../contentModel/contentTypes.ts';
import type { KeypadCommand } from './keypadKeys.ts';
import { KeypadNavigator } from './KeypadNavigator.ts';
import type { SpokenPromptTable } from './spokenPrompts.ts';

export interface KeypadWiringOptions {
  readonly content: ContentBundle;
  readonly store: KioskStore;
  readonly promptsUrl: string;
  readonly staffLog: Pick<StaffLog, 'record'>;
  readonly page: Document;
  readonly sheetControls: () => HTMLElement[];
  readonly toggleNarration: () => void;
  readonly goHome: () => void;
}

export interface Keypad {
  /** Whether the keypad acted on the command (its default is then not the browser's). */
  handle(command: KeypadCommand): boolean;
  /** A touch or the idle reset silences what the keypad was saying. */
  stopSpeaking(): void;
  liveSpriteCount(): number;
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

export function wireKeypad(options: KeypadWiringOptions): Keypad {
  const { store, page } = options;
  const dispatch = (action: KioskAction): void => store.dispatch(action);
  const speaker = new PromptSpeaker({
    prompts: loadSpokenPrompts(options.promptsUrl, options.staffLog),
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
  store.watch(['narration'], (state) => speaker.setDucked(state.narration?.playing ?? false));
  store.watch(['volume'], (state) => setHowlerGlobal('volume', ({ Howler }) => Howler.volume(state.volume)));
  store.watch(['mode'], (state) => {
    if (state.mode === 'attract' || state.mode === 'diagnostics') speaker.stop();
  });
  // What the state held before the first key, applied as its watchers would have.
  speaker.setDucked(store.state.narration?.playing ?? false);
  setHowlerGlobal('volume', ({ Howler }) => Howler.volume(store.state.volume));
  return {
    handle: (command) => navigator.handle(command),
    stopSpeaking: () => speaker.stop(),
    liveSpriteCount: () => speaker.liveSpriteCount(),
  };
}
