/** A page image in 8-bit grey, one byte a pixel, row by row (0 black, 255 white). */
export interface GreyImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Grey from RGBA pixels (ITU-R BT.601 luma; transparent pixels count as white paper). */
export function greyFromRgba(width: number, height: number, rgba: Uint8Array | Uint8ClampedArray): GreyImage {
  const data = new Uint8Array(width * height);
  for (let i = 0, p = 0; i < data.length; i += 1, p += 4) {
    const alpha = rgba[p + 3]! / 255;
    const luma = 0.299 * rgba[p]! + 0.587 * rgba[p + 1]! + 0.114 * rgba[p + 2]!;
    data[i] = Math.round(luma * alpha + 255 * (1 - alpha));
  }
  return { width, height, data };
}

/**
 * The image as a binary PGM file, the simplest format tesseract's Leptonica reads: no encoder
 * to run, and the bytes are the pixels.
 */
export function toPgm(image: GreyImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const file = new Uint8Array(header.byteLength + image.data.byteLength);
  file.set(header, 0);
  file.set(image.data, header.byteLength);
  return file;
}
