/**
 * Build-time processing of what staff drop into media/, so nobody has to resize a photograph or
 * export a recording by hand:
 * - every picture becomes a screen-sized AVIF and WebP copy and a card thumbnail, turned upright by
 *   the camera's rotation flag, in sRGB, with the camera's metadata (GPS position, serial number)
 *   left behind;
 * - a WAV recording, or an MP3 above the narration bit rate, becomes a mono MP3 at
 *   NARRATION_BITRATE_KBPS, encoded by lame (installed separately; media:check says how).
 * Results are kept under node_modules/.cache/kiosk-media by content hash, recipe and tool versions,
 * so a rebuild only processes what changed and an upgraded encoder makes the copies anew.
 */
import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp, { type Sharp } from 'sharp';
import { decodeHeicFile, isHevc } from '../contentBuild/imageProbe.ts';
import {
  isImageFile,
  NARRATION_BITRATE_KBPS,
  NARRATION_ENCODER,
  SCREEN_IMAGE_BOX,
  THUMBNAIL_WIDTH,
} from '../contentModel/mediaFormats.ts';

const runFile = promisify(execFile);

/** Bump when a recipe changes, so cached copies made the old way are not reused; the tools' versions are part of it too. */
const IMAGE_RECIPE = `image-1:${SCREEN_IMAGE_BOX.width}x${SCREEN_IMAGE_BOX.height}:thumb${THUMBNAIL_WIDTH}:avif50:webp80:`
  + `sharp-${sharp.versions.sharp ?? ''}:vips-${sharp.versions.vips}:heic-decode-${heicDecodeVersion()}`;
const RECORDING_RECIPE = `recording-1:mp3-mono-${NARRATION_BITRATE_KBPS}k-44.1`;

function heicDecodeVersion(): string {
  try {
    return (createRequire(import.meta.url)('heic-decode/package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

let encoderVersion: Promise<string> | null = null;
/** lame's first line of --version, e.g. "LAME 64bits version 3.100 (http://lame.sf.net)". */
function narrationEncoderVersion(): Promise<string> {
  encoderVersion ??= runFile(NARRATION_ENCODER, ['--version']).then(({ stdout }) => String(stdout).split('\n')[0] ?? '', () => 'unknown');
  return encoderVersion;
}

export interface ProcessedFile {
  /** Where the copy would sit in media/ (the build adds a content hash), e.g. `timeline/museum/x/photo.webp`. */
  readonly name: string;
  /** The copy on disk, in the cache. */
  readonly path: string;
  readonly bytes: number;
}

export interface SizedFile extends ProcessedFile {
  readonly width: number;
  readonly height: number;
}

export interface ProcessedImage {
  readonly kind: 'image';
  readonly avif: SizedFile;
  readonly webp: SizedFile;
  readonly thumbnail: SizedFile;
}

export interface ProcessedRecording {
  readonly kind: 'recording';
  readonly mp3: ProcessedFile;
}

export type ProcessedMedia = ProcessedImage | ProcessedRecording;

export interface MediaProcessingReport {
  readonly processed: ReadonlyMap<string, ProcessedMedia>;
  /** Source file → what went wrong, in words for the build log. */
  readonly failures: ReadonlyMap<string, string>;
  /** How many files were made now, not found in the cache. */
  readonly madeNow: number;
  readonly milliseconds: number;
}

export interface MediaProcessingOptions {
  /** The content folder (media/ or a copy). */
  readonly root: string;
  /** Media-relative paths: pictures and the recordings that need encoding. */
  readonly files: readonly string[];
  readonly cacheDirectory: string;
}

function withoutExtension(file: string): string {
  const dot = file.lastIndexOf('.');
  return dot > file.lastIndexOf('/') ? file.slice(0, dot) : file;
}

/**
 * Writes beside the target and renames, so an interrupted build never leaves half a file in the
 * cache; the name is unique, so two builds (or a dev server and a build) never share a temporary file.
 */
async function writeOnce(path: string, make: (temporaryPath: string) => Promise<void>): Promise<number> {
  if (!existsSync(path)) {
    const temporaryPath = `${path}.${process.pid}.${randomUUID()}.partial`;
    try {
      await make(temporaryPath);
      await rename(temporaryPath, path);
    } finally {
      await rm(temporaryPath, { force: true });
    }
  }
  return (await stat(path)).size;
}

async function uprightSource(path: string): Promise<Sharp> {
  const image = sharp(path, { failOn: 'warning' });
  // The HEIC decoder gives RGBA; a photograph has no transparency to keep.
  return isHevc(await image.metadata()) ? (await decodeHeicFile(path)).removeAlpha() : image.autoOrient();
}

async function sizeOf(path: string): Promise<{ width: number; height: number }> {
  const { width = 0, height = 0 } = await sharp(path).metadata();
  return { width, height };
}

async function processImage(root: string, file: string, cacheDirectory: string): Promise<{ result: ProcessedImage; madeNow: boolean }> {
  const source = join(root, file);
  const key = createHash('sha256').update(IMAGE_RECIPE).update(await readFile(source)).digest('hex').slice(0, 24);
  const base = withoutExtension(file);
  const paths = { avif: join(cacheDirectory, `${key}.avif`), webp: join(cacheDirectory, `${key}.webp`), thumbnail: join(cacheDirectory, `${key}.thumbnail.webp`) };
  const madeNow = !Object.values(paths).every(existsSync);
  // Decoded once, when the first copy is needed; each copy is a clone of the upright, sRGB picture.
  let upright: Promise<Sharp> | null = null;
  const decoded = (): Promise<Sharp> => {
    upright ??= uprightSource(source).then((image) => image.toColourspace('srgb'));
    return upright;
  };
  const screen = async (): Promise<Sharp> => (await decoded()).clone().resize({ ...SCREEN_IMAGE_BOX, fit: 'inside', withoutEnlargement: true });
  const avifBytes = await writeOnce(paths.avif, async (to) => { await (await screen()).avif({ quality: 50, effort: 4 }).toFile(to); });
  const webpBytes = await writeOnce(paths.webp, async (to) => { await (await screen()).webp({ quality: 80, effort: 4 }).toFile(to); });
  const thumbnailBytes = await writeOnce(paths.thumbnail, async (to) => {
    await (await decoded()).clone().resize({ width: THUMBNAIL_WIDTH, withoutEnlargement: true }).webp({ quality: 80 }).toFile(to);
  });
  const [avifSize, webpSize, thumbnailSize] = await Promise.all([sizeOf(paths.avif), sizeOf(paths.webp), sizeOf(paths.thumbnail)]);
  return {
    madeNow,
    result: {
      kind: 'image',
      avif: { name: `${base}.avif`, path: paths.avif, bytes: avifBytes, ...avifSize },
      webp: { name: `${base}.webp`, path: paths.webp, bytes: webpBytes, ...webpSize },
      thumbnail: { name: `${base}.thumbnail.webp`, path: paths.thumbnail, bytes: thumbnailBytes, ...thumbnailSize },
    },
  };
}

async function processRecording(root: string, file: string, cacheDirectory: string): Promise<{ result: ProcessedRecording; madeNow: boolean }> {
  const source = join(root, file);
  const key = createHash('sha256').update(RECORDING_RECIPE).update(await narrationEncoderVersion()).update(await readFile(source)).digest('hex').slice(0, 24);
  const path = join(cacheDirectory, `${key}.mp3`);
  const madeNow = !existsSync(path);
  const inputFlags = file.toLowerCase().endsWith('.mp3') ? ['--mp3input'] : [];
  const bytes = await writeOnce(path, async (to) => {
    await runFile(NARRATION_ENCODER, ['--quiet', ...inputFlags, '-m', 'm', '-b', String(NARRATION_BITRATE_KBPS), '--resample', '44.1', source, to]);
  });
  return { madeNow, result: { kind: 'recording', mp3: { name: `${withoutExtension(file)}.mp3`, path, bytes } } };
}

/** Runs one processing at a time in this process: a dev server saving twice must not encode twice at once. */
let queue: Promise<unknown> = Promise.resolve();

export function processMedia(options: MediaProcessingOptions): Promise<MediaProcessingReport> {
  const run = queue.then(() => processNow(options));
  queue = run.catch(() => undefined);
  return run;
}

async function processNow(options: MediaProcessingOptions): Promise<MediaProcessingReport> {
  const started = performance.now();
  await mkdir(options.cacheDirectory, { recursive: true });
  const processed = new Map<string, ProcessedMedia>();
  const failures = new Map<string, string>();
  let madeNow = 0;
  // One file at a time: libvips and lame each keep the cores busy, and a kiosk build is rarely more than a few dozen files.
  for (const file of options.files) {
    try {
      const outcome = isImageFile(file)
        ? await processImage(options.root, file, options.cacheDirectory)
        : await processRecording(options.root, file, options.cacheDirectory);
      processed.set(file, outcome.result);
      if (outcome.madeNow) madeNow += 1;
    } catch (error) {
      failures.set(file, error instanceof Error ? error.message.split('\n')[0] ?? error.message : String(error));
    }
  }
  return { processed, failures, madeNow, milliseconds: Math.round(performance.now() - started) };
}
