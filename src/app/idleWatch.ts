/**
 * The two clocks that end a forgotten visit: a visitor's "Still there?" after the idle timeout,
 * and, since a tour suspends that one, the tour that ends by itself after the docent's silence.
 * Both count from the last touch or key anywhere on the page.
 */
import type { KioskSettings } from '../contentModel/contentTypes.ts';
import { IdleMonitor } from './IdleMonitor.ts';
import type { KioskStore } from './KioskState.ts';

export function watchForIdleVisitors(store: KioskStore, settings: KioskSettings, interactions: Pick<EventTarget, 'addEventListener'>): readonly IdleMonitor[] {
  const onCountdown = (secondsLeft: number | null): void => store.dispatch({ type: 'idleCountdownChanged', secondsLeft });
  const onIdleReset = (): void => store.dispatch({ type: 'resetToAttract' });
  const visitor = new IdleMonitor(settings.idle, {
    // The staff overlay counts as a visit: staff who walk away leave it to close by itself.
    isVisitInProgress: () => store.state.mode === 'explore' || store.state.mode === 'panel' || store.state.mode === 'diagnostics',
    isNarrationPlaying: () => store.state.narration?.playing ?? false,
    onCountdown,
    onIdleReset,
  });
  const tourSilence = new IdleMonitor(
    { warningAfterSeconds: settings.docent.silenceEndsTourMinutes * 60, countdownSeconds: settings.idle.countdownSeconds, narrationHoldCapSeconds: 0 },
    { isVisitInProgress: () => store.state.mode === 'guided', isNarrationPlaying: () => false, onCountdown, onIdleReset },
  );
  for (const type of ['pointerdown', 'keydown']) {
    interactions.addEventListener(type, () => {
      visitor.noteInteraction();
      tourSilence.noteInteraction();
    }, { capture: true });
  }
  return [visitor, tourSilence];
}
