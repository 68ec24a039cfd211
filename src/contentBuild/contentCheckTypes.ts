/** What the content check reads, what it is told about the media, and what it hands back. */
import type { TraditionalConversion } from './traditionalChinese.ts';
import type { ContentProblem, StaffLanguage, StaffText } from '../contentModel/contentProblem.ts';
import type { ContentBundle, LanguageCode } from '../contentModel/contentTypes.ts';
import type { ProcessedMediaUrls } from '../contentModel/mediaFormats.ts';
import type { ImageProbe } from './imageProbe.ts';

/** The files under media/, as POSIX paths relative to it, and a way to read them. */
export interface MediaSource {
  readonly files: readonly string[];
  readText(relativePath: string): string;
  readBytes(relativePath: string): Uint8Array;
  sizeOf(relativePath: string): number;
}

export type AudioProbe =
  | { readonly ok: true; readonly durationSeconds: number; readonly codec: string; readonly bitrate: number | null }
  /** Why the recording cannot be played, in words for staff. */
  | { readonly ok: false; readonly reason: StaffText; /** The extension it should have, when it was only misnamed. */ readonly renameTo?: string };

export interface ValidateMediaOptions {
  /** The URL the kiosk will load a media file from (hashed in a build, plain in dev). */
  mediaUrl(relativePath: string): string;
  /** The folder name used in messages; `media` unless a test validates a copy. */
  displayRoot?: string;
  /** What each recording really holds (audioProbe.ts); without it recordings are not opened. */
  audioProbes?: ReadonlyMap<string, AudioProbe>;
  /** What each picture really is (imageProbe.ts); without it pictures are not opened. */
  imageProbes?: ReadonlyMap<string, ImageProbe>;
  /** Whether the recording encoder (lame) can run here; left out, recordings needing it are not judged. */
  narrationEncoderAvailable?: boolean;
  /** The build's copies of pictures and recordings (mediaProcessing.ts), by source file, as kiosk URLs. */
  processed?: ReadonlyMap<string, ProcessedMediaUrls>;
  /** The URL of a caption file's traditional copy (the build writes one); left out, zh-Hant shows the simplified file's captions. */
  captionsFor?: (url: string) => string;
}

export interface ContentSummary {
  readonly eventsByTrack: Readonly<Record<string, number>>;
  readonly panelsByGroup: Readonly<Record<string, number>>;
  readonly languages: readonly LanguageCode[];
  readonly narratedItems: number;
  readonly recordedNarrations: number;
  readonly tours: number;
}

export interface MediaValidation {
  readonly problems: readonly ContentProblem[];
  /** Every text the build turns (or, with kiosk.yaml not listing zh-Hant, would turn) into 繁體中文, for review. */
  readonly traditionalConversions: readonly TraditionalConversion[];
  readonly errorCount: number;
  readonly warningCount: number;
  /** Built from every file that passed; complete only when errorCount is 0. */
  readonly bundle: ContentBundle;
  /** Media files (audio, captions, images) the bundle points at, relative to media/. */
  readonly referencedFiles: readonly string[];
  readonly summary: ContentSummary;
  /**
   * The language staff read problems in: kiosk.yaml's `staff.language`, else its `defaultLanguage`
   * when staff read that language, else Chinese (also when kiosk.yaml cannot be read).
   */
  readonly staffLanguage: StaffLanguage;
}
