import type { ScanLine, ScanPage } from '../../../../shared/scan';
import { readColumns } from '../pdf/columns';
import { removeHeadersAndFooters } from '../pdf/furniture';
import { measureLayout } from '../pdf/layout';
import type { PdfLine } from '../pdf/page-lines';
import { buildParagraphs } from '../pdf/paragraphs';
import type { ReadLine } from './ocr-lines';

/** One page as read: by OCR (ReadLines) or from a kept text layer (PdfLines, in points). */
export interface ReadScanPage {
  page: number;
  width: number;
  height: number;
  dpi: number;
  /** The page's height in points, for the header and footer bands. */
  heightPt: number;
  source: ScanPage['source'];
  deskewDegrees: number;
  vertical: boolean;
  lines: PdfLine[];
}

export interface ScanText {
  text: string;
  pageStarts: number[];
  pageJoins: number[];
  pages: ScanPage[];
}

/**
 * The text from its pages, laid out as the PDF reader lays out a PDF (furniture.ts drops
 * running heads and `— 3 —`, paragraphs.ts joins wrapped lines and keeps titles on their own), so
 * the bulletin parser reads a scan as it reads a PDF. Each line kept in the text becomes a
 * ScanLine with `textAt`, where it starts in that text; lines dropped as furniture are not listed.
 */
export function layOutScan(pages: readonly ReadScanPage[]): ScanText {
  // Furniture first, on whole lines; then a kept text layer's columns, as extract-pdf.ts does
  // (tesseract gives its blocks in reading order already).
  const bodies = removeHeadersAndFooters(pages.map((page) => ({ height: page.heightPt, lines: page.lines }))).map((lines, index) =>
    pages[index]?.source === 'text-layer' ? readColumns(lines) : lines,
  );
  const { text, pageStarts, pageJoins } = buildParagraphs(bodies, measureLayout(bodies));
  let cursor = 0;
  const scanPages = pages.map((page, index): ScanPage => {
    const lines: ScanLine[] = [];
    for (const line of bodies[index] ?? []) {
      // buildParagraphs appends each line's text as it is, after '', ' ' or a blank line.
      const at = text.indexOf(line.text, cursor);
      if (at < 0) continue;
      cursor = at + line.text.length;
      lines.push(scanLine(line, at, page));
    }
    const { page: number, width, height, dpi, source, deskewDegrees, vertical } = page;
    return { page: number, width, height, dpi, source, deskewDegrees, vertical, lines };
  });
  return { text, pageStarts, pageJoins, pages: scanPages };
}

function scanLine(line: PdfLine, textAt: number, page: ReadScanPage): ScanLine {
  if (isReadLine(line)) return { text: line.text, box: line.scan.box, confidence: line.scan.confidence, doubtful: line.scan.doubtful, textAt };
  // A kept text layer: its box from pdf.js's positions (points, baseline) on the page image.
  const toPixels = page.dpi / 72;
  const box: ScanLine['box'] = [
    Math.round(line.x0 * toPixels),
    Math.max(0, Math.round((line.y - line.size) * toPixels)),
    Math.round(line.x1 * toPixels),
    Math.round((line.y + line.size * 0.2) * toPixels),
  ];
  return { text: line.text, box, confidence: 100, doubtful: [], textAt };
}

function isReadLine(line: PdfLine): line is ReadLine {
  return 'scan' in line;
}

/** Mean confidence over every character read (kept text layers count as 100). */
export function meanConfidence(pages: readonly ScanPage[]): number {
  let sum = 0;
  let count = 0;
  for (const page of pages) {
    for (const line of page.lines) {
      const chars = [...line.text.replace(/\s/g, '')].length;
      sum += line.confidence * chars;
      count += chars;
    }
  }
  return count === 0 ? 0 : Math.round((sum / count) * 10) / 10;
}
