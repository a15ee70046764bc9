import type { ScanReading } from '../../../shared/scan';

/** A title's first characters, spaces gone (OCR and extraction put them between CJK and digits). */
const KEY = 8;
const squash = (text: string): string => text.replace(/\s+/g, '');
const MAX_PAGES = 4;

/**
 * The pages of the scan an article stands on: from the page where its title is printed in the body
 * (the last page that has it, since a table of contents repeats it earlier) to the page where the
 * next article starts. The printed page number is only a fallback: a scan's first page is often
 * the cover, not page 1.
 */
export function articlePages(reading: ScanReading, titles: readonly string[], index: number, printedPage: number | null): number[] {
  const startOf = (title: string, from: number): number | null => {
    const key = squash(title).slice(0, KEY);
    if (key === '') return null;
    let found: number | null = null;
    for (const page of reading.pages) {
      if (page.page < from) continue;
      if (page.lines.some((line) => squash(line.text).includes(key))) found = page.page;
    }
    return found;
  };
  const known = reading.pages.map((p) => p.page);
  const start = startOf(titles[index] ?? '', 1) ?? (printedPage !== null && known.includes(printedPage) ? printedPage : known[0] ?? 1);
  const nextTitle = titles[index + 1];
  const next = nextTitle === undefined ? (known.at(-1) ?? start) : (startOf(nextTitle, start) ?? start);
  return known.filter((p) => p >= start && p <= Math.max(start, next)).slice(0, MAX_PAGES);
}
