import { describe, expect, it } from 'vitest';
import type { ScanReading } from '../../../shared/scan';
import { articlePages } from '../../../renderer/src/scan/article-pages';

const page = (n: number, lines: string[]): ScanReading['pages'][number] => ({
  page: n,
  width: 100,
  height: 100,
  dpi: 150,
  source: 'ocr',
  deskewDegrees: 0,
  vertical: false,
  lines: lines.map((text) => ({ text, box: [0, 0, 10, 10], confidence: 90, doubtful: [], textAt: 0 })),
});
const reading: ScanReading = {
  version: 1,
  sha256: 'a'.repeat(64),
  engine: 'test',
  confidence: 90,
  pages: [
    page(1, ['科技情报参考', '★ 稀土新材料产业加快发展 2', '★ 科技特派员走进田间 3']),
    page(2, ['稀土新材料产业 加快发展', '正文……']),
    page(3, ['正文续……', '科技特派员走进田间', '正文……']),
    page(4, ['正文续……']),
  ],
};
const titles = ['稀土新材料产业加快发展', '科技特派员走进田间'];

describe('the page scan of an article', () => {
  it('is the pages from its title in the body (not the contents) to where the next article starts', () => {
    expect(articlePages(reading, titles, 0, 2)).toEqual([2, 3]);
  });

  it('runs to the last page for the last article', () => {
    expect(articlePages(reading, titles, 1, null)).toEqual([3, 4]);
  });

  it('falls back to the printed page, then the first, when the title is not on any page', () => {
    expect(articlePages(reading, ['不在扫描里的标题', '科技特派员走进田间'], 0, 2)).toEqual([2, 3]);
    expect(articlePages(reading, ['不在扫描里的标题'], 0, 9)).toEqual([1, 2, 3, 4]);
  });
});
