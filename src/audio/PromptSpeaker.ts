/**
 * Speaks the keypad's prompts: an announcement is a few short clips played one after another
 * (howler, like the narration), with their words as the caption. A new announcement cuts the
 * last one short, a touch stops it, and under a playing narration it speaks more quietly so the
 * narration stays what the visitor listens to. A clip that has no recording, or cannot load, is
 * skipped: its words still show.
 */
import type { Howl } from 'howler';
import { howlerIfLoaded, loadHowler } from './howlerModule.ts';
import type { AnnouncementState } from '../app/KioskState.ts';
import type { LanguageCode } from '../contentModel/contentTypes.ts';
import type { PromptClip, SpokenPromptTable } from '../keypad/spokenPrompts.ts';
import { scheduleWithGlobalTimers, type ScheduleTimer } from './RecordingPlayer.ts';

/** Under a playing narration a prompt speaks at this share of its volume. */
const DUCKED_SHARE = 0.35;
/** The caption stays this long after the last clip, then goes: long enough to read a line again. */
const CAPTION_LINGER_MILLISECONDS = 3000;
/** A prompt with no recording keeps its caption about as long as it would take to say. */
const UNSPOKEN_MILLISECONDS_PER_CHARACTER = 90;
/**
 * Decoded sprites kept for the next time (a visitor pressing left and right hears the same part
 * of a row again). A sprite is at most 24 clips of mono audio, some 17 MB decoded: three at most.
 */
const KEPT_SPRITES = 3;

type SpokenClip = PromptClip & { readonly url: string };

/** The name of a clip inside its sprite: its start, unique within one file. */
function spriteName(clip: PromptClip): string {
  return String(clip.startMs);
}

export interface PromptSpeakerOptions {
  /** The prompts' words and clips; fetched once at start, so the first key finds them ready. */
  readonly prompts: Promise<SpokenPromptTable>;
  readonly volumeCap: number;
  readonly onChange: (announcement: AnnouncementState | null) => void;
  readonly schedule?: ScheduleTimer;
}

/** The words of clips joined into one caption: Chinese sentences run on, English ones take a space. */
export function announcementText(clips: readonly PromptClip[], language: LanguageCode): string {
  const separator = language.startsWith('zh') ? '' : ' ';
  return clips.map((clip) => clip.text.trim()).join(separator).replace(/\s+/g, ' ').trim();
}

export class PromptSpeaker {
  private readonly howls = new Map<string, Howl>();
  private readonly schedule: ScheduleTimer;
  private current: { readonly id: number; readonly text: string; readonly language: LanguageCode; playing: boolean; howl: Howl | null } | null = null;
  private nextId = 1;
  private ducked = false;
  private cancelLinger: (() => void) | null = null;
  private table: SpokenPromptTable | null = null;
  /** What was asked for before the table arrived: said once it has. */
  private waiting: { readonly keys: readonly string[]; readonly language: LanguageCode } | null = null;

  constructor(private readonly options: PromptSpeakerOptions) {
    this.schedule = options.schedule ?? scheduleWithGlobalTimers;
    void options.prompts.then((table) => {
      this.table = table;
      const waiting = this.waiting;
      this.waiting = null;
      if (waiting) this.say(waiting.keys, waiting.language);
    });
  }

  /** Clips by key in the language; keys with no clip are left out. */
  private clipsOf(keys: readonly string[], language: LanguageCode): PromptClip[] {
    const table = this.table?.[language] ?? {};
    return keys.flatMap((key) => {
      const clip = table[key];
      return clip ? [clip] : [];
    });
  }

  say(keys: readonly string[], language: LanguageCode): void {
    this.stop();
    if (!this.table) {
      this.waiting = { keys, language };
      return;
    }
    const clips = this.clipsOf(keys, language);
    if (clips.length === 0) return;
    const id = this.nextId++;
    this.current = { id, text: announcementText(clips, language), language, playing: false, howl: null };
    this.report();
    const spoken = clips.filter((clip): clip is SpokenClip => clip.url !== null);
    if (spoken.length === 0) this.lingerThenClear(id, this.current.text.length * UNSPOKEN_MILLISECONDS_PER_CHARACTER);
    else this.playFrom(id, spoken, 0);
  }

  /** Silences the prompt and takes its caption away (a touch: the visitor is looking now). */
  stop(): void {
    this.waiting = null;
    this.cancelLinger?.();
    this.cancelLinger = null;
    const current = this.current;
    if (!current) return;
    current.howl?.stop();
    this.current = null;
    this.options.onChange(null);
  }

  /** A narration started or stopped playing: prompts go under it. */
  setDucked(ducked: boolean): void {
    if (ducked === this.ducked) return;
    this.ducked = ducked;
    this.current?.howl?.volume(this.clipVolume());
  }

  liveSpriteCount(): number {
    return this.howls.size;
  }

  private clipVolume(): number {
    return this.options.volumeCap * (this.ducked ? DUCKED_SHARE : 1);
  }

  /** Every clip of the table that lies in the sprite at `url`, as howler's sprite map. */
  private spriteMapOf(url: string): Record<string, [number, number]> {
    const sprite: Record<string, [number, number]> = {};
    for (const clips of Object.values(this.table ?? {})) {
      for (const clip of Object.values(clips)) if (clip.url === url) sprite[spriteName(clip)] = [clip.startMs, clip.durationMs];
    }
    return sprite;
  }

  private howlFor(HowlClass: typeof Howl, url: string): Howl {
    const kept = this.howls.get(url);
    if (kept) {
      // Most recently used last, so the oldest is the one let go.
      this.howls.delete(url);
      this.howls.set(url, kept);
      return kept;
    }
    const howl = new HowlClass({ src: [url], html5: false, preload: true, format: ['mp3'], sprite: this.spriteMapOf(url) });
    this.howls.set(url, howl);
    for (const [oldUrl, old] of this.howls) {
      if (this.howls.size <= KEPT_SPRITES) break;
      if (old === this.current?.howl) continue;
      old.unload();
      this.howls.delete(oldUrl);
    }
    return howl;
  }

  private playFrom(id: number, clips: readonly SpokenClip[], index: number): void {
    const current = this.current;
    const clip = clips[index];
    if (!current || current.id !== id) return;
    if (!clip) {
      current.playing = false;
      current.howl = null;
      this.report();
      this.lingerThenClear(id, CAPTION_LINGER_MILLISECONDS);
      return;
    }
    const loaded = howlerIfLoaded();
    if (!loaded) {
      // The first prompt of the day waits for howler; a newer announcement by then wins (the id check).
      loadHowler().then(() => this.playFrom(id, clips, index), () => this.playFrom(id, clips, clips.length));
      return;
    }
    const howl = this.howlFor(loaded.Howl, clip.url);
    current.howl = howl;
    const next = (): void => this.playFrom(id, clips, index + 1);
    howl.volume(this.clipVolume());
    howl.once('end', next);
    howl.once('loaderror', next);
    howl.once('playerror', next);
    howl.once('play', () => {
      if (this.current?.id !== id || this.current.playing) return;
      this.current.playing = true;
      this.report();
    });
    howl.play(spriteName(clip));
  }

  private lingerThenClear(id: number, milliseconds: number): void {
    this.cancelLinger?.();
    this.cancelLinger = this.schedule(milliseconds, () => {
      this.cancelLinger = null;
      if (this.current?.id !== id) return;
      this.current = null;
      this.options.onChange(null);
    });
  }

  private report(): void {
    const current = this.current;
    this.options.onChange(current ? { text: current.text, language: current.language, playing: current.playing } : null);
  }
}
