/** validateMedia() on a folder on disk, with every recording probed first: what media:check and the build run. */
import { mediaFolder } from './mediaFolder.ts';
import { probeAudio } from './audioProbe.ts';
import { validateMedia, type MediaValidation, type ValidateMediaOptions } from './validateMedia.ts';

export async function checkMediaFolder(root: string, options: Omit<ValidateMediaOptions, 'audioProbes'>): Promise<MediaValidation> {
  const source = mediaFolder(root);
  const audioProbes = await probeAudio(root, source.files);
  return validateMedia(source, { ...options, audioProbes });
}
