import { createHash } from 'node:crypto';
import { createCanvas } from '@napi-rs/canvas';
import type { ScanLine, ScanReading } from '../../shared/scan';

/**
 * A scanned bulletin page made here, as a copier would give it: a real PNG with the lines drawn
 * in a Chinese font, and the reading OCR would return for it (each line's box measured from the
 * drawing, one character marked doubtful). Until the OCR reader lands this stands in for it in
 * tests only; the product never builds a reading this way.
 */
export const SCANNED_LINES = [
  '扫描简报',
  '2023 年第 5 期',
  '市科技局办公室编',
  '★ 稀土新材料产业加快发展 1',
  '稀土新材料产业加快发展',
  '今年以来，全市稀土新材料产业保持良好势头，',
  '新增规上企业十二家，产值同比增长百分之二十。',
];

const DPI = 150;
const WIDTH = 1240;
const HEIGHT = 1754;

export interface ScannedPage {
  name: string;
  bytes: Uint8Array;
  text: string;
  reading: ScanReading;
}

/** The page as PNG bytes, its text (lines joined as the parser reads them) and its reading. */
export async function scannedPage(lines: readonly string[] = SCANNED_LINES): Promise<ScannedPage> {
  const canvas = createCanvas(WIDTH, HEIGHT);
  const context = canvas.getContext('2d');
  context.fillStyle = '#f2f0ea';
  context.fillRect(0, 0, WIDTH, HEIGHT);
  context.fillStyle = '#111111';
  context.font = '40px "Noto Serif CJK SC", "Noto Sans CJK SC", "WenQuanYi Zen Hei", serif';
  context.textBaseline = 'top';
  const scanLines: ScanLine[] = [];
  let textAt = 0;
  lines.forEach((line, index) => {
    const top = 120 + index * 90;
    const left = 120;
    context.fillText(line, left, top);
    const width = Math.ceil(context.measureText(line).width);
    // The second character of every body line is read with doubt, as OCR does on a smudge.
    const doubtful = index >= 5 ? [{ at: 1, confidence: 41 }] : [];
    scanLines.push({ text: line, box: [left, top, left + width, top + 48], confidence: doubtful.length > 0 ? 82 : 94, doubtful, textAt });
    textAt += line.length + 1;
  });
  const bytes = new Uint8Array(await canvas.encode('png'));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const reading: ScanReading = {
    version: 1,
    sha256,
    engine: 'test page (tests/helpers/scanned-page.ts)',
    pages: [{ page: 1, width: WIDTH, height: HEIGHT, dpi: DPI, source: 'ocr', deskewDegrees: 0, vertical: false, lines: scanLines }],
    confidence: 90,
  };
  return { name: 'scan-2023-05.png', bytes, text: lines.join('\n'), reading };
}
