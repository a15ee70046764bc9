/** A piece of text pdf.js placed on the page, in points, y measured down from the top. */
export interface TextRun {
  text: string;
  x: number;
  xEnd: number;
  /** Baseline, from the top of the page. */
  y: number;
  /** Font size: the vertical scale of the text matrix. */
  size: number;
}

/** The fields of a pdf.js `TextItem` this reader uses (marked-content items lack `str`). */
interface PdfjsTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

export interface PageRuns {
  runs: TextRun[];
  /** Text drawn at an angle (stamps, diagonal watermarks): left out of the reading order. */
  rotated: number;
}

/**
 * Turns pdf.js text items into upright runs. Empty items (pdf.js end-of-line markers) are
 * dropped; whitespace-only items are kept because they stand for a real space.
 */
export function toTextRuns(items: readonly unknown[], pageTop: number): PageRuns {
  const runs: TextRun[] = [];
  let rotated = 0;
  for (const item of items) {
    if (!isTextItem(item) || item.str === '') continue;
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = item.transform;
    if (Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d) || a <= 0) {
      rotated += 1;
      continue;
    }
    const size = Math.abs(d) || item.height || 1;
    runs.push({ text: item.str, x: e, xEnd: e + Math.max(0, item.width), y: pageTop - f, size });
  }
  return { runs, rotated };
}

function isTextItem(item: unknown): item is PdfjsTextItem {
  if (typeof item !== 'object' || item === null) return false;
  const candidate = item as Partial<PdfjsTextItem>;
  return typeof candidate.str === 'string' && Array.isArray(candidate.transform) && typeof candidate.width === 'number';
}
