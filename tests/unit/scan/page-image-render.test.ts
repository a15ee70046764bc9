import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { renderScanPage } from '../../../electron/core/scan/render-page';

const SCANS = path.resolve(__dirname, '../../fixtures/scans');

/** The share of dark pixels in a PNG: a drawn page of text has some, a blank one none. */
async function inkOf(png: Uint8Array): Promise<number> {
  const image = await loadImage(Buffer.from(png));
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const data = context.getImageData(0, 0, image.width, image.height).data;
  let dark = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i]! < 110) dark++;
  return dark / (image.width * image.height);
}

describe('a scanned page drawn again from its original (scan.pageImage)', () => {
  it.each([
    ['gzjb-150dpi.pdf', 1],
    ['kjqbck-300dpi.tif', 2],
    ['kjqbck-p1-150dpi.jpg', 1],
  ])('draws page %s/%i at the asked width, in the proportions OCR read it, with its text on it', async (name, page) => {
    const bytes = new Uint8Array(readFileSync(path.join(SCANS, name)));
    const drawn = await renderScanPage(bytes, { page, readWidth: 2480, readHeight: 3508, maxWidth: 600 });
    expect(drawn.width).toBe(600);
    expect(drawn.height).toBe(849);
    const ink = await inkOf(drawn.png);
    expect(ink).toBeGreaterThan(0.003);
    expect(ink).toBeLessThan(0.5);
  });

  it('says which pages there are when asked for one the file does not have', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(SCANS, 'kjqbck-300dpi.tif')));
    await expect(renderScanPage(bytes, { page: 40, readWidth: 2480, readHeight: 3508, maxWidth: 600 })).rejects.toThrow(/no page 40/);
  });
});
