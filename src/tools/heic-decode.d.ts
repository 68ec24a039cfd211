// heic-decode ships no types; this is the part of its API the image probe and the build use.
declare module 'heic-decode' {
  interface DecodedHeic {
    readonly width: number;
    readonly height: number;
    /** RGBA, four bytes a pixel. */
    readonly data: Uint8ClampedArray;
  }
  export default function decodeHeic(input: { buffer: Uint8Array }): Promise<DecodedHeic>;
}
