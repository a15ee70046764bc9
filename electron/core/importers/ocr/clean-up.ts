import type { GreyImage } from './grey-image';

/**
 * Straightening and binarising a page before OCR. Whether each helps was measured on the
 * fixtures (tests/unit/ocr/cer.test.ts prints the figures; see the README there).
 */

/** The skew searched for, in degrees either way: a page fed crooked into a copier. */
const MAX_SKEW_DEGREES = 5;
/** The estimate works on a copy about this wide: enough for the angle, a tenth of the work. */
const ESTIMATE_WIDTH = 1000;
/** Below this the page is left as it is: turning it would only blur it. */
const MIN_TURN_DEGREES = 0.2;

/** Otsu's threshold: the grey level that best separates ink from paper on this page. */
export function otsuThreshold(image: GreyImage): number {
  const histogram = new Array<number>(256).fill(0);
  for (const value of image.data) histogram[value]! += 1;
  const total = image.data.length;
  let sumAll = 0;
  for (let level = 0; level < 256; level += 1) sumAll += level * histogram[level]!;
  let sumBack = 0;
  let weightBack = 0;
  let best = 127;
  let bestBetween = -1;
  for (let level = 0; level < 256; level += 1) {
    weightBack += histogram[level]!;
    if (weightBack === 0) continue;
    const weightFore = total - weightBack;
    if (weightFore === 0) break;
    sumBack += level * histogram[level]!;
    const meanBack = sumBack / weightBack;
    const meanFore = (sumAll - sumBack) / weightFore;
    const between = weightBack * weightFore * (meanBack - meanFore) ** 2;
    if (between > bestBetween) {
      bestBetween = between;
      best = level;
    }
  }
  return best;
}

/** Ink black, paper white, at Otsu's threshold: a copier's grey background goes. */
export function binarise(image: GreyImage): GreyImage {
  const threshold = otsuThreshold(image);
  const data = new Uint8Array(image.data.length);
  for (let i = 0; i < data.length; i += 1) data[i] = image.data[i]! <= threshold ? 0 : 255;
  return { width: image.width, height: image.height, data };
}

/**
 * The page's skew in degrees (positive: text lines run downhill to the right), by projection
 * profiles: the ink is projected on rows for each candidate angle, and the angle whose rows are
 * sharpest (ink in few rows, as straight text lines make) wins. Coarse steps, then fine ones.
 */
export function estimateSkew(image: GreyImage): number {
  const threshold = otsuThreshold(image);
  const step = Math.max(1, Math.round(image.width / ESTIMATE_WIDTH));
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < image.height; y += step) {
    for (let x = 0; x < image.width; x += step) {
      if (image.data[y * image.width + x]! <= threshold) {
        xs.push(x / step);
        ys.push(y / step);
      }
    }
  }
  if (xs.length < 100) return 0;
  const rows = Math.ceil(image.height / step) + Math.ceil(image.width / step) + 2;
  const counts = new Float64Array(rows * 2);
  const score = (degrees: number): number => {
    const tan = Math.tan((degrees * Math.PI) / 180);
    counts.fill(0);
    const offset = rows;
    for (let i = 0; i < xs.length; i += 1) counts[Math.round(ys[i]! - xs[i]! * tan) + offset]! += 1;
    let sum = 0;
    for (const count of counts) sum += count * count;
    return sum;
  };
  const best = (from: number, to: number, by: number): number => {
    let angle = 0;
    let top = -1;
    for (let degrees = from; degrees <= to + 1e-9; degrees += by) {
      const value = score(degrees);
      if (value > top) {
        top = value;
        angle = degrees;
      }
    }
    return angle;
  };
  const coarse = best(-MAX_SKEW_DEGREES, MAX_SKEW_DEGREES, 0.5);
  return Math.round(best(coarse - 0.5, coarse + 0.5, 0.05) * 100) / 100;
}

/**
 * The page turned by `degrees` about its centre (bilinear), the corners that come in filled
 * with the paper's grey, so no black wedge is read as ink.
 */
export function rotate(image: GreyImage, degrees: number): GreyImage {
  const { width, height, data } = image;
  const radians = (degrees * Math.PI) / 180;
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  const cx = width / 2;
  const cy = height / 2;
  const paper = paperGrey(image);
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    const dy = y - cy;
    for (let x = 0; x < width; x += 1) {
      const dx = x - cx;
      // Where this output pixel comes from in the input.
      const sx = cos * dx - sin * dy + cx;
      const sy = sin * dx + cos * dy + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) {
        out[y * width + x] = paper;
        continue;
      }
      const fx = sx - x0;
      const fy = sy - y0;
      const at = y0 * width + x0;
      const top = data[at]! * (1 - fx) + data[at + 1]! * fx;
      const bottom = data[at + width]! * (1 - fx) + data[at + width + 1]! * fx;
      out[y * width + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { width, height, data: out };
}

/** The commonest grey: the paper. */
function paperGrey(image: GreyImage): number {
  const histogram = new Array<number>(256).fill(0);
  for (let i = 0; i < image.data.length; i += 7) histogram[image.data[i]!]! += 1;
  return histogram.indexOf(Math.max(...histogram));
}

export interface CleanUp {
  deskew: boolean;
  binarise: boolean;
}

/** The page as OCR should see it, and how far it was turned. */
export function cleanUpPage(image: GreyImage, options: CleanUp): { image: GreyImage; deskewDegrees: number } {
  let page = image;
  let deskewDegrees = 0;
  if (options.deskew) {
    const skew = estimateSkew(page);
    if (Math.abs(skew) >= MIN_TURN_DEGREES) {
      page = rotate(page, skew);
      deskewDegrees = skew;
    }
  }
  if (options.binarise) page = binarise(page);
  return { image: page, deskewDegrees };
}
