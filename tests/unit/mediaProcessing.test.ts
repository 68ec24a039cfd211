import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFile } from 'music-metadata';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { probeImages } from '../../src/contentBuild/imageProbe.ts';
import { NARRATION_BITRATE_KBPS, SCREEN_IMAGE_BOX, THUMBNAIL_WIDTH } from '../../src/contentModel/mediaFormats.ts';
import { processMedia, type ProcessedImage, type ProcessedRecording } from '../../src/tools/mediaProcessing.ts';
import { HEIC_PHOTOGRAPH, writePhotograph, writeToneWav } from '../support/testMedia.ts';

describe('build-time media processing', () => {
  let root = '';
  let cacheDirectory = '';
  beforeEach(() => {
    const base = mkdtempSync(join(tmpdir(), 'kiosk-processing-'));
    root = join(base, 'media');
    cacheDirectory = join(base, 'cache');
    mkdirSync(join(root, 'event'), { recursive: true });
  });
  afterEach(() => rmSync(join(root, '..'), { recursive: true, force: true }));

  it('turns a sideways 12-megapixel camera JPEG into upright screen copies without its GPS position', async () => {
    await writePhotograph(join(root, 'event/photo.jpg'), { width: 4032, height: 3024, orientation: 6, withGpsPosition: true });
    const before = await sharp(join(root, 'event/photo.jpg')).metadata();
    expect(before.exif).toBeDefined();

    const report = await processMedia({ root, files: ['event/photo.jpg'], cacheDirectory });
    expect(report.failures.size).toBe(0);
    const image = report.processed.get('event/photo.jpg') as ProcessedImage;
    // Portrait after rotation: the 960 px height of the box is the limit.
    expect([image.webp.width, image.webp.height]).toEqual([720, SCREEN_IMAGE_BOX.height]);
    expect([image.avif.width, image.avif.height]).toEqual([720, SCREEN_IMAGE_BOX.height]);
    expect(image.thumbnail.width).toBe(THUMBNAIL_WIDTH);
    expect(image.webp.name).toBe('event/photo.webp');
    expect(image.avif.name).toBe('event/photo.avif');
    for (const copy of [image.avif, image.webp, image.thumbnail]) {
      const metadata = await sharp(copy.path).metadata();
      expect(metadata.exif, `${copy.name} keeps no EXIF (GPS)`).toBeUndefined();
      expect(metadata.orientation ?? 1).toBe(1);
    }
    const sourceBytes = readFileSync(join(root, 'event/photo.jpg')).length;
    expect(image.avif.bytes + image.webp.bytes + image.thumbnail.bytes).toBeLessThan(sourceBytes / 10);
  });

  it('reads an iPhone HEIC photograph and never enlarges a small picture', async () => {
    copyFileSync(HEIC_PHOTOGRAPH, join(root, 'event/photo.heic'));
    const probes = await probeImages(root, ['event/photo.heic']);
    expect(probes.get('event/photo.heic')).toEqual({ ok: true, format: 'heic', width: 1024, height: 768 });
    const report = await processMedia({ root, files: ['event/photo.heic'], cacheDirectory });
    const image = report.processed.get('event/photo.heic') as ProcessedImage;
    expect([image.webp.width, image.webp.height]).toEqual([1024, 768]);
    const avif = await sharp(image.avif.path).metadata();
    expect([avif.format, avif.hasAlpha]).toEqual(['heif', false]);
  });

  it('makes each copy once: a second build finds them in the cache', async () => {
    await writePhotograph(join(root, 'event/photo.jpg'), { width: 1600, height: 1200 });
    const first = await processMedia({ root, files: ['event/photo.jpg'], cacheDirectory });
    const second = await processMedia({ root, files: ['event/photo.jpg'], cacheDirectory });
    expect([first.madeNow, second.madeNow]).toEqual([1, 0]);
    expect(second.processed.get('event/photo.jpg')).toEqual(first.processed.get('event/photo.jpg'));
  });

  it('two preparations at once (a dev server saving twice) both succeed and leave no half-written file', async () => {
    await writePhotograph(join(root, 'event/photo.jpg'), { width: 1600, height: 1200 });
    writeToneWav(join(root, 'event/narration.en.wav'), { seconds: 2 });
    const files = ['event/photo.jpg', 'event/narration.en.wav'];
    const [first, second] = await Promise.all([
      processMedia({ root, files, cacheDirectory }),
      processMedia({ root, files, cacheDirectory }),
    ]);
    expect([first.failures.size, second.failures.size]).toEqual([0, 0]);
    expect(second.processed).toEqual(first.processed);
    expect(readdirSync(cacheDirectory).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('reports a damaged picture by name and goes on with the good ones', async () => {
    await writePhotograph(join(root, 'event/photo.jpg'), { width: 1600, height: 1200 });
    writeFileSync(join(root, 'event/broken.jpg'), readFileSync(join(root, 'event/photo.jpg')).subarray(0, 5000));
    const report = await processMedia({ root, files: ['event/broken.jpg', 'event/photo.jpg'], cacheDirectory });
    expect(report.failures.get('event/broken.jpg')).toMatch(/JPEG/i);
    expect(report.processed.has('event/photo.jpg')).toBe(true);
    const probes = await probeImages(root, ['event/broken.jpg', 'event/photo.jpg']);
    expect(probes.get('event/broken.jpg')?.ok).toBe(false);
    expect(probes.get('event/photo.jpg')).toEqual({ ok: true, format: 'jpeg', width: 1600, height: 1200 });
  });

  it('encodes a stereo studio WAV as the kiosk narration format, same length', async () => {
    writeToneWav(join(root, 'event/narration.en.wav'), { seconds: 4, sampleRate: 48_000, channels: 2 });
    const report = await processMedia({ root, files: ['event/narration.en.wav'], cacheDirectory });
    expect(report.failures.size).toBe(0);
    const recording = report.processed.get('event/narration.en.wav') as ProcessedRecording;
    expect(recording.mp3.name).toBe('event/narration.en.mp3');
    const { format } = await parseFile(recording.mp3.path, { duration: true });
    expect(format.codec).toMatch(/MPEG 1 Layer 3/);
    expect(format.numberOfChannels).toBe(1);
    expect(format.bitrate).toBe(NARRATION_BITRATE_KBPS * 1000);
    expect(format.duration).toBeGreaterThan(3.95);
    expect(format.duration).toBeLessThan(4.1);
    expect(recording.mp3.bytes).toBeLessThan(readFileSync(join(root, 'event/narration.en.wav')).length / 20);
  });
});
