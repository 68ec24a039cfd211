/**
 * A presenter clicker sends page and arrow keys; B and the full stop blank the screen. Only a
 * docent's tour listens to it; with Ctrl, Alt or Meta held a key is the browser's, not the tour's.
 */
export type PresenterCommand = 'next' | 'previous' | 'blank';

export function presenterCommandOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): PresenterCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  switch (event.key) {
    case 'PageDown': case 'ArrowRight': case 'ArrowDown': return 'next';
    case 'PageUp': case 'ArrowLeft': case 'ArrowUp': return 'previous';
    case 'b': case 'B': case '.': return 'blank';
    default: return null;
  }
}

export function listenToPresenterClicker(
  keys: Pick<EventTarget, 'addEventListener'>,
  isTourRunning: () => boolean,
  commands: Readonly<Record<PresenterCommand, () => void>>,
): void {
  keys.addEventListener('keydown', (event) => {
    const command = isTourRunning() ? presenterCommandOf(event as KeyboardEvent) : null;
    if (!command) return;
    commands[command]();
    event.preventDefault();
  });
}
