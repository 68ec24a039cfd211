/**
 * Content text files (YAML, WebVTT) are UTF-8. An editor on a Chinese Windows often saves as
 * GBK ("ANSI") or UTF-16 ("Unicode"); read as UTF-8, such a file turns into replacement
 * characters, and the parser then blames some later line in words that explain nothing. So
 * the bytes are decoded strictly first, and a file that is not UTF-8 is named as such.
 */

/** How a content text file's bytes read. */
export type DecodedText =
  | { readonly ok: true; readonly text: string }
  | {
      readonly ok: false;
      /** `utf-16`: the file starts with a UTF-16 byte order mark; `not-utf-8`: some bytes are not UTF-8 (GBK/ANSI, most often). */
      readonly encoding: 'utf-16' | 'not-utf-8';
      /** 1-based line of the first byte that cannot be read (1 for UTF-16). */
      readonly line: number;
    };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The length of the valid UTF-8 sequence starting at `index`, or 0 when the bytes there are not UTF-8. */
function sequenceLength(bytes: Uint8Array, index: number): number {
  const first = bytes[index] ?? 0;
  if (first < 0x80) return 1;
  const length = first >= 0xc2 && first <= 0xdf ? 2 : first >= 0xe0 && first <= 0xef ? 3 : first >= 0xf0 && first <= 0xf4 ? 4 : 0;
  if (length === 0 || index + length > bytes.length) return 0;
  for (let offset = 1; offset < length; offset += 1) {
    if (((bytes[index + offset] ?? 0) & 0xc0) !== 0x80) return 0;
  }
  try {
    strictUtf8.decode(bytes.subarray(index, index + length));
  } catch {
    // Overlong forms and surrogates pass the byte pattern above but are not UTF-8.
    return 0;
  }
  return length;
}

/** The 1-based line holding the first byte that is not UTF-8. */
function firstUndecodableLine(bytes: Uint8Array): number {
  let line = 1;
  let index = 0;
  while (index < bytes.length) {
    const length = sequenceLength(bytes, index);
    if (length === 0) return line;
    if (bytes[index] === 0x0a) line += 1;
    index += length;
  }
  return line;
}

/** The text of a content file, without a UTF-8 byte order mark; or why it is not UTF-8. */
export function decodeContentText(bytes: Uint8Array): DecodedText {
  const [first, second] = bytes;
  if ((first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff)) return { ok: false, encoding: 'utf-16', line: 1 };
  try {
    return { ok: true, text: strictUtf8.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { ok: false, encoding: 'not-utf-8', line: firstUndecodableLine(bytes) };
  }
}
