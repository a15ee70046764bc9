import { readFileSync } from 'node:fs';
import path from 'node:path';
import { imagePages } from '../../electron/core/importers/ocr/decode-image';
import type { GreyImage } from '../../electron/core/importers/ocr/grey-image';
import { readScan, stopOcrWorker } from '../../electron/core/importers/ocr';
import { imagePdf, jpeg } from '../fixtures/scans/scan-files';
import { characterErrorRate } from '../unit/ocr/cer';

/** One resolution's figures for a 10-page scanned issue. */
export interface OcrBenchRow {
  dpi: number;
  pages: number;
  secondsPerPage: number;
  /** The first page includes starting the worker and loading the models. */
  firstPageSeconds: number;
  /** Peak resident memory of the process while reading (the OCR worker is a thread in it). */
  peakRssMb: number;
  /** Its growth over the resident size before the scan started. */
  peakRssGrowthMb: number;
  cer: number;
  confidence: number;
}

export interface OcrBenchResult {
  issue: string;
  rows: OcrBenchRow[];
}

const SCANS = path.resolve(import.meta.dirname, '../fixtures/scans');
const PAGES = 10;

/**
 * `npm run bench` (unless --no-ocr): a 10-page scanned issue (the two pages of
 * kjqbck-300dpi.tif, copied five times) as an image PDF at 300 dpi and at 150 dpi (the same
 * pages halved), read from a cold worker. Seconds per page from the per-page progress, peak RSS
 * sampled every 50 ms, CER against the known text.
 */
export async function measureOcr(log: (line: string) => void): Promise<OcrBenchResult> {
  const source = imagePages('tiff', new Uint8Array(readFileSync(path.join(SCANS, 'kjqbck-300dpi.tif'))));
  const frames: GreyImage[] = [];
  for (let index = 0; index < source.count; index += 1) frames.push((await source.page(index)).image);
  const known = readFileSync(path.join(SCANS, 'kjqbck-300dpi.expected.txt'), 'utf8').trim();
  const rows: OcrBenchRow[] = [];
  for (const dpi of [150, 300]) {
    const pages = Array.from({ length: PAGES }, (_, index) => {
      const frame = frames[index % frames.length]!;
      const image = dpi === 300 ? frame : halve(frame);
      return { jpeg: jpeg(image, 60, dpi), width: image.width, height: image.height, dpi };
    });
    const bytes = imagePdf(pages);
    await stopOcrWorker();
    const before = process.memoryUsage.rss();
    let peak = before;
    const watch = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage.rss());
    }, 50);
    const started = performance.now();
    const done: number[] = [];
    const read = await readScan(`bench-${dpi}dpi.pdf`, bytes, { onProgress: () => done.push(performance.now()) });
    clearInterval(watch);
    peak = Math.max(peak, process.memoryUsage.rss());
    const total = (performance.now() - started) / 1000;
    const firstPageSeconds = ((done[0] ?? performance.now()) - started) / 1000;
    const cer = characterErrorRate(read.text, Array.from({ length: PAGES / frames.length }, () => known).join('\n'));
    const row: OcrBenchRow = {
      dpi,
      pages: PAGES,
      secondsPerPage: round(total / PAGES),
      firstPageSeconds: round(firstPageSeconds),
      peakRssMb: Math.round(peak / 1024 / 1024),
      peakRssGrowthMb: Math.round((peak - before) / 1024 / 1024),
      cer: round(cer, 4),
      confidence: read.scan.confidence,
    };
    log(
      `${dpi} dpi: ${row.secondsPerPage} s a page (first page ${row.firstPageSeconds} s, cold worker), peak RSS ${row.peakRssMb} MB (+${row.peakRssGrowthMb} MB), CER ${(cer * 100).toFixed(2)} %, confidence ${row.confidence}`,
    );
    rows.push(row);
  }
  await stopOcrWorker();
  return { issue: `${PAGES}-page scanned issue (image PDF, kjqbck pages)`, rows };
}

/** Half the resolution, each pixel the mean of four. */
function halve(image: GreyImage): GreyImage {
  const width = Math.floor(image.width / 2);
  const height = Math.floor(image.height / 2);
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const at = 2 * y * image.width + 2 * x;
      data[y * width + x] = (image.data[at]! + image.data[at + 1]! + image.data[at + image.width]! + image.data[at + image.width + 1]!) >> 2;
    }
  }
  return { width, height, data };
}

function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
