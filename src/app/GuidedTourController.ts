/**
 * Runs a docent's tour: each stop focuses its event (the camera flies there) or opens its panel,
 * and starts the narration when the stop asks for it. Every change goes through the store, so
 * the visitor screen, the docent bar and kiosk.state() always agree.
 */
import type { NarrationService } from '../audio/NarrationService.ts';
import type { Tour } from '../contentModel/contentTypes.ts';
import type { GuidedState, KioskStore } from './KioskState.ts';

export class GuidedTourController {
  private tour: Tour | null = null;

  constructor(
    private readonly store: KioskStore,
    private readonly narration: NarrationService,
    private readonly tours: readonly Tour[],
    private readonly isEvent: (id: string) => boolean,
    /** Ends the visit the way an idle reset does: silence, default language, attract. */
    private readonly returnToAttract: () => void,
  ) {}

  get currentTour(): Tour | null {
    return this.tour;
  }

  start(tourId: string): void {
    const tour = this.tours.find((candidate) => candidate.id === tourId);
    if (!tour || tour.stops.length === 0) return;
    this.tour = tour;
    this.store.update({
      mode: 'guided',
      guided: { tourId, stopIndex: 0, stopCount: tour.stops.length, muted: false, captionsShown: true, blanked: false, talkingPointsShown: true },
    });
    this.goTo(0);
  }

  next(): void {
    const guided = this.store.state.guided;
    if (guided) this.goTo(Math.min(guided.stopIndex + 1, guided.stopCount - 1));
  }

  previous(): void {
    const guided = this.store.state.guided;
    if (guided) this.goTo(Math.max(guided.stopIndex - 1, 0));
  }

  goTo(stopIndex: number): void {
    const tour = this.tour;
    const guided = this.store.state.guided;
    const stop = tour?.stops[stopIndex];
    if (!tour || !guided || !stop) return;
    const isEvent = this.isEvent(stop.target);
    this.patch({ stopIndex, blanked: false });
    this.store.update({ focused: stop.target, openGroup: isEvent ? null : stop.target.split('/')[0] ?? null });
    if (stop.playNarration) this.narration.play();
  }

  toggleNarration(): void {
    this.narration.toggle();
  }

  setMuted(muted: boolean): void {
    this.narration.setMuted(muted);
    this.patch({ muted });
  }

  setCaptionsShown(captionsShown: boolean): void {
    this.patch({ captionsShown });
  }

  setTalkingPointsShown(talkingPointsShown: boolean): void {
    this.patch({ talkingPointsShown });
  }

  /** The presenter's blank key: dark screen and paused narration; pressed again, both come back. */
  toggleBlank(): void {
    const guided = this.store.state.guided;
    if (!guided) return;
    if (!guided.blanked) this.narration.pause();
    this.patch({ blanked: !guided.blanked });
  }

  end(): void {
    this.tour = null;
    this.returnToAttract();
  }

  private patch(change: Partial<GuidedState>): void {
    const guided = this.store.state.guided;
    if (guided) this.store.update({ guided: { ...guided, ...change } });
  }
}
