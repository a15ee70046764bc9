import { DOUBTFUL_CONFIDENCE } from '../../../../shared/scan';
import type { ScanBox } from '../../../../shared/scan';
import type { PdfLine } from '../pdf/page-lines';
import type { OcrBlock, OcrBox, OcrLine } from './engine';

/**
 * A printed line as the layout code wants it (PdfLine: text and position in points, so OCR
 * pages and kept text-layer pages of one PDF are laid out together), with what the scan record
 * keeps about it: its box on the page image, its confidence, its doubtful characters.
 */
export interface ReadLine extends PdfLine {
  scan: {
    box: ScanBox;
    confidence: number;
    doubtful: { at: number; confidence: number }[];
  };
}

/** Where a page image came from: its resolution, and the turn applied before OCR read it. */
export interface PageGeometry {
  width: number;
  height: number;
  dpi: number;
  deskewDegrees: number;
}

/** A CJK ideograph's ink fills about this share of the em: its height gives the font size. */
const INK_PER_EM = 0.88;
/** Short lines read with less confidence than this are specks and edges, not text. */
const SPECK_CONFIDENCE = 50;
const SPECK_CHARS = 3;

const IDEOGRAPH = /\p{Script=Han}/u;
const LATIN_END = /[\p{Script=Latin}\p{Nd}%.,:;)]$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LATIN_START = /^[\p{Script=Latin}\p{Nd}(]/u;
// A page number OCR'd: `— 3 —` often comes back as `一 3 一` (the ideograph one).
const PAGE_NUMBER_LIKE = /^[\s一—–\-－~～·]*\d{1,4}[\s一—–\-－~～·]*$/u;

/**
 * Tesseract's lines, in its reading order (blocks, then lines), as ReadLines: words joined
 * without the spaces tesseract puts between CJK characters (kept between Latin words and
 * numbers), specks dropped, positions converted to points, boxes turned back onto the page
 * image as it was before deskewing (the image the review screen shows).
 */
export function readLines(blocks: readonly OcrBlock[], geometry: PageGeometry): ReadLine[] {
  const toPoints = 72 / geometry.dpi;
  const lines: ReadLine[] = [];
  for (const block of blocks) {
    for (const line of block.lines) {
      const read = lineText(line);
      const text = read.text.trim();
      if (text === '') continue;
      if (line.confidence < SPECK_CONFIDENCE && [...text].length <= SPECK_CHARS) continue;
      // A line with no letter or digit (`|`, `_`, a rule read as `一一`) is a stroke on the page.
      if (!/[\p{L}\p{N}]/u.test(text.replace(/一/g, ''))) continue;
      const sizePx = fontSizePx(line);
      lines.push({
        text: PAGE_NUMBER_LIKE.test(text) ? text.replace(/一/g, '—') : text,
        x0: line.bbox.x0 * toPoints,
        x1: line.bbox.x1 * toPoints,
        y: line.bbox.y1 * toPoints,
        size: Math.round(sizePx * toPoints * 2) / 2,
        scan: { box: unturn(line.bbox, geometry), confidence: round1(line.confidence), doubtful: read.doubtful },
      });
    }
  }
  return lines;
}

function lineText(line: OcrLine): { text: string; doubtful: { at: number; confidence: number }[] } {
  let text = '';
  const doubtful: { at: number; confidence: number }[] = [];
  let previous = '';
  for (const word of line.words) {
    const symbols = word.symbols.length > 0 ? word.symbols : [{ text: word.text, confidence: word.confidence }];
    const first = symbols[0]?.text ?? '';
    // A space between Latin words and numbers (`AI Policy`, `Note: 3`), never after a mark that
    // stands alone (`8 : 30` is `8:30`).
    if (text !== '' && LATIN_END.test(text) && LATIN_START.test(first) && LETTER_OR_DIGIT.test(previous)) text += ' ';
    previous = word.text;
    for (const symbol of symbols) {
      if (symbol.confidence < DOUBTFUL_CONFIDENCE && symbol.text.trim() !== '') doubtful.push({ at: text.length, confidence: round1(symbol.confidence) });
      text += symbol.text;
    }
  }
  return { text: fullWidthPunctuation(text), doubtful };
}

const FULL_WIDTH: Readonly<Record<string, string>> = { ':': '：', ';': '；', ',': '，', '!': '！', '?': '？', '(': '（', ')': '）' };

/**
 * The Latin models read `：` as `:` and `（` as `(`; beside a Chinese character the full-width
 * form is what was printed (and what the parser's masthead and title patterns expect). One
 * character for one, so the doubtful characters' offsets stay true.
 */
function fullWidthPunctuation(text: string): string {
  return text.replace(/[:;,!?()]/g, (mark, at: number) => {
    const before = text[at - 1] ?? '';
    const after = text[at + 1] ?? '';
    return IDEOGRAPH.test(before) || IDEOGRAPH.test(after) ? (FULL_WIDTH[mark] ?? mark) : mark;
  });
}

/** The line's font size in pixels, from its ideographs' ink height (punctuation and digits vary). */
function fontSizePx(line: OcrLine): number {
  const heights = line.words
    .flatMap((word) => word.symbols)
    .filter((symbol) => IDEOGRAPH.test(symbol.text))
    .map((symbol) => symbol.bbox.y1 - symbol.bbox.y0)
    .sort((a, b) => a - b);
  const median = heights[Math.floor(heights.length / 2)];
  return median !== undefined ? median / INK_PER_EM : (line.bbox.y1 - line.bbox.y0) * 0.8;
}

/** A box on the straightened image, as a box on the image before it was turned. */
export function unturn(box: OcrBox, geometry: PageGeometry): ScanBox {
  if (geometry.deskewDegrees === 0) return [box.x0, box.y0, box.x1, box.y1];
  const radians = (geometry.deskewDegrees * Math.PI) / 180;
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  const cx = geometry.width / 2;
  const cy = geometry.height / 2;
  // rotate() took each output pixel from (cos·dx − sin·dy, sin·dx + cos·dy) in the input.
  const corners = [
    [box.x0, box.y0],
    [box.x1, box.y0],
    [box.x0, box.y1],
    [box.x1, box.y1],
  ].map(([x = 0, y = 0]) => [cos * (x - cx) - sin * (y - cy) + cx, sin * (x - cx) + cos * (y - cy) + cy] as const);
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  const clampX = (value: number): number => Math.min(geometry.width, Math.max(0, Math.round(value)));
  const clampY = (value: number): number => Math.min(geometry.height, Math.max(0, Math.round(value)));
  return [clampX(Math.min(...xs)), clampY(Math.min(...ys)), clampX(Math.max(...xs)), clampY(Math.max(...ys))];
}

function round1(value: number): number {
  return Math.round(Math.min(100, Math.max(0, value)) * 10) / 10;
}
