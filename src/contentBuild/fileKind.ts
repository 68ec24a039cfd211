/**
 * What a file really is, from its first bytes ("magic numbers"), whatever its name says: a PDF or
 * a Word document renamed .jpg, a PNG renamed .mp3. Pictures and recordings are named for what
 * they are instead of getting a decoding library's English error.
 */
import { closeSync, openSync, readSync } from 'node:fs';

export type FileKind =
  | 'jpeg' | 'png' | 'webp' | 'gif' | 'bmp' | 'tiff' | 'heif' | 'avif'
  | 'wav' | 'mp3' | 'ogg' | 'flac' | 'mp4' | 'webm'
  | 'pdf' | 'docx' | 'xlsx' | 'pptx' | 'doc' | 'xls' | 'ppt' | 'office' | 'zip' | 'rar' | '7z' | 'html' | 'exe' | 'text';

export const PICTURE_KINDS: ReadonlySet<FileKind> = new Set(['jpeg', 'png', 'webp', 'gif', 'bmp', 'tiff', 'heif', 'avif']);
export const RECORDING_KINDS: ReadonlySet<FileKind> = new Set(['wav', 'mp3', 'ogg', 'flac', 'mp4', 'webm']);

/** Enough of the start of a file to see inside an Office document's first entries. */
export const SNIFF_BYTES = 64 * 1024;

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

function startsWith(head: Uint8Array, bytes: readonly number[], at = 0): boolean {
  return bytes.every((byte, index) => head[at + index] === byte);
}

const latin1 = (head: Uint8Array, start: number, end: number): string => String.fromCharCode(...head.subarray(start, end));

/** Whether a byte string (ASCII, or UTF-16LE as Office's directory writes names) occurs in the head. */
function contains(head: Uint8Array, text: string, utf16 = false): boolean {
  const needle = utf16 ? [...text].flatMap((character) => [character.charCodeAt(0), 0]) : [...text].map((character) => character.charCodeAt(0));
  for (let index = 0; index + needle.length <= head.length; index += 1) if (startsWith(head, needle, index)) return true;
  return false;
}

/** A ZIP holds an Office Open XML document when its entries live in that program's folder. */
function zipKind(head: Uint8Array): FileKind {
  if (contains(head, 'word/')) return 'docx';
  if (contains(head, 'xl/')) return 'xlsx';
  if (contains(head, 'ppt/')) return 'pptx';
  return 'zip';
}

/** An old Office file (OLE compound document) names its main stream in its directory. */
function oleKind(head: Uint8Array): FileKind {
  if (contains(head, 'WordDocument', true)) return 'doc';
  if (contains(head, 'Workbook', true) || contains(head, 'Book', true)) return 'xls';
  if (contains(head, 'PowerPoint Document', true)) return 'ppt';
  return 'office';
}

/** Text with no control characters but line breaks and tabs: a note or a web page saved under a media name. */
function textKind(head: Uint8Array): FileKind | null {
  if (head.length === 0) return null;
  let text: string;
  try {
    // The head may end inside a character: drop up to three trailing bytes before judging.
    text = new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, Math.max(1, head.length - (head.length === SNIFF_BYTES ? 3 : 0))));
  } catch {
    return null;
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text)) return null;
  return /^\s*<(!doctype html|html|head|body)\b/i.test(text) ? 'html' : 'text';
}

/** What the first bytes say the file is, or null when they match nothing known. */
export function sniffFileKind(head: Uint8Array): FileKind | null {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47])) return 'png';
  if (latin1(head, 0, 4) === 'RIFF' && latin1(head, 8, 12) === 'WEBP') return 'webp';
  if (latin1(head, 0, 4) === 'RIFF' && latin1(head, 8, 12) === 'WAVE') return 'wav';
  if (latin1(head, 0, 4) === 'GIF8') return 'gif';
  if (latin1(head, 0, 2) === 'BM' && head.length >= 26) return 'bmp';
  if (latin1(head, 0, 4) === 'II*\0' || latin1(head, 0, 4) === 'MM\0*') return 'tiff';
  if (latin1(head, 4, 8) === 'ftyp') {
    const brand = latin1(head, 8, 12);
    if (HEIF_BRANDS.has(brand)) return 'heif';
    if (AVIF_BRANDS.has(brand)) return 'avif';
    return 'mp4';
  }
  if (latin1(head, 0, 5) === '%PDF-') return 'pdf';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return zipKind(head);
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return oleKind(head);
  if (latin1(head, 0, 4) === 'Rar!') return 'rar';
  if (startsWith(head, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return '7z';
  if (latin1(head, 0, 4) === 'OggS') return 'ogg';
  if (latin1(head, 0, 4) === 'fLaC') return 'flac';
  if (startsWith(head, [0x1a, 0x45, 0xdf, 0xa3])) return 'webm';
  if (latin1(head, 0, 3) === 'ID3' || (head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0)) return 'mp3';
  if (latin1(head, 0, 2) === 'MZ') return 'exe';
  return textKind(head);
}

/** The first SNIFF_BYTES of a file on disk. */
export function fileHead(path: string): Uint8Array {
  const descriptor = openSync(path, 'r');
  try {
    const head = Buffer.alloc(SNIFF_BYTES);
    const read = readSync(descriptor, head, 0, SNIFF_BYTES, 0);
    return head.subarray(0, read);
  } finally {
    closeSync(descriptor);
  }
}
