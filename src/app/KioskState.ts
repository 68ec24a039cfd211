/**
 * The kiosk's state as one plain typed object. Views and side effects read it and follow its
 * changes; every change is a named action (kioskActions.ts) passed to KioskStore.dispatch(), so
 * there is one path to follow when debugging.
 */
import type { LanguageCode } from '../contentModel/contentTypes.ts';
import type { OfflineState } from '../offline/OfflineService.ts';
import { Emitter, type Unsubscribe } from './Emitter.ts';
import type { VisitorSettings } from './visitorSettings.ts';
import { applyKioskAction, type KioskAction, type KioskActionContext } from './kioskActions.ts';

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
  /** The blank key paused a narration that was playing: the key again plays it on. */
  readonly blankPausedNarration: boolean;
  /** The docent pressed End: the bar asks before the tour ends (one tap must not end it by mistake). */
  readonly confirmingEnd: boolean;
  readonly talkingPointsShown: boolean;
}

/** A keypad prompt being spoken: its words are also its caption. */
export interface AnnouncementState {
  readonly text: string;
  readonly language: LanguageCode;
  /** False while the clip loads, and for a prompt that has no recording (its caption still shows). */
  readonly playing: boolean;
}

/** The docent's tablet, over the gallery network (src/gallery/kioskLink.ts). */
export interface PairingState {
  /** The 4-digit code the kiosk shows for a moment so a tablet can pair, or null. */
  readonly code: string | null;
  /** The docent account whose tablet is paired, or null. */
  readonly docent: string | null;
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
  readonly settings: VisitorSettings;
  /** The event or panel the keypad's focus rests on (a large white frame), or null after a touch. */
  readonly cursor: string | null;
  /** The prompt the keypad is speaking, or null. */
  readonly announcement: AnnouncementState | null;
  /** The visitor's volume, a share of kiosk.yaml's cap (1 is the cap; the keypad's - and + move it). */
  readonly volume: number;
  readonly pairing: PairingState;
}

export interface KioskEvents {
  stateChanged: { readonly state: KioskState; readonly previous: KioskState };
}

/** Nobody is using the kiosk: the invitation shows and nothing speaks (the moment to update or reload). */
export function isKioskIdle(state: KioskState): boolean {
  return state.mode === 'attract' && state.narration === null;
}

export class KioskStore {
  readonly events = new Emitter<KioskEvents>();
  private current: KioskState;
  /** Actions dispatched while listeners hear of a change wait here, so every listener hears every change in order. */
  private readonly pending: KioskAction[] = [];
  private notifying = false;

  constructor(initial: KioskState, private readonly context: KioskActionContext) {
    this.current = initial;
  }

  get state(): KioskState {
    return this.current;
  }

  /**
   * Applies the action and tells every listener before it returns; called from a listener, the
   * action is applied right after the change being told, never in the middle of it.
   */
  dispatch(action: KioskAction): void {
    this.pending.push(action);
    if (this.notifying) return;
    this.notifying = true;
    try {
      for (let next = this.pending.shift(); next; next = this.pending.shift()) this.apply(next);
    } finally {
      this.notifying = false;
    }
  }

  /** Calls `handler` after each change to one of `keys`: a side effect follows only what it needs. */
  watch(keys: readonly (keyof KioskState)[], handler: (state: KioskState, previous: KioskState) => void): Unsubscribe {
    return this.events.on('stateChanged', ({ state, previous }) => {
      if (keys.some((key) => state[key] !== previous[key])) handler(state, previous);
    });
  }

  private apply(action: KioskAction): void {
    const previous = this.current;
    const next = applyKioskAction(previous, action, this.context);
    if ((Object.keys(next) as (keyof KioskState)[]).every((key) => previous[key] === next[key])) return;
    this.current = next;
    this.events.emit('stateChanged', { state: next, previous });
  }
}
