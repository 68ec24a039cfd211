/**
 * Every way a narration's status can change, as one table of (status, event) -> status plus the
 * effects the service must carry out for that step. Pure data and one lookup: no howler, no
 * timers, no DOM, so each row can be read here and unit-tested on its own. An event with no row
 * for the current status is ignored; that is how "play while unavailable" or a late callback
 * from a recording already let go of stays harmless.
 */
import type { NarrationStatus } from '../app/KioskState.ts';
import type { LanguageCode } from '../contentModel/contentTypes.ts';

/**
 * The public statuses plus two the service needs inside: `closed` (nothing open: the state it
 * publishes is null) and `loadingToPlay` (still loading, but play was already pressed, or a tour
 * stop asked for it, so playback starts the moment the recording is in). Visitors see
 * `loadingToPlay` as `loading`.
 */
export type NarrationMachineStatus = NarrationStatus | 'closed' | 'loadingToPlay';

/** What happened, named in the past tense; the payloads are read by the effects that need them. */
export type NarrationEvent =
  | { readonly type: 'opened' }
  | { readonly type: 'playRequested' }
  | { readonly type: 'pauseRequested' }
  | { readonly type: 'seekRequested'; readonly seconds: number }
  | { readonly type: 'languageChanged'; readonly language: LanguageCode }
  /** The recording and the captions (or the text standing in for them) are both in. */
  | { readonly type: 'recordingLoaded' }
  /** The recording could not be loaded or decoded, or did not load in time; the captions are in. */
  | { readonly type: 'recordingFailed'; readonly reason: string }
  /** This language has no recording at all; the captions are in. */
  | { readonly type: 'recordingMissing' }
  | { readonly type: 'playbackFailed'; readonly reason: string }
  | { readonly type: 'playbackEnded' }
  /** The short fade-out that softens a pause has run its course. */
  | { readonly type: 'pauseFadeFinished' }
  /** The render loop's tick: the recording's position has moved on. */
  | { readonly type: 'clockTicked' }
  | { readonly type: 'closed' };

export type NarrationEventType = NarrationEvent['type'];

export type NarrationEffect =
  /** Fetch the captions, start loading the recording and arm the load timeout. */
  | 'startLoading'
  /** Stop the load timeout, silence the recording (fading it out if it plays) and unload it. */
  | 'releaseRecording'
  /** Take the new language and remember the cue to continue at (cues align by index across languages). */
  | 'carryCueToLanguage'
  /** Read the duration and place the position at the remembered cue, or at the start. */
  | 'placeAtStartCue'
  /** Back to the beginning: an ended narration played again starts over. */
  | 'rewind'
  /** Play from the position, starting silent and fading in. */
  | 'startPlayback'
  /** Note the position and fade out; the sound stops once the fade has finished. */
  | 'fadeOutForPause'
  | 'pausePlayer'
  /** Move to the requested position (the sound too, if there is one) and publish it. */
  | 'movePosition'
  /** Read the recording's position and publish it when it moved far enough to show. */
  | 'followPosition'
  | 'markEnded'
  /** Give up the recording: log why for staff, keep the captions, publish a problem visitors see as a note. */
  | 'showCaptionsOnly'
  | 'publishState'
  | 'publishClosed'
  /** Go on with a play request straight away (the visitor asked before the recording was in). */
  | 'requestPlay';

export interface NarrationTransition {
  readonly to: NarrationMachineStatus;
  readonly effects: readonly NarrationEffect[];
}

type TransitionRows = Partial<Record<NarrationEventType, NarrationTransition>>;

const close: NarrationTransition = { to: 'closed', effects: ['releaseRecording', 'publishClosed'] };
const captionsOnly: NarrationTransition = { to: 'unavailable', effects: ['showCaptionsOnly', 'publishState'] };
const reloadInLanguage = (to: 'loading' | 'loadingToPlay'): NarrationTransition => ({
  to,
  effects: ['carryCueToLanguage', 'releaseRecording', 'startLoading'],
});
const stay = (status: NarrationMachineStatus, ...effects: NarrationEffect[]): NarrationTransition => ({ to: status, effects });

/**
 * The table. A language change keeps whether the narration was on its way to playing; a seek
 * works in every open status (while loading, the load then places the position at its cue; in
 * captions only, it moves the highlighted caption line).
 */
export const NARRATION_TRANSITIONS: Readonly<Record<NarrationMachineStatus, TransitionRows>> = {
  closed: {
    opened: { to: 'loading', effects: ['startLoading'] },
  },
  loading: {
    playRequested: stay('loadingToPlay'),
    seekRequested: stay('loading', 'movePosition'),
    languageChanged: reloadInLanguage('loading'),
    recordingLoaded: { to: 'ready', effects: ['placeAtStartCue', 'publishState'] },
    recordingFailed: captionsOnly,
    recordingMissing: captionsOnly,
    closed: close,
  },
  loadingToPlay: {
    pauseRequested: stay('loading'),
    seekRequested: stay('loadingToPlay', 'movePosition'),
    languageChanged: reloadInLanguage('loadingToPlay'),
    // Through `ready` on purpose: listeners see ready, then playing, as after a press of Play.
    recordingLoaded: { to: 'ready', effects: ['placeAtStartCue', 'publishState', 'requestPlay'] },
    recordingFailed: captionsOnly,
    recordingMissing: captionsOnly,
    closed: close,
  },
  ready: {
    playRequested: { to: 'playing', effects: ['startPlayback', 'publishState'] },
    seekRequested: stay('ready', 'movePosition'),
    languageChanged: reloadInLanguage('loading'),
    closed: close,
  },
  playing: {
    pauseRequested: { to: 'paused', effects: ['fadeOutForPause', 'publishState'] },
    seekRequested: stay('playing', 'movePosition'),
    clockTicked: stay('playing', 'followPosition'),
    languageChanged: reloadInLanguage('loadingToPlay'),
    playbackEnded: { to: 'ended', effects: ['markEnded', 'publishState'] },
    playbackFailed: captionsOnly,
    closed: close,
  },
  paused: {
    playRequested: { to: 'playing', effects: ['startPlayback', 'publishState'] },
    pauseFadeFinished: stay('paused', 'pausePlayer'),
    seekRequested: stay('paused', 'movePosition'),
    languageChanged: reloadInLanguage('loading'),
    // The recording may reach its end during the short fade-out.
    playbackEnded: { to: 'ended', effects: ['markEnded', 'publishState'] },
    closed: close,
  },
  ended: {
    playRequested: { to: 'playing', effects: ['rewind', 'startPlayback', 'publishState'] },
    seekRequested: { to: 'paused', effects: ['movePosition'] },
    languageChanged: reloadInLanguage('loading'),
    closed: close,
  },
  unavailable: {
    seekRequested: stay('unavailable', 'movePosition'),
    languageChanged: reloadInLanguage('loading'),
    closed: close,
  },
};

/** The step the table gives for this event in this status, or null when the event is ignored. */
export function narrationTransition(status: NarrationMachineStatus, event: NarrationEventType): NarrationTransition | null {
  return NARRATION_TRANSITIONS[status][event] ?? null;
}

/** The status visitors (and the rest of the kiosk) see; null while nothing is open. */
export function publicNarrationStatus(status: NarrationMachineStatus): NarrationStatus | null {
  if (status === 'closed') return null;
  return status === 'loadingToPlay' ? 'loading' : status;
}
