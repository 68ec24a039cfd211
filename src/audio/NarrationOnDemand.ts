/**
 * The narration as the rest of the kiosk sees it, with its working parts (NarrationService: the
 * recordings, their captions and the state machine between them) loaded on demand: with the touch
 * that wakes the kiosk, or the first call, whichever comes first. The attract screen never needs
 * them, so they are not part of the kiosk's start. Calls made while they load are carried out, in
 * order, once they are here.
 */
import { onDemand } from '../app/onDemand.ts';
import type { LanguageCode, Narration } from '../contentModel/contentTypes.ts';
import type { CaptionCue } from '../contentModel/webVtt.ts';
import type { NarrationService, NarrationServiceOptions } from './NarrationService.ts';

export class NarrationOnDemand {
  private service: NarrationService | null = null;
  private readonly waiting: ((service: NarrationService) => void)[] = [];

  /** Fetches the working parts once; a failure is for staff (the next call asks again). */
  readonly load: () => Promise<NarrationService>;

  constructor(options: NarrationServiceOptions) {
    this.load = onDemand("The narration's code", () => import('./NarrationService.ts'), ({ NarrationService: Service }) => {
      const service = new Service(options);
      this.service = service;
      for (const call of this.waiting.splice(0)) call(service);
      return service;
    }, { consequence: 'the sheets show their text without sound', onFailure: () => { this.waiting.length = 0; } });
  }

  /** The captions of the open narration (none before anything was opened). */
  get cues(): readonly CaptionCue[] {
    return this.service?.cues ?? [];
  }

  get cuesAreUntimed(): boolean {
    return this.service?.cuesAreUntimed ?? false;
  }

  open(id: string, narration: Narration, language: LanguageCode): void {
    this.call((service) => service.open(id, narration, language));
  }

  close(): void {
    // Nothing was ever opened: nothing to close, and no reason to fetch the code.
    if (!this.service && this.waiting.length === 0) return;
    this.call((service) => service.close());
  }

  play(): void {
    this.call((service) => service.play());
  }

  pause(): void {
    this.call((service) => service.pause());
  }

  setMuted(muted: boolean): void {
    this.call((service) => service.setMuted(muted));
  }

  toggle(): void {
    this.call((service) => service.toggle());
  }

  replay(): void {
    this.call((service) => service.replay());
  }

  seek(seconds: number): void {
    this.call((service) => service.seek(seconds));
  }

  seekToCue(index: number): void {
    this.call((service) => service.seekToCue(index));
  }

  /** Each frame: moves the open narration's position and captions on (nothing to do before it loads). */
  tick(): void {
    this.service?.tick();
  }

  liveHowlCount(): number {
    return this.service?.liveHowlCount() ?? 0;
  }

  dispose(): void {
    this.waiting.length = 0;
    this.service?.dispose();
  }

  private call(action: (service: NarrationService) => void): void {
    if (this.service) action(this.service);
    else {
      this.waiting.push(action);
      void this.load();
    }
  }
}
