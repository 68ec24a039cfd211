/**
 * Media files as a staff member would drop them: a camera photograph and a studio WAV, made on
 * the fly so the repository carries no large binaries (the one exception, an iPhone HEIC, lives in
 * tests/fixtures because nothing here can encode HEVC).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import sharp from 'sharp';

export const HEIC_PHOTOGRAPH = resolve(import.meta.dirname, '../fixtures/gallery-photo.heic');

export interface PhotographOptions {
  readonly width: number;
  readonly height: number;
  /** EXIF orientation as a camera writes it (6: the camera was held upright, the sensor data lies on its side). */
  readonly orientation?: number;
  /** Adds a GPS position to the EXIF data, as a phone does. */
  readonly withGpsPosition?: boolean;
}

/** A JPEG with a camera's noise (so it compresses like a photograph, not like a flat colour). */
export async function writePhotograph(path: string, options: PhotographOptions): Promise<void> {
  const { width, height } = options;
  const pixels = Buffer.alloc(width * height * 3);
  let seed = 12345;
  for (let index = 0; index < pixels.length; index += 1) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const row = Math.floor(index / 3 / width);
    pixels[index] = ((index % 3) * 70 + (row * 120) / height + (seed % 48)) & 0xff;
  }
  mkdirSync(dirname(path), { recursive: true });
  let image = sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 92 });
  if (options.orientation !== undefined) image = image.withMetadata({ orientation: options.orientation });
  if (options.withGpsPosition) image = image.withExifMerge({ IFD0: { Make: 'TestCamera' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '40/1 0/1 0/1' } });
  await image.toFile(path);
}

export interface ToneOptions {
  readonly seconds: number;
  readonly sampleRate?: number;
  readonly channels?: number;
}

/** A 16-bit PCM WAV holding a quiet tone, as a recorder exports it. */
export function writeToneWav(path: string, options: ToneOptions): void {
  const sampleRate = options.sampleRate ?? 48_000;
  const channels = options.channels ?? 2;
  const frames = Math.round(options.seconds * sampleRate);
  const dataBytes = frames * channels * 2;
  const wav = Buffer.alloc(44 + dataBytes);
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(36 + dataBytes, 4);
  wav.write('WAVE', 8, 'ascii');
  wav.write('fmt ', 12, 'ascii');
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20);
  wav.writeUInt16LE(channels, 22);
  wav.writeUInt32LE(sampleRate, 24);
  wav.writeUInt32LE(sampleRate * channels * 2, 28);
  wav.writeUInt16LE(channels * 2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(dataBytes, 40);
  for (let frame = 0; frame < frames; frame += 1) {
    const sample = Math.round(Math.sin((2 * Math.PI * 440 * frame) / sampleRate) * 6000);
    for (let channel = 0; channel < channels; channel += 1) wav.writeInt16LE(sample, 44 + (frame * channels + channel) * 2);
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, wav);
}
