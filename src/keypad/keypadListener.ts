/**
 * The keypad's keys, listened to from the start; its navigator and spoken prompts (keypadWiring.ts)
 * are their own chunk, loaded with the first key a visitor presses, since most visits never touch
 * the keypad. Keys pressed while it loads are acted on, in order, once it is here. A touch anywhere
 * silences the prompt and hides the key focus.
 */
import type { KioskAction } from '../app/kioskActions.ts';
import { keypadClaimsKey, keypadCommandOf, type KeypadCommand } from './keypadKeys.ts';
import type { Keypad, KeypadWiringOptions } from './keypadWiring.ts';

/**
 * Select or Space on a control a keyboard user reached with Tab (a bottom-bar button, the event
 * list, a setting) presses that control, as on any page; the sheet's own controls are the keypad's.
 */
function pressesFocusedControl(command: KeypadCommand, focused: Element | null, sheetControls: readonly HTMLElement[]): boolean {
  if (command !== 'select' && command !== 'playPause') return false;
  const isControl = focused instanceof HTMLButtonElement || focused instanceof HTMLInputElement || focused instanceof HTMLSelectElement;
  return isControl && !sheetControls.includes(focused as HTMLElement);
}

export interface KeypadListener {
  /** The prompt sprites held in memory (none before the first key). */
  liveSpriteCount(): number;
}

export function listenToKeypad(options: KeypadWiringOptions): KeypadListener {
  const { store, page } = options;
  const dispatch = (action: KioskAction): void => store.dispatch(action);
  let keypad: Keypad | null = null;
  let loading: Promise<Keypad> | null = null;
  const waiting: KeypadCommand[] = [];
  const load = (): Promise<Keypad> => {
    loading ??= import('./keypadWiring.ts').then(({ wireKeypad }) => {
      keypad = wireKeypad(options);
      for (const command of waiting.splice(0)) keypad.handle(command);
      return keypad;
    }, (error: unknown) => {
      // The next key asks again; the staff log says why this one went unanswered.
      loading = null;
      waiting.length = 0;
      throw new Error(`The keypad's code (its chunk in assets/) could not be loaded: ${error instanceof Error ? error.message : String(error)}. Fix: reload the kiosk; if it persists, publish it again (npm run publish:kiosk).`);
    });
    return loading;
  };
  page.addEventListener('keydown', (event) => {
    if (event.repeat && event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const command = keypadCommandOf(event);
    if (command === null || pressesFocusedControl(command, page.activeElement, options.sheetControls())) return;
    if (!keypadClaimsKey(command, store.state.mode)) return;
    // The key is the keypad's: no scrolling (Space), no second press of a focused button (Enter).
    event.preventDefault();
    if (keypad) keypad.handle(command);
    else {
      waiting.push(command);
      void load();
    }
  });
  page.addEventListener('keyup', (event) => {
    // A focused button presses itself on Space's release; Space is the narration's key here.
    if (event.key === ' ' && store.state.mode !== 'guided') event.preventDefault();
  });
  page.addEventListener('pointerdown', () => {
    keypad?.stopSpeaking();
    if (store.state.cursor !== null) dispatch({ type: 'moveCursor', itemId: null });
  }, { capture: true });
  return { liveSpriteCount: () => keypad?.liveSpriteCount() ?? 0 };
}
