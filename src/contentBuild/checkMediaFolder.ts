/**
 * validateMedia() on a folder on disk, with every recording and picture opened first and the
 * recording encoder looked for: what media:check and the build run.
 */
import { spawnSync } from 'node:child_process';
import { probeAudio } from './audioProbe.ts';
import { probeImages, type ImageProbe } from './imageProbe.ts';
import { NARRATION_ENCODER } from '../contentModel/mediaFormats.ts';
import { mediaFolder } from './mediaFolder.ts';
import type { AudioProbe, MediaSource, MediaValidation, ValidateMediaOptions } from './contentCheckTypes.ts';
import { validateMedia } from './validateMedia.ts';

export interface MediaProbes {
  readonly source: MediaSource;
  readonly audioProbes: ReadonlyMap<string, AudioProbe>;
  readonly imageProbes: ReadonlyMap<string, ImageProbe>;
  readonly narrationEncoderAvailable: boolean;
}

/** Whether the program that compresses recordings can run on this computer. */
export function narrationEncoderAvailable(): boolean {
  const result = spawnSync(NARRATION_ENCODER, ['--version'], { stdio: 'ignore' });
  return result.error === undefined && result.status === 0;
}

export async function probeMediaFolder(root: string): Promise<MediaProbes> {
  const source = mediaFolder(root);
  const [audioProbes, imageProbes] = await Promise.all([probeAudio(root, source.files), probeImages(root, source.files)]);
  return { source, audioProbes, imageProbes, narrationEncoderAvailable: narrationEncoderAvailable() };
}

export async function checkMediaFolder(
  root: string,
  options: Omit<ValidateMediaOptions, 'audioProbes' | 'imageProbes' | 'narrationEncoderAvailable'>,
): Promise<MediaValidation> {
  const { source, ...probes } = await probeMediaFolder(root);
  return validateMedia(source, { ...options, ...probes });
}
