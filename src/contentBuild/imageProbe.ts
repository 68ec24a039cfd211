/**
 * Opens every picture under media/ the way the build will (sharp for JPEG, PNG, WebP and AVIF;
 * heic-decode for an iPhone's HEIC, which sharp's bundled libvips cannot read), so media:check can
 * refuse a damaged or mislabelled file and report pixel sizes before the build meets it. Node only.
 */
import decodeHeic from 'heic-decode';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp, { type Metadata, type Sharp } from 'sharp';
import { extensionOf, isImageFile, MAX_IMAGE_PIXELS } from '../contentModel/mediaFormats.ts';
import { fileHead, PICTURE_KINDS, sniffFileKind, type FileKind } from './fileKind.ts';
import { staffText } from './problemCatalogue.ts';

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'heic' | 'other';

export type ImageProbe =
  | {
      readonly ok: true;
      /** What the file really holds, whatever its name says. */
      readonly format: ImageFormat;
      /** As the picture is seen, after the camera's rotation flag is applied. */
      readonly width: number;
      readonly height: number;
    }
  | {
      readonly ok: false;
      readonly reason: { readonly 'zh-Hans': string; readonly en: string };
      /** What the file really is when its first bytes say it is no picture (a PDF, a Word document); absent otherwise. */
      readonly actualKind?: FileKind;
    };

/** An iPhone photograph: HEIF holding HEVC, which sharp's bundled libvips reads the header of but cannot decode. */
export function isHevc(metadata: Metadata): boolean {
  return metadata.format === 'heif' && metadata.compression === 'hevc';
}

/** Pixels of a decoded HEIC, ready for sharp; the build uses the same path as the probe. */
export async function decodeHeicFile(path: string): Promise<Sharp> {
  const { width, height, data } = await decodeHeic({ buffer: await readFile(path) });
  return sharp(Buffer.from(data.buffer, data.byteOffset, data.byteLength), { raw: { width, height, channels: 4 } });
}

function formatOf(metadata: Metadata): ImageFormat {
  if (metadata.format === 'jpeg' || metadata.format === 'png' || metadata.format === 'webp') return metadata.format;
  if (metadata.format === 'heif') return metadata.compression === 'av1' ? 'avif' : 'heic';
  return 'other';
}

async function probeImage(path: string): Promise<ImageProbe> {
  const kind = sniffFileKind(fileHead(path));
  if (kind !== null && !PICTURE_KINDS.has(kind)) {
    // Named for what it is: a decoding library would only say, in English, that the format is unsupported.
    return { ok: false, reason: staffText('picture.disguised', { kind: staffText(`fileKind.${kind}`), extension: extensionOf(path) }), actualKind: kind };
  }
  try {
    // failOn 'warning' also refuses a truncated JPEG, which a viewer would show half grey.
    const image = sharp(path, { failOn: 'warning' });
    const metadata = await image.metadata();
    if (isHevc(metadata)) {
      // The header gives the size: a picture too large to process is refused before decoding it.
      if ((metadata.width ?? 0) * (metadata.height ?? 0) > MAX_IMAGE_PIXELS) {
        return { ok: true, format: 'heic', width: metadata.width ?? 0, height: metadata.height ?? 0 };
      }
      const { width = 0, height = 0 } = await (await decodeHeicFile(path)).metadata();
      return { ok: true, format: 'heic', width, height };
    }
    // Decoding a small copy reads every byte of the compressed data without the cost of full size.
    await image.clone().resize(64).raw().toBuffer();
    return { ok: true, format: formatOf(metadata), width: metadata.autoOrient.width, height: metadata.autoOrient.height };
  } catch {
    // The library's words are English and name its internals; what staff can act on is whether the file is a damaged picture or none at all.
    return {
      ok: false,
      reason: kind === null
        ? staffText('picture.notRecognised')
        : staffText('picture.damaged', { format: kind === 'heif' ? 'HEIC' : kind.toUpperCase() }),
    };
  }
}

export async function probeImages(root: string, files: readonly string[]): Promise<Map<string, ImageProbe>> {
  const probes = new Map<string, ImageProbe>();
  // One at a time: libvips already uses every core for one picture, and HEIC decoding holds the whole image in memory.
  for (const file of files.filter(isImageFile)) probes.set(file, await probeImage(join(root, file)));
  return probes;
}
