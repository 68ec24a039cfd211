/**
 * What staff may drop into media/ and what the build turns it into. Pure data and rules, shared
 * by the validator (which tells staff what will happen) and the build-time processing (which does it).
 */

/** Pictures staff may drop; the build makes screen-sized AVIF and WebP copies of each. */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'heic', 'heif'] as const;
/** Recordings staff may drop. WAV (and MP3 above NARRATION_MAX_SOURCE_BITRATE) are compressed by the build. */
export const AUDIO_EXTENSIONS = ['wav', 'mp3', 'ogg', 'opus', 'm4a', 'webm'] as const;

/**
 * The picture shown in a sheet fits a 832 x 480 CSS box (styles.css .sheet__image); the copy is made
 * at twice that so it stays sharp on a 4K screen scaled 2x, and never enlarged beyond the original.
 */
export const SCREEN_IMAGE_BOX = { width: 1664, height: 960 } as const;
/** Card thumbnails are drawn 256 px wide into the timeline atlas; a little more keeps resampling sharp. */
export const THUMBNAIL_WIDTH = 320;

/** A photograph's own file may be large (the kiosk gets the small copies); above this it is refused. */
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;
/** Pictures with more pixels than this take minutes and gigabytes to process: refused. */
export const MAX_IMAGE_PIXELS = 100_000_000;
/** Below this on the shorter side a picture looks blurred in the sheet: a warning. */
export const MIN_IMAGE_SHORT_SIDE = 480;

/** Recordings the build ships as they are (already compressed) must stay within this. */
export const MAX_RECORDING_BYTES = 10 * 1024 * 1024;
/** Recordings the build compresses (WAV) may be much larger: about 18 minutes of 48 kHz 24-bit stereo. */
export const MAX_UNCOMPRESSED_RECORDING_BYTES = 300 * 1024 * 1024;

/** The kiosk's narration format: mono MP3, plain enough for every browser's Web Audio decoder. */
export const NARRATION_BITRATE_KBPS = 64;
/** An MP3 above this bit rate (a studio master) is re-encoded like a WAV, to keep the offline install small. */
export const NARRATION_MAX_SOURCE_BITRATE = 96_000;
/** The program the build compresses recordings with; media:check says how to install it when missing. */
export const NARRATION_ENCODER = 'lame';

/** Where the build put its copies of one source file, as URLs the kiosk loads. */
export type ProcessedMediaUrls =
  | {
      readonly kind: 'image';
      /** The WebP copy, shown where no better source is taken. */
      readonly url: string;
      readonly width: number;
      readonly height: number;
      readonly sources: readonly { readonly type: string; readonly url: string }[];
      readonly thumbnailUrl: string;
    }
  | { readonly kind: 'recording'; readonly url: string };

export function extensionOf(file: string): string {
  const dot = file.lastIndexOf('.');
  return dot < 0 ? '' : file.slice(dot + 1).toLowerCase();
}

export function isImageFile(file: string): boolean {
  return (IMAGE_EXTENSIONS as readonly string[]).includes(extensionOf(file));
}

export function isAudioFile(file: string): boolean {
  return (AUDIO_EXTENSIONS as readonly string[]).includes(extensionOf(file));
}

/** Whether the build must encode this recording into the narration format before the kiosk gets it. */
export function recordingNeedsEncoding(file: string, bitrate: number | null): boolean {
  const extension = extensionOf(file);
  if (extension === 'wav') return true;
  return extension === 'mp3' && bitrate !== null && bitrate > NARRATION_MAX_SOURCE_BITRATE;
}
