/**
 * The kiosk's audio output: each recording is one Howl on Web Audio, created silent (volume 0)
 * so that every start can fade in. howler itself arrives with the first recording (howlerModule.ts).
 */
import type { Howl } from 'howler';
import { howlerIfLoaded, loadHowler, setHowlerGlobal } from './howlerModule.ts';
import type { AudioOutput, RecordingPlayer, RecordingPlayerCallbacks } from './RecordingPlayer.ts';

class HowlerRecordingPlayer implements RecordingPlayer {
  /** null until howler has arrived (the first recording of the day waits for it). */
  private howl: Howl | null = null;
  private unloaded = false;
  /** howler's id for the one sound this recording plays; null until the first play. */
  private soundId: number | null = null;

  constructor(url: string, callbacks: RecordingPlayerCallbacks) {
    const loaded = howlerIfLoaded();
    if (loaded) this.create(loaded.Howl, url, callbacks);
    else {
      loadHowler().then(({ Howl: HowlClass }) => {
        if (!this.unloaded) this.create(HowlClass, url, callbacks);
      }, (error: unknown) => callbacks.onLoadError(`the audio library did not load: ${String(error)}`));
    }
  }

  private create(HowlClass: typeof Howl, url: string, callbacks: RecordingPlayerCallbacks): void {
    // Handlers go in the constructor's options: a recording howler has decoded before is loaded
    // inside the constructor, and a listener added afterwards would never hear its 'load'.
    this.howl = new HowlClass({
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

  // The owner plays only after onLoaded, which comes from the Howl: before it there is nothing to do.
  play(): void {
    if (!this.howl) return;
    this.soundId = this.soundId === null ? this.howl.play() : this.howl.play(this.soundId);
  }

  pause(): void {
    if (this.howl && this.soundId !== null) this.howl.pause(this.soundId);
  }

  seek(seconds: number): void {
    if (this.howl && this.soundId !== null) this.howl.seek(seconds, this.soundId);
  }

  position(): number | null {
    if (!this.howl || this.soundId === null) return null;
    // howler answers with the Howl itself instead of a number while the sound waits to start.
    const position: unknown = this.howl.seek(this.soundId);
    return typeof position === 'number' ? position : null;
  }

  durationSeconds(): number {
    return this.howl?.duration() ?? 0;
  }

  volume(): number {
    if (!this.howl || this.soundId === null) return 0;
    const volume: unknown = this.howl.volume(this.soundId);
    return typeof volume === 'number' ? volume : 0;
  }

  fade(from: number, to: number, milliseconds: number): void {
    if (this.howl && this.soundId !== null) this.howl.fade(from, to, milliseconds, this.soundId);
  }

  isPlaying(): boolean {
    return this.howl !== null && this.soundId !== null && this.howl.playing(this.soundId);
  }

  unload(): void {
    this.unloaded = true;
    this.howl?.off();
    this.howl?.unload();
    this.howl = null;
  }
}

export class HowlerAudioOutput implements AudioOutput {
  load(url: string, callbacks: RecordingPlayerCallbacks): RecordingPlayer {
    return new HowlerRecordingPlayer(url, callbacks);
  }

  setMuted(muted: boolean): void {
    setHowlerGlobal('mute', ({ Howler }) => Howler.mute(muted));
  }

  livePlayerCount(): number {
    const loaded = howlerIfLoaded();
    // howler keeps its instances in a private array; it is the only count that proves unload() ran.
    return loaded ? (loaded.Howler as unknown as { _howls: unknown[] })._howls.length : 0;
  }
}
