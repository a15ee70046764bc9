import { otsuThreshold } from './clean-up';
import type { GreyImage } from './grey-image';

/** Column profiles this much sharper than row profiles mean text set in columns, top to bottom. */
const VERTICAL_RATIO = 1.5;

/**
 * Whether the page looks set vertically (竖排): ink projected on rows shows the gaps between
 * horizontal lines; projected on columns, the gaps between vertical ones. OCR here reads only
 * horizontal text, so a vertical page is said, not silently read as nonsense.
 */
export function looksVertical(image: GreyImage): boolean {
  const threshold = otsuThreshold(image);
  const step = Math.max(1, Math.round(image.width / 800));
  const rows = new Float64Array(Math.ceil(image.height / step));
  const columns = new Float64Array(Math.ceil(image.width / step));
  for (let y = 0; y < image.height; y += step) {
    for (let x = 0; x < image.width; x += step) {
      if (image.data[y * image.width + x]! <= threshold) {
        rows[y / step]! += 1;
        columns[x / step]! += 1;
      }
    }
  }
  return sharpness(columns) > VERTICAL_RATIO * sharpness(rows);
}

/** Mean of squares over square of mean, over the span that has ink: 1 when flat, more when peaked. */
function sharpness(profile: Float64Array): number {
  let first = profile.findIndex((value) => value > 0);
  let last = profile.length - 1;
  while (last > first && profile[last] === 0) last -= 1;
  if (first < 0) return 1;
  let sum = 0;
  let squares = 0;
  const count = last - first + 1;
  for (; first <= last; first += 1) {
    sum += profile[first]!;
    squares += profile[first]! ** 2;
  }
  const mean = sum / count;
  return mean === 0 ? 1 : squares / count / (mean * mean);
}
