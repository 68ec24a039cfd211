/** One picture an event or panel names: that it exists, can be shown, and is neither too large nor too small. */
import type { ImageFile } from '../contentModel/contentSchema.ts';
import type { MediaImage } from '../contentModel/contentTypes.ts';
import { extensionOf, IMAGE_EXTENSIONS, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, MIN_IMAGE_SHORT_SIDE } from '../contentModel/mediaFormats.ts';
import type { CheckContext, CheckReport, CheckResult } from './checkReport.ts';
import type { ImageFormat, ImageProbe } from './imageProbe.ts';
import { staffList, staffText } from './problemCatalogue.ts';
import type { YamlFile } from './yamlFile.ts';

/** What a picture's name promises; a HEIF may hold HEVC (an iPhone photograph) or AV1. */
const FORMATS_BY_EXTENSION: Readonly<Record<string, readonly ImageFormat[]>> = {
  jpg: ['jpeg'], jpeg: ['jpeg'], png: ['png'], webp: ['webp'], avif: ['avif'], heic: ['heic'], heif: ['heic', 'avif'],
};

/** Where the picture is named: the item's yaml and the path of its entry there. */
export interface PictureEntry {
  readonly image: ImageFile;
  readonly folder: string;
  readonly file: string;
  readonly yaml: YamlFile;
  readonly path: readonly (string | number)[];
}

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** Whether the yaml names a picture that is there, in a format the kiosk shows. */
function isPresent(entry: PictureEntry, context: CheckContext, report: CheckReport): boolean {
  const { image, folder, file, yaml, path } = entry;
  const line = yaml.lineOf([...path, 'file']);
  if (!IMAGE_EXTENSIONS.includes(extensionOf(image.file) as (typeof IMAGE_EXTENSIONS)[number])) {
    report.error(file, line, staffText('picture.format', { file: image.file }), staffText('picture.format.fix', { formats: staffList(IMAGE_EXTENSIONS) }));
    return false;
  }
  const imagePath = `${folder}/${image.file}`;
  if (context.fileSet.has(imagePath)) return true;
  const sameButCase = context.files.find((candidate) => folderOf(candidate) === folder && candidate.toLowerCase() === imagePath.toLowerCase());
  const actual = sameButCase?.split('/').pop();
  report.error(file, line, staffText('picture.notInFolder', { file: image.file, folder }),
    actual ? staffText('picture.notInFolder.fixCase', { actual }) : staffText('picture.notInFolder.fix', { folder }));
  return false;
}

/** Whether the picture can be processed at all; also warns about a misleading name or too few pixels. */
function isUsable(imagePath: string, image: ImageFile, probe: ImageProbe | undefined, context: CheckContext, report: CheckReport): boolean {
  const bytes = context.source.sizeOf(imagePath);
  if (bytes > MAX_IMAGE_BYTES) {
    const megabytes = (bytes / 1024 / 1024).toFixed(1);
    report.error(imagePath, 0, staffText('picture.tooManyBytes', { megabytes, limit: MAX_IMAGE_BYTES / 1024 / 1024 }), staffText('picture.tooManyBytes.fix'));
    return false;
  }
  if (probe && !probe.ok) {
    report.error(imagePath, 0, staffText('picture.unreadable', { reason: probe.reason }),
      staffText(probe.actualKind === undefined ? 'picture.unreadable.fix' : 'picture.disguised.fix'));
    return false;
  }
  if (!probe?.ok) return true;
  const { width, height } = probe;
  if (width * height > MAX_IMAGE_PIXELS) {
    const megapixels = ((width * height) / 1_000_000).toFixed(0);
    report.error(imagePath, 0, staffText('picture.tooManyPixels', { width, height, megapixels }), staffText('picture.tooManyPixels.fix'));
    return false;
  }
  const extension = extensionOf(image.file);
  if (!(FORMATS_BY_EXTENSION[extension] ?? []).includes(probe.format)) {
    const actual = probe.format === 'other'
      ? staffText('picture.misnamed.otherFormat')
      : staffText('picture.misnamed.knownFormat', { format: probe.format.toUpperCase() });
    report.warning(imagePath, 0, staffText('picture.misnamed', { extension, actual }), staffText('picture.misnamed.fix'));
  }
  if (Math.min(width, height) < MIN_IMAGE_SHORT_SIDE) {
    report.warning(imagePath, 0, staffText('picture.small', { width, height }), staffText('picture.small.fix', { minimum: MIN_IMAGE_SHORT_SIDE }));
  }
  return true;
}

/** The picture as the kiosk shows it (the build's copy when it made one), or null after saying why not. */
export function checkPicture(entry: PictureEntry, context: CheckContext, report: CheckReport): CheckResult<MediaImage | null> {
  if (!isPresent(entry, context, report)) return report.result(null);
  const { image } = entry;
  const imagePath = `${entry.folder}/${image.file}`;
  // Named by its yaml, so never also reported as unused, whatever else is wrong with it.
  report.claim(imagePath);
  const probe = context.options.imageProbes?.get(imagePath);
  if (!isUsable(imagePath, image, probe, context, report)) return report.result(null);
  report.reference(imagePath);
  const credit = image.credit ?? null;
  const copy = context.options.processed?.get(imagePath);
  if (copy?.kind === 'image') {
    const { url, sources, thumbnailUrl, width, height } = copy;
    return report.result({ url, sources, thumbnailUrl, width, height, alt: image.alt, credit });
  }
  const url = context.options.mediaUrl(imagePath);
  const width = probe?.ok ? probe.width : 0;
  const height = probe?.ok ? probe.height : 0;
  return report.result({ url, sources: [], thumbnailUrl: url, width, height, alt: image.alt, credit });
}
