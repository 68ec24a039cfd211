/**
 * Reads what each recording under media/ really is (container, codec, duration, bit rate) without
 * playing it, so media:check and the build can refuse a corrupt file or captions that run past
 * the end of their audio before any visitor meets them. Node only (music-metadata parses the
 * file headers and frames; nothing is decoded to sound).
 */
import { parseFile } from 'music-metadata';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { extensionOf, isAudioFile } from '../contentModel/mediaFormats.ts';
import type { AudioProbe } from './contentCheckTypes.ts';
import { fileHead, RECORDING_KINDS, sniffFileKind } from './fileKind.ts';
import { staffText } from './problemCatalogue.ts';

/** What each container must say it is; a renamed file (a .wav saved as .mp3) is caught here. */
const EXPECTED_CONTAINERS: Readonly<Record<string, RegExp>> = {
  wav: /WAVE/i,
  mp3: /MPEG/i,
  ogg: /Ogg/i,
  opus: /Ogg/i,
  m4a: /MPEG-4|M4A|mp4/i,
  webm: /EBML|webm|matroska/i,
};

/** What the first bytes say a recording is, for the common case of a file saved under the wrong extension. */
async function sniffedExtension(path: string): Promise<string | null> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(12);
    await file.read(head, 0, 12, 0);
    const ascii = (start: number, end: number): string => head.toString('latin1', start, end);
    if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') return 'wav';
    if (ascii(0, 4) === 'OggS') return 'ogg';
    if (ascii(0, 4) === 'fLaC') return 'flac';
    if (ascii(4, 8) === 'ftyp') return 'm4a';
    if (ascii(0, 3) === 'ID3' || (head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0)) return 'mp3';
    return null;
  } finally {
    await file.close();
  }
}

/** Extensions that hold the same kind of file. */
const SAME_KIND: Readonly<Record<string, string>> = { opus: 'ogg', webm: 'webm' };

export async function probeAudio(root: string, files: readonly string[]): Promise<Map<string, AudioProbe>> {
  const probes = new Map<string, AudioProbe>();
  await Promise.all(files.filter(isAudioFile).map(async (file) => {
    const extension = extensionOf(file);
    try {
      const kind = sniffFileKind(fileHead(join(root, file)));
      if (kind !== null && !RECORDING_KINDS.has(kind)) {
        // A picture or a document under a recording's name: say what it is, not what a parser makes of it.
        probes.set(file, { ok: false, reason: staffText('recording.disguised', { kind: staffText(`fileKind.${kind}`), extension }) });
        return;
      }
      const sniffed = await sniffedExtension(join(root, file));
      if (sniffed && sniffed !== (SAME_KIND[extension] ?? extension) && extension !== 'webm') {
        const convertible = sniffed !== 'flac';
        probes.set(file, {
          ok: false,
          reason: {
            'zh-Hans': `这其实是 ${sniffed.toUpperCase()} 录音，只是文件名写成了 .${extension}${convertible ? '' : '（FLAC 要先导出为 WAV）'}`,
            en: `it is really a ${sniffed.toUpperCase()} recording named .${extension}${convertible ? '' : ' (FLAC must be exported as WAV first)'}`,
          },
          ...(convertible ? { renameTo: sniffed } : {}),
        });
        return;
      }
      const { format } = await parseFile(join(root, file), { duration: true, skipCovers: true });
      const container = format.container ?? '';
      const duration = format.duration ?? 0;
      if (!format.codec || !Number.isFinite(duration) || duration <= 0) {
        probes.set(file, {
          ok: false,
          reason: {
            'zh-Hans': '文件里没有可以播放的声音（文件已损坏，或者并不是真正的音频）',
            en: 'it holds no audio that can be played (the file is damaged or is not really audio)',
          },
        });
      } else if (!(EXPECTED_CONTAINERS[extension]?.test(container) ?? true)) {
        probes.set(file, {
          ok: false,
          reason: {
            'zh-Hans': `文件扩展名是 .${extension}，但里面是 ${container} 格式的音频`,
            en: `it is named .${extension} but holds ${container} audio`,
          },
        });
      } else {
        probes.set(file, { ok: true, durationSeconds: duration, codec: format.codec, bitrate: format.bitrate ?? null });
      }
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      probes.set(file, {
        ok: false,
        reason: { 'zh-Hans': `无法作为音频读取（${detail}）`, en: `it cannot be read as audio (${detail})` },
      });
    }
  }));
  return probes;
}
