/**
 * The kiosk's audio output: each recording is one Howl on Web Audio, created silent (volume 0)
 * so that every start can fade in.
 */
import { Howl, Howler } from 'howler';
import type { AudioOutput, RecordingPlayer, RecordingPlayerCallbacks } from './RecordingPlayer.ts';

class HowlerRecordingPlayer implements RecordingPlayer {
  private readonly howl: Howl;
  /** howler's id for the one sound this recording plays; null until the first play. */
  private soundId: number | null = null;

  constructor(url: string, callbacks: RecordingPlayerCallbacks) {
    // Handlers go in the constructor's options: a recording howler has decoded before is loaded
    // inside the constructor, and a listener added afterwards would never hear its 'load'.
    this.howl = new Howl({
      src: [url],
      html5: false,
      preload: true,
      volume: 0,
      onload: () => callbacks.onLoaded(),
      onloaderror: (_soundId, error) => callbacks.onLoadError(String(error)),
      onplayerror: (_soundId, error) => callbacks.onPlayError(String(error)),
      onend: () => callbacks.onEnded(),
    });
  }

  play(): void {
    this.soundId = this.soundId === null ? this.howl.play() : this.howl.play(this.soundId);
  }

  pause(): void {
    if (this.soundId !== null) this.howl.pause(this.soundId);
  }

  seek(seconds: number): void {
    if (this.soundId !== null) this.howl.seek(seconds, this.soundId);
  }

  position(): number | null {
    if (this.soundId === null) return null;
    // howler answers with the Howl itself instead of a number while the sound waits to start.
    const position: unknown = this.howl.seek(this.soundId);
    return typeof position === 'number' ? position : null;
  }

  durationSeconds(): number {
    return this.howl.duration();
  }

  volume(): number {
    if (this.soundId === null) return 0;
    const volume: unknown = this.howl.volume(this.soundId);
    return typeof volume === 'number' ? volume : 0;
  }

  fade(from: number, to: number, milliseconds: number): void {
    if (this.soundId !== null) this.howl.fade(from, to, milliseconds, this.soundId);
  }

  isPlaying(): boolean {
    return this.soundId !== null && this.howl.playing(this.soundId);
  }

  unload(): void {
    this.howl.off();
    this.howl.unload();
  }
}

export class HowlerAudioOutput implements AudioOutput {
  constructor() {
    // Auto-suspend closes the AudioContext after 30 s of silence; resuming it after hours of idling
    // delays the first word. A kiosk keeps it awake.
    Howler.autoSuspend = false;
  }

  load(url: string, callbacks: RecordingPlayerCallbacks): RecordingPlayer {
    return new HowlerRecordingPlayer(url, callbacks);
  }

  setMuted(muted: boolean): void {
    Howler.mute(muted);
  }

  livePlayerCount(): number {
    // howler keeps its instances in a private array; it is the only count that proves unload() ran.
    return (Howler as unknown as { _howls: unknown[] })._howls.length;
  }
}
