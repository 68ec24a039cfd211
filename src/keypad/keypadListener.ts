/**
 * The keypad's keys, listened to from the start; its navigator and spoken prompts (keypadWiring.ts)
 * are their own chunk, loaded with the first key a visitor presses, since most visits never touch
 * the keypad. Keys pressed while it loads are acted on, in order, once it is here. A touch anywhere
 * silences the prompt and hides the key focus.
 */
import type { KioskAction } from '../app/kioskActions.ts';
import { onDemand } from '../app/onDemand.ts';
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
  const waiting: KeypadCommand[] = [];
  // The next key asks again when it could not be fetched; the keys waiting for it go unanswered.
  const load = onDemand("The keypad's code", () => import('./keypadWiring.ts'), ({ wireKeypad }) => {
    const wired = wireKeypad(options);
    keypad = wired;
    for (const command of waiting.splice(0)) wired.handle(command);
    return wired;
  }, { onFailure: () => { waiting.length = 0; } });
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
