/**
 * What the narration service needs from an audio library, and nothing more: one recording to
 * load, play, pause, seek, fade and unload, and an output that makes them. howler sits behind it
 * in the kiosk (HowlerAudioOutput.ts); unit tests put a fake in its place.
 */

/** What a recording tells its owner, at any later moment (howler calls them from its own timers). */
export interface RecordingPlayerCallbacks {
  onLoaded(): void;
  /** `detail` is the library's own words, for the staff log. */
  onLoadError(detail: string): void;
  onPlayError(detail: string): void;
  onEnded(): void;
}

export interface RecordingPlayer {
  /** Starts playing, or resumes where a pause left the sound. */
  play(): void;
  pause(): void;
  /** Moves the sound to `seconds`; before the first play there is no sound yet and this does nothing. */
  seek(seconds: number): void;
  /** Where the sound is, in seconds, or null while the library cannot say (before the first play). */
  position(): number | null;
  durationSeconds(): number;
  /** The sound's volume now (0 to 1), part-way through a fade included. */
  volume(): number;
  fade(from: number, to: number, milliseconds: number): void;
  isPlaying(): boolean;
  /** Frees the decoded audio; no callback arrives afterwards. */
  unload(): void;
}

export interface AudioOutput {
  load(url: string, callbacks: RecordingPlayerCallbacks): RecordingPlayer;
  /** Silences every recording without stopping it (a docent talks over the narration). */
  setMuted(muted: boolean): void;
  /** Players loaded and not yet unloaded; a leak test compares it with its baseline. */
  livePlayerCount(): number;
}

/** Timers, injectable so that tests can move time by hand. Returns a function that cancels. */
export type ScheduleTimer = (milliseconds: number, callback: () => void) => () => void;

export const scheduleWithGlobalTimers: ScheduleTimer = (milliseconds, callback) => {
  const handle = setTimeout(callback, milliseconds);
  return () => clearTimeout(handle);
};
