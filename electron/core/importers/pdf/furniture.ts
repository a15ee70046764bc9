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

/** A line this much larger than the body text is a title or masthead, never a running header. */
const HEADING_SIZE = 1.2;
/** How many of the first page's lines a running header may repeat (series, number, date). */
const MASTHEAD_LINES = 6;

/**
 * Drops what the printed page adds around the text before it reaches the parser: lines at
 * the top or bottom of a page that repeat on most pages (digits compared as one: a running
 * header with the page number in it still repeats), a running header that repeats the first
 * page's masthead (`科技情报参考 2024 年第 3 期` from page 2 on, even in a two-page issue), and
 * page-number lines there. A line set larger than the body is a heading, kept even when its
 * words repeat in the header of every page (the masthead `工作简报` under a header `工作简报`).
 */
export function removeHeadersAndFooters(pages: readonly PageLines[]): PdfLine[][] {
  const bodySize = dominantSize(pages.flatMap((page) => page.lines));
  const mastheads = mastheadKeys(pages[0]?.lines ?? []);
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
      if (line.size > HEADING_SIZE * bodySize) return true;
      if (index > 0 && line.y <= page.height / 2 && mastheads.has(furnitureKey(line.text))) return false;
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

/** The first page's opening lines, alone and run together in twos and threes. */
function mastheadKeys(lines: readonly PdfLine[]): Set<string> {
  const keys = lines.slice(0, MASTHEAD_LINES).map((line) => furnitureKey(line.text));
  const joined = new Set<string>();
  keys.forEach((_, start) => {
    for (let length = 1; length <= 3 && start + length <= keys.length; length += 1) joined.add(keys.slice(start, start + length).join(''));
  });
  joined.delete('');
  return joined;
}

function dominantSize(lines: readonly PdfLine[]): number {
  const chars = new Map<number, number>();
  for (const line of lines) chars.set(line.size, (chars.get(line.size) ?? 0) + line.text.length);
  return [...chars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

function furnitureKey(text: string): string {
  return text.normalize('NFKC').replace(/\d+/g, '#').replace(/\s+/g, '');
}
