import type { Image } from '@napi-rs/canvas';
import * as UtifModule from 'utif2';
import { greyFromRgba } from './grey-image';
import type { GreyImage } from './grey-image';
import type { ImageKind } from './image-kind';
import { nativeCanvas } from './native-canvas';

// utif2 is CommonJS that assigns its functions to one object: imported from ESM, they sit on
// `default` (Node finds no named exports in it); a bundler may hand them over directly.
const UTIF: typeof UtifModule = (UtifModule as { default?: typeof UtifModule }).default ?? UtifModule;

/** A page image and the resolution it was scanned at. */
export interface ScannedImage {
  image: GreyImage;
  dpi: number;
}

/** Said when the file does not say its resolution: what copiers and scanners mostly use. */
export const ASSUMED_DPI = 300;
/** A page larger than this (A3 at 600 dpi is 70 megapixels) is refused before it is decoded. */
export const MAX_PAGE_PIXELS = 80_000_000;

/** An image that cannot be decoded: said to the person as a damaged image. */
export class DamagedImage extends Error {}

/** The pages of an image file: one for PNG and JPEG, one per frame for a TIFF. */
export interface ImagePages {
  count: number;
  page(index: number): Promise<ScannedImage>;
}

export function imagePages(kind: ImageKind, bytes: Uint8Array): ImagePages {
  if (kind === 'tiff') return tiffPages(bytes);
  return { count: 1, page: async () => ({ image: await decodeWithCanvas(bytes), dpi: (kind === 'png' ? pngDpi(bytes) : jpegDpi(bytes)) ?? ASSUMED_DPI }) };
}

async function decodeWithCanvas(bytes: Uint8Array): Promise<GreyImage> {
  const { createCanvas, loadImage } = await nativeCanvas();
  let image: Image;
  try {
    image = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    throw new DamagedImage(error instanceof Error ? error.message : String(error));
  }
  const { width, height } = image;
  checkSize(width, height);
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  return greyFromRgba(width, height, context.getImageData(0, 0, width, height).data);
}

function tiffPages(bytes: Uint8Array): ImagePages {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let frames: UtifModule.IFD[];
  try {
    frames = UTIF.decode(buffer).filter((frame) => numberTag(frame, 't256') !== null);
  } catch (error) {
    throw new DamagedImage(error instanceof Error ? error.message : String(error));
  }
  if (frames.length === 0) throw new DamagedImage('it has no image in it');
  return {
    count: frames.length,
    async page(index) {
      const frame = frames[index];
      if (!frame) throw new DamagedImage(`it has no page ${index + 1}`);
      checkSize(numberTag(frame, 't256') ?? 0, numberTag(frame, 't257') ?? 0);
      let rgba: Uint8Array;
      try {
        UTIF.decodeImage(buffer, frame);
        rgba = UTIF.toRGBA8(frame);
      } catch (error) {
        throw new DamagedImage(`page ${index + 1}: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (rgba.length < frame.width * frame.height * 4) throw new DamagedImage(`page ${index + 1} is cut short`);
      const image = greyFromRgba(frame.width, frame.height, rgba);
      // Let go of the frame's decoded pixels: only the grey copy is read.
      frame.data = new Uint8Array(0);
      return { image, dpi: tiffDpi(frame) ?? ASSUMED_DPI };
    },
  };
}

function checkSize(width: number, height: number): void {
  if (width <= 0 || height <= 0) throw new DamagedImage('it has no pixels');
  if (width * height > MAX_PAGE_PIXELS) throw new DamagedImage(`it is ${width} × ${height} pixels, more than a scanned page can be`);
}

function numberTag(frame: UtifModule.IFD, tag: string): number | null {
  const value = frame[tag];
  if (Array.isArray(value) && typeof value[0] === 'number') return value[0];
  return null;
}

/** TIFF XResolution (tag 282) in ResolutionUnit (296: 2 inch, 3 centimetre). */
function tiffDpi(frame: UtifModule.IFD): number | null {
  const resolution = numberTag(frame, 't282');
  if (resolution === null || !(resolution > 0)) return null;
  return Math.round(numberTag(frame, 't296') === 3 ? resolution * 2.54 : resolution);
}

/** PNG pHYs: pixels per metre, when the unit is the metre. */
function pngDpi(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 8; at + 12 <= bytes.byteLength; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (type === 'pHYs' && length >= 9 && at + 17 <= bytes.byteLength) {
      return bytes[at + 16] === 1 ? Math.round(view.getUint32(at + 8) * 0.0254) || null : null;
    }
    if (type === 'IDAT' || type === 'IEND') return null;
    at += 12 + length;
  }
  return null;
}

/** JPEG JFIF APP0 density, in dots per inch (unit 1) or per centimetre (unit 2). */
function jpegDpi(bytes: Uint8Array): number | null {
  if (bytes.byteLength < 18 || bytes[2] !== 0xff || bytes[3] !== 0xe0) return null;
  if (String.fromCharCode(...bytes.subarray(6, 10)) !== 'JFIF') return null;
  const unit = bytes[13];
  const density = ((bytes[14] ?? 0) << 8) | (bytes[15] ?? 0);
  if (density <= 1) return null;
  return unit === 1 ? density : unit === 2 ? Math.round(density * 2.54) : null;
}
