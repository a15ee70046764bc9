import { describe, expect, it } from 'vitest';
import type { OcrBlock, OcrBox, OcrLine } from '../../../electron/core/importers/ocr/engine';
import { readLines, unturn } from '../../../electron/core/importers/ocr/ocr-lines';
import { layOutScan } from '../../../electron/core/importers/ocr/scan-text';
import type { ReadScanPage } from '../../../electron/core/importers/ocr/scan-text';

/** A line as tesseract gives it: words of symbols, each symbol a 20-pixel box. */
function line(words: string[], y: number, options: { x?: number; size?: number; confidences?: number[] } = {}): OcrLine {
  const size = options.size ?? 20;
  let x = options.x ?? 100;
  let at = 0;
  const box = (x0: number): OcrBox => ({ x0, y0: y, x1: x0 + size, y1: y + size });
  const start = x;
  const built = words.map((word) => {
    const symbols = [...word].map((text) => {
      const symbol = { text, confidence: options.confidences?.[at] ?? 95, bbox: box(x) };
      at += 1;
      x += size;
      return symbol;
    });
    x += size / 2;
    return { text: word, confidence: 95, bbox: { x0: symbols[0]!.bbox.x0, y0: y, x1: x, y1: y + size }, symbols };
  });
  return { text: words.join(' '), confidence: 95, bbox: { x0: start, y0: y, x1: x, y1: y + size }, words: built };
}

const geometry = { width: 1240, height: 1754, dpi: 150, deskewDegrees: 0 };
const blocks = (...lines: OcrLine[]): OcrBlock[] => [{ bbox: { x0: 0, y0: 0, x1: 1240, y1: 1754 }, lines }];

describe('lines rebuilt from OCR boxes', () => {
  it('joins Chinese characters without the spaces tesseract puts between them, and keeps spaces between Latin words', () => {
    const [cjk, latin] = readLines(blocks(line(['科技', '情报', '参考'], 100), line(['AI', 'Policy', '2024'], 200)), geometry);
    expect(cjk?.text).toBe('科技情报参考');
    expect(latin?.text).toBe('AI Policy 2024');
  });

  it('writes the full-width colon beside Chinese (as printed), the Latin one between digits', () => {
    const [title, time] = readLines(blocks(line(['内蒙古', ':', '平台'], 100), line(['8', ':', '30'], 200)), geometry);
    expect(title?.text).toBe('内蒙古：平台');
    expect(time?.text).toBe('8:30');
  });

  it('marks characters read with low confidence, at their offset in the line', () => {
    const [read] = readLines(blocks(line(['科技', '情报'], 100, { confidences: [95, 40, 95, 65] })), geometry);
    expect(read?.scan.doubtful).toEqual([
      { at: 1, confidence: 40 },
      { at: 3, confidence: 65 },
    ]);
  });

  it('drops strokes and specks, and reads `一 3 一` as the page number `— 3 —`', () => {
    const lines = readLines(blocks(line(['|'], 50), line(['一', '3', '一'], 1600), line(['正文'], 300)), geometry);
    expect(lines.map((read) => read.text)).toEqual(['—3—', '正文']);
  });

  it('turns a box on the straightened image back onto the scan as it was', () => {
    const box = { x0: 600, y0: 100, x1: 640, y1: 120 };
    expect(unturn(box, { ...geometry, deskewDegrees: 0 })).toEqual([600, 100, 640, 120]);
    const [x0, y0, x1, y1] = unturn(box, { ...geometry, deskewDegrees: 2 });
    // Near the top of the page a 2° turn moves a box sideways by about (cy − y)·sin 2° = 27 pixels.
    expect(x0).toBeGreaterThan(600 + 20);
    expect(x0).toBeLessThan(600 + 35);
    expect(y1 - y0).toBeGreaterThanOrEqual(20);
    expect(x1).toBeGreaterThan(x0);
  });
});

describe('a scanned issue laid out for the parser', () => {
  const page = (number: number, lines: OcrLine[]): ReadScanPage => ({
    page: number,
    width: 1240,
    height: 1754,
    dpi: 150,
    heightPt: (1754 * 72) / 150,
    source: 'ocr',
    deskewDegrees: 0,
    vertical: false,
    lines: readLines(blocks(...lines), geometry),
  });

  it('centred titles stay on their own line, wrapped body lines join, `— N —` is dropped, and each line knows where it is in the text', () => {
    // Body text runs from x=100 to x=1100 (50 characters of 20 px); the title is centred.
    const body = '科'.repeat(50);
    const pages = [
      page(1, [
        line(['科技情报参考'], 100, { x: 500, size: 40 }),
        line(['2024', '年第', '3', '期'], 170, { x: 540 }),
        line(['内蒙古：创新平台助力科技'], 240, { x: 440, size: 28 }),
        line([`${body.slice(0, 48)}`], 300, { x: 140 }),
        line([`${body.slice(0, 49)}。`], 340),
        line(['一', '1', '一'], 1650, { x: 580 }),
      ]),
      page(2, [line(['坚持优化调整实现精准对接。'], 300, { x: 140 }), line(['一', '2', '一'], 1650, { x: 580 })]),
    ];
    const laid = layOutScan(pages);
    expect(laid.text.split('\n\n')).toEqual(['科技情报参考', '2024年第3期', '内蒙古：创新平台助力科技', `${body.slice(0, 48)}${body.slice(0, 49)}。`, '坚持优化调整实现精准对接。']);
    expect(laid.text).not.toContain('—');
    expect(laid.pageStarts).toEqual([0, laid.text.indexOf('坚持')]);
    for (const scanPage of laid.pages) {
      for (const scanLine of scanPage.lines) expect(laid.text.slice(scanLine.textAt, scanLine.textAt + scanLine.text.length)).toBe(scanLine.text);
    }
    expect(laid.pages[0]?.lines).toHaveLength(5);
  });
});
