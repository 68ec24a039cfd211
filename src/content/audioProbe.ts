/**
 * Reads what each recording under media/ really is (container, codec, duration) without
 * playing it, so media:check and the build can refuse a corrupt file or captions that run past
 * the end of their audio before any visitor meets them. Node only (music-metadata parses the
 * file headers and frames; nothing is decoded to sound).
 */
import { parseFile } from 'music-metadata';
import { join } from 'node:path';
import type { AudioProbe } from './validateMedia.ts';
import { AUDIO_EXTENSIONS } from './validateMedia.ts';

/** What each container must say it is; a renamed file (a .wav saved as .mp3) is caught here. */
const EXPECTED_CONTAINERS: Readonly<Record<string, RegExp>> = {
  mp3: /MPEG/i,
  ogg: /Ogg/i,
  opus: /Ogg/i,
  m4a: /MPEG-4|M4A|mp4/i,
  webm: /EBML|webm|matroska/i,
};

export async function probeAudio(root: string, files: readonly string[]): Promise<Map<string, AudioProbe>> {
  const probes = new Map<string, AudioProbe>();
  const recordings = files.filter((file) => AUDIO_EXTENSIONS.some((extension) => file.toLowerCase().endsWith(`.${extension}`)));
  await Promise.all(recordings.map(async (file) => {
    const extension = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
    try {
      const { format } = await parseFile(join(root, file), { duration: true, skipCovers: true });
      const container = format.container ?? '';
      const duration = format.duration ?? 0;
      if (!format.codec || !Number.isFinite(duration) || duration <= 0) {
        probes.set(file, { ok: false, reason: 'it holds no audio that can be played (the file is damaged or is not really audio)' });
      } else if (!(EXPECTED_CONTAINERS[extension]?.test(container) ?? true)) {
        probes.set(file, { ok: false, reason: `it is named .${extension} but holds ${container} audio` });
      } else {
        probes.set(file, { ok: true, durationSeconds: duration, codec: format.codec });
      }
    } catch (error) {
      probes.set(file, { ok: false, reason: `it cannot be read as audio (${error instanceof Error ? error.message : String(error)})` });
    }
  }));
  return probes;
}
