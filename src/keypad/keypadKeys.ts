/**
 * The keys of a museum's accessibility keypad (it types as an ordinary USB keyboard), and what
 * each one asks for. With Ctrl, Alt or Meta held a key belongs to the browser, not the visitor.
 */
export type KeypadCommand =
  | 'previous' | 'next' | 'up' | 'down' | 'select' | 'back' | 'playPause' | 'language' | 'help' | 'louder' | 'quieter' | 'other';

const COMMANDS: Readonly<Record<string, KeypadCommand>> = {
  ArrowLeft: 'previous',
  ArrowRight: 'next',
  ArrowUp: 'up',
  ArrowDown: 'down',
  Enter: 'select',
  Escape: 'back',
  Backspace: 'back',
  ' ': 'playPause',
  l: 'language',
  L: 'language',
  h: 'help',
  H: 'help',
  '?': 'help',
  '+': 'louder',
  '=': 'louder',
  '-': 'quieter',
  _: 'quieter',
};

/** What a key asks for; 'other' for a key with no meaning of its own (on the invitation, any key wakes the kiosk). */
export function keypadCommandOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): KeypadCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.key === 'Tab' || event.key.startsWith('F') && event.key.length > 1) return null;
  return COMMANDS[event.key] ?? 'other';
}

/**
 * Whether the keypad acts on a command in a mode (KeypadNavigator.handle answers the same, and a unit
 * test holds the two together), decided before the keypad's code is loaded: the key's default (Space scrolling, Enter pressing) must be
 * stopped while the event is still being dispatched. A docent's tour and the staff overlay keep
 * their own keys; on the invitation any key wakes the kiosk.
 */
export function keypadClaimsKey(command: KeypadCommand, mode: string): boolean {
  if (mode === 'guided' || mode === 'diagnostics') return false;
  return mode === 'attract' || command !== 'other';
}
