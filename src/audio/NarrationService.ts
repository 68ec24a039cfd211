/**
 * The one owner of audio. Plays one narration at a time through howler, keeps its captions in
 * step, and never fails silently: a recording that cannot load or play becomes a visible
 * "captions only" state with the reason logged for staff, and the kiosk carries on.
 */
import { Howl, Howler } from 'howler';
import type { NarrationState, NarrationStatus } from '../app/KioskState.ts';
import type { StaffLog } from '../app/StaffLog.ts';
import type { LanguageCode, Narration } from '../contentModel/contentTypes.ts';
import { cueIndexAt, parseWebVtt, type CaptionCue } from '../contentModel/webVtt.ts';

/** Narration fades in and out over about 300 ms: a kiosk in a quiet corridor never makes a sudden sound. */
const FADE_MILLISECONDS = 300;
/** A recording that has not loaded by then is treated as unavailable; nothing waits forever. */
const LOAD_TIMEOUT_MILLISECONDS = 8000;
/** The visible position moves in steps this small; finer updates would only cost redraws. */
const POSITION_STEP_SECONDS = 0.25;

export interface NarrationServiceOptions {
  readonly volumeCap: number;
  readonly staffLog: StaffLog;
  readonly onChange: (state: NarrationState | null) => void;
}

interface OpenNarration {
  readonly id: string;
  readonly narration: Narration;
  language: LanguageCode;
  howl: Howl | null;
  soundId: number | null;
  cues: readonly CaptionCue[];
  /** True when the cues come from the narration text because no caption file could be read. */
  cuesAreUntimed: boolean;
  status: NarrationStatus;
  problem: string | null;
  durationSeconds: number;
  positionSeconds: number;
  cueIndex: number;
  loadTimer: ReturnType<typeof setTimeout> | null;
  /** Where to start once the recording has loaded (a language switch lands on the same cue). */
  resumeAtSeconds: number | null;
  playWhenLoaded: boolean;
}

function untimedCues(text: string): CaptionCue[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => ({ startSeconds: 0, endSeconds: 0, text: line }));
}

export class NarrationService {
  private current: OpenNarration | null = null;
  /** Increments on every open/close/switch so that late async results for an old one are ignored. */
  private generation = 0;
  private readonly volume: number;

  constructor(private readonly options: NarrationServiceOptions) {
    this.volume = Math.max(0, Math.min(1, options.volumeCap));
    // Auto-suspend closes the AudioContext after 30 s of silence; resuming it after hours of idling
    // delays the first word. A kiosk keeps it awake.
    Howler.autoSuspend = false;
  }

  get state(): NarrationState | null {
    const open = this.current;
    if (!open) return null;
    return {
      id: open.id,
      language: open.language,
      status: open.status,
      playing: open.status === 'playing',
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
      if (this.current.language !== language) this.setLanguage(language);
      return;
    }
    this.close();
    this.current = {
      id,
      narration,
      language,
      howl: null,
      soundId: null,
      cues: [],
      cuesAreUntimed: false,
      status: 'loading',
      problem: null,
      durationSeconds: 0,
      positionSeconds: 0,
      cueIndex: -1,
      loadTimer: null,
      resumeAtSeconds: null,
      playWhenLoaded: false,
    };
    this.loadLanguage(this.current);
  }

  play(): void {
    const open = this.current;
    if (!open) return;
    if (open.status === 'loading') {
      open.playWhenLoaded = true;
      return;
    }
    if (!open.howl || open.status === 'unavailable' || open.status === 'playing') return;
    if (open.status === 'ended') open.positionSeconds = 0;
    const howl = open.howl;
    // The Howl was created at volume 0, so the sound starts silent and fades in.
    const soundId = open.soundId === null ? howl.play() : howl.play(open.soundId);
    open.soundId = soundId;
    howl.seek(open.positionSeconds, soundId);
    howl.fade(0, this.volume, FADE_MILLISECONDS, soundId);
    this.setStatus(open, 'playing');
  }

  pause(): void {
    const open = this.current;
    if (!open || open.status !== 'playing' || !open.howl || open.soundId === null) {
      if (open) open.playWhenLoaded = false;
      return;
    }
    const { howl, soundId } = open;
    open.positionSeconds = howl.seek(soundId);
    this.setStatus(open, 'paused');
    const generation = this.generation;
    howl.fade(this.volume, 0, FADE_MILLISECONDS / 2, soundId);
    howl.once('fade', () => {
      // Pressing play again during the fade-out keeps it playing.
      if (this.generation === generation && this.current === open && open.status === 'paused') howl.pause(soundId);
    }, soundId);
  }

  /** Mutes every narration (the docent talks over it); it keeps playing, so captions stay in step. */
  setMuted(muted: boolean): void {
    Howler.mute(muted);
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
    if (!open || open.cuesAreUntimed) return;
    const target = Math.max(0, Math.min(seconds, open.durationSeconds || seconds));
    open.positionSeconds = target;
    if (open.howl && open.soundId !== null) open.howl.seek(target, open.soundId);
    if (open.status === 'ended') this.setStatus(open, 'paused');
    this.publishPosition(open, true);
  }

  seekToCue(index: number): void {
    const cue = this.current?.cues[index];
    if (cue) this.seek(cue.startSeconds + 0.001);
  }

  /** Continues in another language at the same cue (cues are aligned by index across languages). */
  setLanguage(language: LanguageCode): void {
    const open = this.current;
    if (!open || open.language === language) return;
    const cueIndex = open.cueIndex >= 0 ? open.cueIndex : Math.max(0, open.cues.findLastIndex((cue) => cue.startSeconds <= open.positionSeconds));
    const wasPlaying = open.status === 'playing' || (open.status === 'loading' && open.playWhenLoaded);
    this.releaseHowl(open);
    open.language = language;
    open.status = 'loading';
    open.problem = null;
    open.resumeAtSeconds = null;
    open.playWhenLoaded = wasPlaying;
    open.cueIndex = cueIndex;
    this.loadLanguage(open, cueIndex);
  }

  /** Fades out whatever plays and releases it. */
  close(): void {
    const open = this.current;
    if (!open) return;
    this.generation += 1;
    this.current = null;
    this.releaseHowl(open);
    this.options.onChange(null);
  }

  /** Called every frame by the render loop: moves the position and the current cue along. */
  tick(): void {
    const open = this.current;
    if (!open || open.status !== 'playing' || !open.howl || open.soundId === null) return;
    const position = open.howl.seek(open.soundId);
    if (typeof position === 'number') open.positionSeconds = position;
    this.publishPosition(open, false);
  }

  /** Howl instances alive right now; tests check that closing panels returns it to its baseline. */
  liveHowlCount(): number {
    // howler keeps its instances in a private array; it is the only count that proves unload() ran.
    return (Howler as unknown as { _howls: unknown[] })._howls.length;
  }

  dispose(): void {
    this.close();
  }

  private loadLanguage(open: OpenNarration, startAtCue: number | null = null): void {
    const generation = ++this.generation;
    const language = open.language;
    const audioUrl = open.narration.audio[language] ?? null;
    const captionsUrl = open.narration.captions[language] ?? null;
    const isCurrent = (): boolean => this.generation === generation && this.current === open;

    const captionsReady = this.loadCaptions(open, captionsUrl, language);
    if (!audioUrl) {
      void captionsReady.then(() => {
        if (!isCurrent()) return;
        this.fail(open, 'no-recording', null);
      });
      return;
    }

    // Handlers go in the constructor's options: a recording howler has decoded before is loaded
    // inside the constructor, and a listener added afterwards would never hear its 'load'.
    // (The handlers run later, from howler's own timers, once `howl` below is assigned.)
    // The captions are what a visitor reads when the recording fails: show them before giving up.
    const failOnceCaptionsAreIn = (reason: string): void => {
      void captionsReady.then(() => {
        if (isCurrent() && open.status === 'loading') this.fail(open, reason, audioUrl);
      });
    };
    const onLoaded = (): void => {
      void captionsReady.then(() => {
        if (!isCurrent()) return;
        if (open.loadTimer) clearTimeout(open.loadTimer);
        open.loadTimer = null;
        open.durationSeconds = howl.duration();
        const lastCue = open.cues[open.cues.length - 1];
        if (lastCue && !open.cuesAreUntimed && lastCue.endSeconds > open.durationSeconds + 0.5) {
          this.options.staffLog.record('narration', `captions of ${open.id} (${language}) run to ${lastCue.endSeconds} s, past the recording's ${open.durationSeconds.toFixed(1)} s`);
        }
        const startCue = startAtCue === null ? null : open.cues[Math.min(startAtCue, open.cues.length - 1)];
        open.positionSeconds = startCue && !open.cuesAreUntimed ? startCue.startSeconds + 0.001 : 0;
        open.cueIndex = cueIndexAt(open.cues, open.positionSeconds);
        this.setStatus(open, 'ready');
        if (open.playWhenLoaded) {
          open.playWhenLoaded = false;
          this.play();
        }
      });
    };
    const howl: Howl = new Howl({
      src: [audioUrl],
      html5: false,
      preload: true,
      volume: 0,
      onload: onLoaded,
      onloaderror: (_soundId, error) => failOnceCaptionsAreIn(`the recording ${audioUrl} could not be loaded or decoded (${String(error)})`),
      onplayerror: (_soundId, error) => {
        if (!isCurrent()) return;
        // Browsers refuse audio before the first touch; howler retries once the page is unlocked.
        howl.once('unlock', () => {
          if (isCurrent() && open.status === 'playing') howl.play(open.soundId ?? undefined);
        });
        this.options.staffLog.record('narration', `playback of ${audioUrl} was refused (${String(error)}); waiting for a touch to unlock audio`);
      },
      onend: () => {
        if (!isCurrent()) return;
        open.positionSeconds = open.durationSeconds;
        open.cueIndex = -1;
        this.setStatus(open, 'ended');
      },
    });
    open.howl = howl;
    open.soundId = null;
    open.loadTimer = setTimeout(() => {
      failOnceCaptionsAreIn(`the recording ${audioUrl} did not load within ${LOAD_TIMEOUT_MILLISECONDS / 1000} s`);
    }, LOAD_TIMEOUT_MILLISECONDS);
  }

  private async loadCaptions(open: OpenNarration, captionsUrl: string | null, language: LanguageCode): Promise<void> {
    const fallback = (): void => {
      open.cues = untimedCues(open.narration.text[language] ?? '');
      open.cuesAreUntimed = true;
    };
    if (!captionsUrl) {
      fallback();
      return;
    }
    try {
      const response = await fetch(captionsUrl);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const parsed = parseWebVtt(await response.text());
      if (parsed.cues.length === 0) throw new Error(parsed.problems[0]?.message ?? 'no cues');
      open.cues = parsed.cues;
      open.cuesAreUntimed = false;
    } catch (error) {
      this.options.staffLog.record('narration', `captions ${captionsUrl} could not be read (${error instanceof Error ? error.message : String(error)}); showing the narration text instead`);
      fallback();
    }
  }

  private fail(open: OpenNarration, reason: string, audioUrl: string | null): void {
    if (open.loadTimer) clearTimeout(open.loadTimer);
    open.loadTimer = null;
    if (audioUrl) this.options.staffLog.record('narration', `${open.id}: ${reason}; showing captions only`);
    this.releaseHowl(open);
    open.problem = audioUrl ? 'recording-failed' : reason;
    open.playWhenLoaded = false;
    open.positionSeconds = 0;
    open.cueIndex = -1;
    this.setStatus(open, 'unavailable');
  }

  private releaseHowl(open: OpenNarration): void {
    if (open.loadTimer) clearTimeout(open.loadTimer);
    open.loadTimer = null;
    const { howl, soundId } = open;
    open.howl = null;
    open.soundId = null;
    if (!howl) return;
    howl.off();
    if (soundId !== null && howl.playing(soundId)) {
      howl.fade(howl.volume(soundId) as number, 0, FADE_MILLISECONDS, soundId);
      setTimeout(() => howl.unload(), FADE_MILLISECONDS + 50);
    } else {
      howl.unload();
    }
  }

  private setStatus(open: OpenNarration, status: NarrationStatus): void {
    open.status = status;
    this.options.onChange(this.state);
  }

  private lastPublishedPosition = -1;
  private lastPublishedCue = -2;

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
