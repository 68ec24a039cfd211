/**
 * The kiosk's state as one plain typed object. Views read it and redraw on `stateChanged`; every
 * change goes through KioskStore.update(), so there is one path to follow when debugging.
 */
import type { LanguageCode } from '../contentModel/contentTypes.ts';
import type { OfflineState } from '../offline/OfflineService.ts';
import { Emitter } from './Emitter.ts';

export type KioskMode = 'attract' | 'explore' | 'panel' | 'guided' | 'diagnostics';

export type NarrationStatus = 'loading' | 'ready' | 'playing' | 'paused' | 'ended' | 'unavailable';

export interface NarrationState {
  /** The event or panel whose narration this is. */
  readonly id: string;
  readonly language: string;
  readonly status: NarrationStatus;
  readonly playing: boolean;
  readonly positionSeconds: number;
  readonly durationSeconds: number;
  /** The caption cue showing now, or -1 between cues. */
  readonly cueIndex: number;
  /** Why the recording cannot play (visitors then read the captions), or null. */
  readonly problem: string | null;
}

/** A docent's tour in progress. */
export interface GuidedState {
  readonly tourId: string;
  readonly stopIndex: number;
  readonly stopCount: number;
  /** The docent talks over the narration: it plays on, silently, with its captions. */
  readonly muted: boolean;
  readonly captionsShown: boolean;
  /** The presenter's blank key: the screen goes dark and the narration pauses. */
  readonly blanked: boolean;
  readonly talkingPointsShown: boolean;
}

export interface KioskState {
  readonly mode: KioskMode;
  readonly language: LanguageCode;
  /** The event (`track/id`) or panel (`group/id`) in the open sheet, or null. */
  readonly focused: string | null;
  /** The panel group whose list is open, or null. */
  readonly openGroup: string | null;
  readonly narration: NarrationState | null;
  readonly contentVersion: string;
  /** Seconds left on the "Still there?" countdown, or null when it is not showing. */
  readonly idleCountdownSeconds: number | null;
  /** How ready the kiosk is to run offline, and whether a new version waits for an idle moment. */
  readonly offline: OfflineState | null;
  /** The docent's tour, or null outside guided mode. */
  readonly guided: GuidedState | null;
}

export interface KioskEvents {
  stateChanged: { readonly state: KioskState; readonly previous: KioskState };
}

export class KioskStore {
  readonly events = new Emitter<KioskEvents>();
  private current: KioskState;

  constructor(initial: KioskState) {
    this.current = initial;
  }

  get state(): KioskState {
    return this.current;
  }

  update(patch: Partial<KioskState>): void {
    const previous = this.current;
    const next = { ...previous, ...patch };
    const changed = (Object.keys(patch) as (keyof KioskState)[]).some((key) => previous[key] !== next[key]);
    if (!changed) return;
    this.current = next;
    this.events.emit('stateChanged', { state: next, previous });
  }
}
