/**
 * The one owner of audio. Plays one narration at a time, keeps its captions in step, and never
 * fails silently: a recording that cannot load or play becomes a visible "captions only" state
 * with the reason logged for staff, and the kiosk carries on.
 *
 * Every change of status goes through the table in narrationStateMachine.ts: the methods below
 * turn calls and callbacks into events, and `perform` carries out the effects the table asks for.
 */
import type { NarrationState } from '../app/KioskState.ts';
import type { StaffLog } from '../app/StaffLog.ts';
import type { LanguageCode, Narration } from '../contentModel/contentTypes.ts';
import { cueIndexAt, type CaptionCue } from '../contentModel/webVtt.ts';
import { HowlerAudioOutput } from './HowlerAudioOutput.ts';
import { loadNarrationCaptions, readTextWithFetch, type ReadTextFile } from './narrationCaptions.ts';
import {
  narrationTransition,
  publicNarrationStatus,
  type NarrationEffect,
  type NarrationEvent,
  type NarrationMachineStatus,
} from './narrationStateMachine.ts';
import { scheduleWithGlobalTimers, type AudioOutput, type RecordingPlayer, type ScheduleTimer } from './RecordingPlayer.ts';

/** Narration fades in and out over about 300 ms: a kiosk in a quiet corridor never makes a sudden sound. */
const FADE_MILLISECONDS = 300;
/** A pause fades out faster than a close: the visitor is waiting for the sound to stop. */
const PAUSE_FADE_MILLISECONDS = FADE_MILLISECONDS / 2;
/** A recording let go of while it plays is unloaded once its fade-out is surely over. */
const UNLOAD_AFTER_FADE_MILLISECONDS = FADE_MILLISECONDS + 50;
/** A recording that has not loaded by then is treated as unavailable; nothing waits forever. */
const LOAD_TIMEOUT_MILLISECONDS = 8000;
/** The visible position moves in steps this small; finer updates would only cost redraws. */
const POSITION_STEP_SECONDS = 0.25;
/** Captions may outlast the recording by this much before staff are told they do not match. */
const CAPTION_OVERRUN_TOLERANCE_SECONDS = 0.5;
/** A seek to a cue lands just inside it, so that the cue (not the one before) shows. */
const INSIDE_CUE_SECONDS = 0.001;

export interface NarrationServiceOptions {
  readonly volumeCap: number;
  readonly staffLog: StaffLog;
  readonly onChange: (state: NarrationState | null) => void;
  /** Where recordings play: howler unless a test passes a fake. */
  readonly audioOutput?: AudioOutput;
  /** The load timeout and the fades' timers: the global timers unless a test moves time by hand. */
  readonly schedule?: ScheduleTimer;
  /** How caption files are read: fetch unless a test serves them. */
  readonly readTextFile?: ReadTextFile;
}

/** Loading one language's recording; it settles once, with the event the table should hear. */
interface RecordingLoad {
  readonly player: RecordingPlayer | null;
  readonly outcome: Promise<NarrationEvent>;
  readonly cancelTimeout: () => void;
}

interface OpenNarration {
  readonly id: string;
  readonly narration: Narration;
  language: LanguageCode;
  status: NarrationMachineStatus;
  /** The recording in `language`, loading or loaded; null in captions only. */
  player: RecordingPlayer | null;
  /** The load still under way; its result is dropped once another load or a close replaced it. */
  pendingLoad: RecordingLoad | null;
  cues: readonly CaptionCue[];
  /** True when the cues come from the narration text because no caption file could be read. */
  cuesAreUntimed: boolean;
  problem: string | null;
  durationSeconds: number;
  positionSeconds: number;
  cueIndex: number;
  /** The cue to continue at once the recording has loaded (after a language switch), or null for the start. */
  startAtCue: number | null;
}

export class NarrationService {
  private current: OpenNarration | null = null;
  private readonly volume: number;
  private readonly output: AudioOutput;
  private readonly schedule: ScheduleTimer;
  private readonly readTextFile: ReadTextFile;
  private lastPublishedPosition = -1;
  private lastPublishedCue = -2;

  constructor(private readonly options: NarrationServiceOptions) {
    this.volume = Math.max(0, Math.min(1, options.volumeCap));
    this.output = options.audioOutput ?? new HowlerAudioOutput();
    this.schedule = options.schedule ?? scheduleWithGlobalTimers;
    this.readTextFile = options.readTextFile ?? readTextWithFetch;
  }

  get state(): NarrationState | null {
    const open = this.current;
    const status = open ? publicNarrationStatus(open.status) : null;
    if (!open || !status) return null;
    return {
      id: open.id,
      language: open.language,
      status,
      playing: status === 'playing',
      positionSeconds: Math.round(open.positionSeconds * 100) / 100,
      durationSeconds: Math.round(open.durationSeconds * 100) / 100,
      cueIndex: open.cueIndex,
      problem: open.problem,
    };
  }

  /** The captions of the open narration (untimed lines of its text when no caption file loaded). */
  get cues(): readonly CaptionCue[] {
    return this.current?.cues ?? [];
  }

  get cuesAreUntimed(): boolean {
    return this.current?.cuesAreUntimed ?? false;
  }

  /** Prepares a narration without playing it; a second call for the same item keeps it. */
  open(id: string, narration: Narration, language: LanguageCode): void {
    if (this.current?.id === id) {
      this.setLanguage(language);
      return;
    }
    this.close();
    this.current = {
      id,
      narration,
      language,
      status: 'closed',
      player: null,
      pendingLoad: null,
      cues: [],
      cuesAreUntimed: false,
      problem: null,
      durationSeconds: 0,
      positionSeconds: 0,
      cueIndex: -1,
      startAtCue: null,
    };
    this.dispatch({ type: 'opened' });
  }

  play(): void {
    this.dispatch({ type: 'playRequested' });
  }

  pause(): void {
    this.dispatch({ type: 'pauseRequested' });
  }

  /** Mutes every narration (the docent talks over it); it keeps playing, so captions stay in step. */
  setMuted(muted: boolean): void {
    this.output.setMuted(muted);
  }

  toggle(): void {
    if (this.current?.status === 'playing') this.pause();
    else this.play();
  }

  replay(): void {
    this.seek(0);
    this.play();
  }

  seek(seconds: number): void {
    const open = this.current;
    // Untimed cues have no times to seek to.
    if (!open || open.cuesAreUntimed) return;
    this.dispatch({ type: 'seekRequested', seconds: Math.max(0, Math.min(seconds, open.durationSeconds || seconds)) });
  }

  seekToCue(index: number): void {
    const cue = this.current?.cues[index];
    if (cue) this.seek(cue.startSeconds + INSIDE_CUE_SECONDS);
  }

  /** Continues in another language at the same cue (cues are aligned by index across languages). */
  setLanguage(language: LanguageCode): void {
    if (this.current && this.current.language !== language) this.dispatch({ type: 'languageChanged', language });
  }

  /** Fades out whatever plays and releases it. */
  close(): void {
    this.dispatch({ type: 'closed' });
  }

  /** Called every frame by the render loop: moves the position and the current cue along. */
  tick(): void {
    this.dispatch({ type: 'clockTicked' });
  }

  /** Howl instances alive right now; tests check that closing panels returns it to its baseline. */
  liveHowlCount(): number {
    return this.output.livePlayerCount();
  }

  dispose(): void {
    this.close();
  }

  private dispatch(event: NarrationEvent): void {
    const open = this.current;
    if (!open) return;
    const step = narrationTransition(open.status, event.type);
    if (!step) return;
    open.status = step.to;
    if (step.to === 'closed') this.current = null;
    for (const effect of step.effects) {
      // A listener of a published state may close this narration or open another one; the rest
      // of this step then belongs to nothing.
      if (step.to !== 'closed' && this.current !== open) return;
      this.perform(effect, open, event);
    }
  }

  /** A player's own news counts only while it is still the open narration's player. */
  private dispatchFromPlayer(open: OpenNarration, player: RecordingPlayer, event: NarrationEvent): void {
    if (this.current === open && open.player === player) this.dispatch(event);
  }

  private perform(effect: NarrationEffect, open: OpenNarration, event: NarrationEvent): void {
    switch (effect) {
      case 'startLoading': return this.startLoading(open);
      case 'releaseRecording': return this.releaseRecording(open);
      case 'carryCueToLanguage': return this.carryCueToLanguage(open, event.type === 'languageChanged' ? event.language : open.language);
      case 'placeAtStartCue': return this.placeAtStartCue(open);
      case 'rewind':
        open.positionSeconds = 0;
        return;
      case 'startPlayback': return this.startPlayback(open);
      case 'fadeOutForPause': return this.fadeOutForPause(open);
      case 'pausePlayer':
        open.player?.pause();
        return;
      case 'movePosition': return this.movePosition(open, event.type === 'seekRequested' ? event.seconds : open.positionSeconds);
      case 'followPosition': return this.followPosition(open);
      case 'markEnded':
        open.positionSeconds = open.durationSeconds;
        open.cueIndex = -1;
        return;
      case 'showCaptionsOnly': return this.showCaptionsOnly(open, 'reason' in event ? event.reason : null);
      case 'publishState':
        this.options.onChange(this.state);
        return;
      case 'publishClosed':
        this.options.onChange(null);
        return;
      case 'requestPlay': return this.dispatch({ type: 'playRequested' });
    }
  }

  private startLoading(open: OpenNarration): void {
    const language = open.language;
    const audioUrl = open.narration.audio[language] ?? null;
    const captions = loadNarrationCaptions(
      open.narration.captions[language] ?? null,
      open.narration.text[language] ?? '',
      this.readTextFile,
      this.options.staffLog,
    );
    const load: RecordingLoad = audioUrl
      ? this.loadRecording(open, audioUrl)
      : { player: null, outcome: Promise.resolve({ type: 'recordingMissing' }), cancelTimeout: () => undefined };
    open.player = load.player;
    open.pendingLoad = load;
    const stillPending = (): boolean => this.current === open && open.pendingLoad === load;
    const captionsShown = captions.then(({ cues, untimed }) => {
      if (!stillPending()) return;
      open.cues = cues;
      open.cuesAreUntimed = untimed;
    });
    // The captions are what a visitor reads when the recording fails: they are in before any outcome counts.
    void Promise.all([captionsShown, load.outcome]).then(([, outcome]) => {
      if (!stillPending()) return;
      open.pendingLoad = null;
      this.dispatch(outcome);
    });
  }

  private loadRecording(open: OpenNarration, audioUrl: string): RecordingLoad {
    let resolveOutcome: (event: NarrationEvent) => void = () => undefined;
    const outcome = new Promise<NarrationEvent>((resolve) => {
      resolveOutcome = resolve;
    });
    const settle = (event: NarrationEvent): void => {
      cancelTimeout();
      resolveOutcome(event);
    };
    const cancelTimeout = this.schedule(LOAD_TIMEOUT_MILLISECONDS, () => settle({
      type: 'recordingFailed',
      reason: `the recording ${audioUrl} did not load within ${LOAD_TIMEOUT_MILLISECONDS / 1000} s`,
    }));
    const player = this.output.load(audioUrl, {
      onLoaded: () => settle({ type: 'recordingLoaded' }),
      onLoadError: (detail) => settle({ type: 'recordingFailed', reason: `the recording ${audioUrl} could not be loaded or decoded (${detail})` }),
      onPlayError: (detail) => this.dispatchFromPlayer(open, player, { type: 'playbackFailed', reason: `playback of ${audioUrl} failed (${detail})` }),
      onEnded: () => this.dispatchFromPlayer(open, player, { type: 'playbackEnded' }),
    });
    return { player, outcome, cancelTimeout };
  }

  private releaseRecording(open: OpenNarration): void {
    open.pendingLoad?.cancelTimeout();
    open.pendingLoad = null;
    const player = open.player;
    open.player = null;
    if (!player) return;
    if (player.isPlaying()) {
      player.fade(player.volume(), 0, FADE_MILLISECONDS);
      this.schedule(UNLOAD_AFTER_FADE_MILLISECONDS, () => player.unload());
    } else {
      player.unload();
    }
  }

  private carryCueToLanguage(open: OpenNarration, language: LanguageCode): void {
    const cueIndex = open.cueIndex >= 0
      ? open.cueIndex
      : Math.max(0, open.cues.findLastIndex((cue) => cue.startSeconds <= open.positionSeconds));
    open.language = language;
    open.problem = null;
    open.cueIndex = cueIndex;
    open.startAtCue = cueIndex;
  }

  private placeAtStartCue(open: OpenNarration): void {
    open.durationSeconds = open.player?.durationSeconds() ?? 0;
    const lastCue = open.cues[open.cues.length - 1];
    if (lastCue && !open.cuesAreUntimed && lastCue.endSeconds > open.durationSeconds + CAPTION_OVERRUN_TOLERANCE_SECONDS) {
      this.options.staffLog.record('narration', `captions of ${open.id} (${open.language}) run to ${lastCue.endSeconds} s, past the recording's ${open.durationSeconds.toFixed(1)} s`);
    }
    const startCue = open.startAtCue === null ? undefined : open.cues[Math.min(open.startAtCue, open.cues.length - 1)];
    open.startAtCue = null;
    open.positionSeconds = startCue && !open.cuesAreUntimed ? startCue.startSeconds + INSIDE_CUE_SECONDS : 0;
    open.cueIndex = cueIndexAt(open.cues, open.positionSeconds);
  }

  private startPlayback(open: OpenNarration): void {
    const player = open.player;
    if (!player) return;
    player.play();
    player.seek(open.positionSeconds);
    // The recording was loaded at volume 0 and a pause ends at 0: every start fades in.
    player.fade(0, this.volume, FADE_MILLISECONDS);
  }

  private fadeOutForPause(open: OpenNarration): void {
    const player = open.player;
    if (!player) return;
    const position = player.position();
    if (position !== null) open.positionSeconds = position;
    player.fade(this.volume, 0, PAUSE_FADE_MILLISECONDS);
    // Play pressed again during the fade leaves `paused`, and the table then ignores this.
    this.schedule(PAUSE_FADE_MILLISECONDS, () => this.dispatchFromPlayer(open, player, { type: 'pauseFadeFinished' }));
  }

  private movePosition(open: OpenNarration, seconds: number): void {
    open.positionSeconds = seconds;
    open.player?.seek(seconds);
    this.publishPosition(open, true);
  }

  private followPosition(open: OpenNarration): void {
    const position = open.player?.position() ?? null;
    if (position !== null) open.positionSeconds = position;
    this.publishPosition(open, false);
  }

  /** `reason` is null when the language has no recording at all: nothing went wrong, nothing to log. */
  private showCaptionsOnly(open: OpenNarration, reason: string | null): void {
    if (reason !== null) this.options.staffLog.record('narration', `${open.id}: ${reason}; showing captions only`);
    this.releaseRecording(open);
    open.problem = reason === null ? 'no-recording' : 'recording-failed';
    open.positionSeconds = 0;
    open.cueIndex = -1;
  }

  private publishPosition(open: OpenNarration, force: boolean): void {
    const cueIndex = open.cuesAreUntimed ? -1 : cueIndexAt(open.cues, open.positionSeconds);
    const moved = Math.abs(open.positionSeconds - this.lastPublishedPosition) >= POSITION_STEP_SECONDS;
    open.cueIndex = cueIndex;
    if (!force && !moved && cueIndex === this.lastPublishedCue) return;
    this.lastPublishedPosition = open.positionSeconds;
    this.lastPublishedCue = cueIndex;
    this.options.onChange(this.state);
  }
}
