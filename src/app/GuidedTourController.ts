/**
 * Runs a docent's tour: each step is an action (the stop's event or panel opens and the camera
 * flies there), and a stop that asks for its narration has it played once the step is applied.
 * The narration follower opens that narration itself before playing it, so the order in which
 * listeners hear of the new stop does not matter.
 */
import type { Tour } from '../contentModel/contentTypes.ts';
import { currentStop, type KioskAction } from './kioskActions.ts';
import type { KioskStore } from './KioskState.ts';

export interface GuidedTourController {
  start(tourId: string): void;
  next(): void;
  previous(): void;
  goTo(stopIndex: number): void;
}

type TourStep = Extract<KioskAction, { readonly type: 'startTour' | 'nextStop' | 'previousStop' | 'goToStop' }>;

export function guidedTourController(store: KioskStore, narration: { playFocused(): void }, tours: readonly Tour[]): GuidedTourController {
  const step = (action: TourStep): void => {
    const before = store.state;
    store.dispatch(action);
    // Unchanged state: no tour, an unknown tour or a stop that does not exist; nothing to play.
    if (store.state !== before && currentStop(store.state, tours)?.playNarration) narration.playFocused();
  };
  return {
    start: (tourId) => step({ type: 'startTour', tourId }),
    next: () => step({ type: 'nextStop' }),
    previous: () => step({ type: 'previousStop' }),
    goTo: (stopIndex) => step({ type: 'goToStop', stopIndex }),
  };
}
