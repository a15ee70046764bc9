import type { PdfLine } from './page-lines';

export interface PageLines {
  /** Page height in points. */
  height: number;
  lines: PdfLine[];
}

/** Headers and footers live in the top and bottom bands of the page... */
const BAND_FRACTION = 0.15;
/** ...as the first or last one or two lines there. */
const BAND_LINES = 2;
/** Same text at the top or bottom of at least this share of pages (and two pages) repeats. */
const REPEAT_SHARE = 0.4;

// `3`, `- 3 -`, `— 3 —`, `·3·`, `第 3 页`, `第 3 页 共 12 页`, `3/12`, `Page 3 of 12`.
const PAGE_NUMBER_LINES = [
  /^[-—–－‒―~～·•\s]*\d{1,4}[-—–－‒―~～·•\s]*$/,
  /^第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^page\s*\d{1,4}(?:\s*of\s*\d{1,4})?$/i,
];

/**
 * Drops what the printed page adds around the text before it reaches the parser: lines at
 * the top or bottom of a page that repeat on most pages (digits compared as one: a running
 * header with the page number in it still repeats), and page-number lines there.
 */
export function removeHeadersAndFooters(pages: readonly PageLines[]): PdfLine[][] {
  const bands = pages.map(bandLines);
  const pagesWith = new Map<string, number>();
  for (const band of bands) {
    for (const key of new Set([...band].map((line) => furnitureKey(line.text)))) {
      pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
    }
  }
  const repeatAt = Math.max(2, Math.ceil(REPEAT_SHARE * pages.length));
  return pages.map((page, index) => {
    const band = bands[index] ?? new Set<PdfLine>();
    return page.lines.filter((line) => {
      if (!band.has(line)) return true;
      if (isPageNumberLine(line.text)) return false;
      return (pagesWith.get(furnitureKey(line.text)) ?? 0) < repeatAt;
    });
  });
}

export function isPageNumberLine(text: string): boolean {
  const folded = text.normalize('NFKC').trim();
  return PAGE_NUMBER_LINES.some((pattern) => pattern.test(folded));
}

function bandLines(page: PageLines): Set<PdfLine> {
  const band = new Set<PdfLine>();
  const top = page.lines.slice(0, BAND_LINES).filter((line) => line.y <= page.height * BAND_FRACTION);
  const bottom = page.lines.slice(-BAND_LINES).filter((line) => line.y >= page.height * (1 - BAND_FRACTION));
  for (const line of [...top, ...bottom]) band.add(line);
  return band;
}

function furnitureKey(text: string): string {
  return text.normalize('NFKC').replace(/\d+/g, '#').replace(/\s+/g, '');
}
