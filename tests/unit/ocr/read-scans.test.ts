import dns from 'node:dns';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ScanReadingSchema } from '../../../shared/scan';
import { openLibrary } from '../../../electron/core/library';
import { ocrWorkersStarted, stopOcrWorker } from '../../../electron/core/importers/ocr';
import { readBulletin } from '../../../electron/core/importers/read-bulletin';
import type { ReadBulletin } from '../../../electron/core/importers/read-bulletin';
import { snapshot, tempDir } from '../../helpers/temp-library';
import { characterErrorRate } from './cer';

// OCR is slow (seconds a page, more on a loaded machine): each fixture is read once, by one warm
// worker, and the tests look at that one reading. No timing is asserted; timeouts are generous.
const SCANS = path.resolve(__dirname, '../../fixtures/scans');
const fixture = (name: string): Buffer => readFileSync(path.join(SCANS, name));
const known = (name: string): string => readFileSync(path.join(SCANS, name.replace(/\.\w+$/, '.expected.txt')), 'utf8');
const OCR_TIMEOUT = 600_000;

const readings = new Map<string, Promise<ReadBulletin>>();
function read(name: string): Promise<ReadBulletin> {
  let reading = readings.get(name);
  if (!reading) {
    reading = readBulletin(name, fixture(name));
    readings.set(name, reading);
  }
  return reading;
}

afterAll(async () => {
  await stopOcrWorker();
});

/**
 * The ceilings are the character error rates measured here (printed by each test) with a margin:
 * kjqbck JPEG 0.91 %, kjqbck TIFF 0.72 %, mixed PDF 0.18 %, gzjb PDF 0.80 %. A change that reads
 * worse than the ceiling fails.
 */
const CER_CEILING: Record<string, number> = {
  'kjqbck-p1-150dpi.jpg': 0.03,
  'kjqbck-300dpi.tif': 0.04,
  'mixed-layers.pdf': 0.04,
  'gzjb-150dpi.pdf': 0.04,
};

describe('scanned bulletins read offline by OCR', () => {
  it.each(Object.entries(CER_CEILING))(
    '%s: characters read within the measured error rate',
    async (name, ceiling) => {
      const reading = await read(name);
      const cer = characterErrorRate(reading.text, known(name));
      console.log(`CER ${name}: ${(cer * 100).toFixed(2)} % (ceiling ${(ceiling * 100).toFixed(0)} %), confidence ${reading.scan?.confidence}`);
      expect(cer).toBeLessThanOrEqual(ceiling);
    },
    OCR_TIMEOUT,
  );

  it(
    'a copier JPEG of the first page (150 dpi, turned 1.5°): masthead and first title, straightened',
    async () => {
      const reading = await read('kjqbck-p1-150dpi.jpg');
      expect(reading.parsed).toMatchObject({ series: '科技情报参考', year: 2024, number: 3 });
      // Titles come from the contents, whose ★ is read as a character (友, 女) before each; the
      // heading in the body is read whole.
      expect(reading.parsed.articles[0]?.title).toContain('高能级创新平台助力科技“突围”');
      expect(reading.text).toContain('\n\n内蒙古：高能级创新平台助力科技“突围”\n\n');
      expect(reading.fileKind).toBe('image');
      expect(reading.defaultExt).toBe('jpg');
      const [page] = reading.scan?.pages ?? [];
      expect(page).toMatchObject({ page: 1, dpi: 150, source: 'ocr', vertical: false });
      expect(page?.deskewDegrees).toBeGreaterThan(1);
      expect(page?.deskewDegrees).toBeLessThan(2);
      // Page furniture (`— 1 —`) is not in the text.
      expect(reading.text).not.toMatch(/—\s*1\s*—/);
    },
    OCR_TIMEOUT,
  );

  it(
    'a multi-page TIFF gives one page a frame, both articles, and the second on page 2',
    async () => {
      const reading = await read('kjqbck-300dpi.tif');
      expect(reading.scan?.pages.map((page) => [page.page, page.dpi, page.source])).toEqual([
        [1, 300, 'ocr'],
        [2, 300, 'ocr'],
      ]);
      expect(reading.parsed).toMatchObject({ series: '科技情报参考', year: 2024, number: 3 });
      const titles = reading.parsed.articles.map((article) => article.title);
      expect(titles).toEqual([expect.stringContaining('高能级创新平台助力科技“突围”'), expect.stringContaining('安徽省六安市综合施策推动科技特派员创新创业')]);
      expect(reading.parsed.articles[1]?.page).toBe(2);
      // The running header of page 2 repeats the masthead and is dropped as furniture.
      expect(reading.text.match(/科技情报参考/g)).toHaveLength(1);
    },
    OCR_TIMEOUT,
  );

  it(
    'an image-only PDF in another layout (工作简报, date on the publisher line)',
    async () => {
      const reading = await read('gzjb-150dpi.pdf');
      expect(reading.parsed).toMatchObject({ series: '工作简报', number: 7, year: 2024, date: '2024-06-12' });
      expect(reading.parsed.articles.map((article) => article.title)).toContain('我市召开科技成果转化工作推进会');
      // Rendered at the scan's own resolution (scan-dpi.ts), not blown up to 300 dpi.
      expect(reading.scan?.pages[0]).toMatchObject({ source: 'ocr', dpi: 150 });
    },
    OCR_TIMEOUT,
  );

  it(
    'a PDF mixing a good text layer and a scan under a garbage layer: the first kept, the second read',
    async () => {
      const reading = await read('mixed-layers.pdf');
      const [first, second] = reading.scan?.pages ?? [];
      expect(first).toMatchObject({ source: 'text-layer', deskewDegrees: 0 });
      expect(first?.lines.every((line) => line.confidence === 100 && line.doubtful.length === 0)).toBe(true);
      expect(second).toMatchObject({ source: 'ocr' });
      expect(reading.text).not.toContain('Ã');
      expect(reading.text).toContain('坚持个人与团体服务相结合');
      expect(reading.parsed.articles.map((article) => article.title)).toEqual(['内蒙古：高能级创新平台助力科技“突围”', '安徽省六安市综合施策推动科技特派员创新创业']);
    },
    OCR_TIMEOUT,
  );

  it(
    'the ScanReading is valid, names its file and engine, and every line points at itself in the text',
    async () => {
      for (const name of Object.keys(CER_CEILING)) {
        const reading = await read(name);
        const scan = ScanReadingSchema.parse(reading.scan);
        expect(scan.engine).toMatch(/^tesseract\.js \d+\.\d+\.\d+ chi_sim$/);
        expect(scan.sha256).toMatch(/^[0-9a-f]{64}$/);
        for (const page of scan.pages) {
          expect(page.lines.length).toBeGreaterThan(0);
          for (const line of page.lines) {
            expect(reading.text.slice(line.textAt, line.textAt + line.text.length)).toBe(line.text);
            for (const doubt of line.doubtful) expect(doubt.at).toBeLessThan(line.text.length);
            const [left, top, right, bottom] = line.box;
            expect(0 <= left && left < right && right <= page.width && 0 <= top && top < bottom && bottom <= page.height).toBe(true);
          }
        }
      }
      // One warm worker read every fixture.
      expect(ocrWorkersStarted()).toBe(1);
    },
    OCR_TIMEOUT,
  );
});

describe('OCR makes no network request', () => {
  it(
    'reads a scan to the end with fetch, HTTP(S), sockets and DNS trapped in this thread (the worker traps its own)',
    async () => {
      const attempts: string[] = [];
      const refuse = (what: string) => (): never => {
        attempts.push(what);
        throw new Error(`network refused in the test: ${what}`);
      };
      const spies = [
        vi.spyOn(globalThis, 'fetch').mockImplementation(refuse('fetch')),
        vi.spyOn(http, 'request').mockImplementation(refuse('http.request')),
        vi.spyOn(https, 'request').mockImplementation(refuse('https.request')),
        vi.spyOn(net, 'connect').mockImplementation(refuse('net.connect')),
        vi.spyOn(net.Socket.prototype, 'connect').mockImplementation(refuse('net.Socket.connect')),
        vi.spyOn(dns, 'lookup').mockImplementation(refuse('dns.lookup')),
      ];
      try {
        // A fresh worker, so the engine and its models are loaded with the traps in place.
        await stopOcrWorker();
        const reading = await readBulletin('scan.jpg', fixture('kjqbck-p1-150dpi.jpg'));
        expect(reading.parsed.series).toBe('科技情报参考');
      } finally {
        for (const spy of spies) spy.mockRestore();
      }
      // The worker answers only once its own traps are set, and fails the scan on any attempt
      // (run-ocr.ts); here, nothing was tried in this thread either.
      expect(attempts).toEqual([]);
    },
    OCR_TIMEOUT,
  );
});

describe('a broken image', () => {
  it('is refused with a clear message and leaves the library as it was', async () => {
    const broken = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    await expect(readBulletin('broken.jpg', broken)).rejects.toMatchObject({ code: 'unreadable-file', said: { code: 'damaged-image', file: 'broken.jpg' } });
    const dir = tempDir();
    const library = await openLibrary(dir, { create: true });
    const before = await snapshot(dir);
    const outcome = await library.importBulletin({ name: 'broken.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]) });
    expect(outcome).toMatchObject({ status: 'failed', code: 'unreadable-file' });
    expect(await snapshot(dir)).toEqual(before);
  }, OCR_TIMEOUT);
});
