/** The image files a copier or scanner writes, told by their bytes (never by their name). */
export type ImageKind = 'png' | 'jpeg' | 'tiff';

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_MAGIC = [0xff, 0xd8, 0xff];
// TIFF: "II*\0" (little-endian) or "MM\0*" (big-endian).
const TIFF_LE = [0x49, 0x49, 0x2a, 0x00];
const TIFF_BE = [0x4d, 0x4d, 0x00, 0x2a];

export function detectImageKind(bytes: Uint8Array): ImageKind | null {
  if (startsWith(bytes, PNG_MAGIC)) return 'png';
  if (startsWith(bytes, JPEG_MAGIC)) return 'jpeg';
  if (startsWith(bytes, TIFF_LE) || startsWith(bytes, TIFF_BE)) return 'tiff';
  return null;
}

/** The file extension an image of this kind is kept under in the library. */
export const IMAGE_EXTENSION: Readonly<Record<ImageKind, string>> = { png: 'png', jpeg: 'jpg', tiff: 'tif' };

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.byteLength >= magic.length && magic.every((byte, at) => bytes[at] === byte);
}
