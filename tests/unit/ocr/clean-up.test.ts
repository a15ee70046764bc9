import { describe, expect, it } from 'vitest';
import { binarise, cleanUpPage, estimateSkew, otsuThreshold, rotate } from '../../../electron/core/importers/ocr/clean-up';
import type { GreyImage } from '../../../electron/core/importers/ocr/grey-image';
import { detectImageKind } from '../../../electron/core/importers/ocr/image-kind';
import { looksVertical } from '../../../electron/core/importers/ocr/vertical';

/** A grey page with dark bars where lines of text would be: rows (horizontal) or columns (vertical). */
function page(direction: 'rows' | 'columns', width = 600, height = 800): GreyImage {
  const data = new Uint8Array(width * height).fill(220);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const along = direction === 'rows' ? y : x;
      const across = direction === 'rows' ? x : y;
      // Bars 12 px thick every 30 px, broken into 12-px "characters" with 4-px gaps.
      const inLine = along > 60 && along < (direction === 'rows' ? height : width) - 60 && along % 30 < 12;
      const inChar = across > 60 && across < (direction === 'rows' ? width : height) - 60 && across % 16 < 12;
      if (inLine && inChar) data[y * width + x] = 40;
    }
  }
  return { width, height, data };
}

describe('page clean-up before OCR', () => {
  it.each([1.5, -2, 3])('finds a page turned by %s° and straightens it', (degrees) => {
    const turned = rotate(page('rows'), -degrees);
    const skew = estimateSkew(turned);
    expect(Math.abs(skew - degrees)).toBeLessThanOrEqual(0.15);
    const cleaned = cleanUpPage(turned, { deskew: true, binarise: false });
    expect(cleaned.deskewDegrees).toBe(skew);
    expect(Math.abs(estimateSkew(cleaned.image))).toBeLessThanOrEqual(0.15);
  });

  it('leaves a straight page as it is', () => {
    const straight = page('rows');
    expect(cleanUpPage(straight, { deskew: true, binarise: false })).toEqual({ image: straight, deskewDegrees: 0 });
  });

  it('binarises at the threshold between grey paper and grey ink', () => {
    const grey = page('rows');
    const threshold = otsuThreshold(grey);
    expect(threshold).toBeGreaterThanOrEqual(40);
    expect(threshold).toBeLessThan(220);
    expect(new Set(binarise(grey).data)).toEqual(new Set([0, 255]));
  });

  it('tells vertical text (columns) from horizontal text (rows)', () => {
    expect(looksVertical(page('columns'))).toBe(true);
    expect(looksVertical(page('rows'))).toBe(false);
  });
});

describe('image files told by their bytes', () => {
  it.each([
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0], 'png'],
    [[0xff, 0xd8, 0xff, 0xe0, 0], 'jpeg'],
    [[0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0], 'tiff'],
    [[0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8], 'tiff'],
    [[0x25, 0x50, 0x44, 0x46, 0x2d], null],
    [[0x89, 0x50], null],
  ])('%j is %s', (bytes, kind) => {
    expect(detectImageKind(new Uint8Array(bytes))).toBe(kind);
  });
});
