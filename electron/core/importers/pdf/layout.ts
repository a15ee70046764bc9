import type { PdfLine } from './page-lines';

/** Where a page's text block sits, measured on its body-size lines. */
export interface TextBlock {
  left: number;
  right: number;
}

export interface DocumentLayout {
  /** The font size most characters are set in. */
  bodySize: number;
  /** Usual distance between baselines, as a multiple of the font size. */
  pitchEm: number;
  blocks: TextBlock[];
}

const DEFAULT_PITCH_EM = 1.5;
/** A page needs this many body lines to measure its own block; fewer borrow the median. */
const MIN_BODY_LINES = 3;

export function measureLayout(pages: readonly (readonly PdfLine[])[]): DocumentLayout {
  const all = pages.flat();
  const bodySize = dominant(all.map((line) => [Math.round(line.size * 2) / 2, line.text.length]));
  const isBody = (line: PdfLine): boolean => Math.abs(line.size - bodySize) <= 0.08 * bodySize;

  const measured = pages.map((lines) => {
    const body = lines.filter(isBody);
    if (body.length < MIN_BODY_LINES) return null;
    return { left: Math.min(...body.map((l) => l.x0)), right: Math.max(...body.map((l) => l.x1)) };
  });
  const known = measured.filter((block): block is TextBlock => block !== null);
  const fallback: TextBlock =
    known.length > 0
      ? { left: median(known.map((b) => b.left)), right: median(known.map((b) => b.right)) }
      : { left: all.length > 0 ? Math.min(...all.map((l) => l.x0)) : 0, right: all.length > 0 ? Math.max(...all.map((l) => l.x1)) : 0 };

  const pitches: number[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i += 1) {
      const [a, b] = [lines[i - 1], lines[i]];
      if (a === undefined || b === undefined || !isBody(a) || !isBody(b)) continue;
      const pitch = (b.y - a.y) / bodySize;
      if (pitch > 0.8 && pitch < 3) pitches.push(pitch);
    }
  }
  return {
    bodySize,
    pitchEm: pitches.length > 0 ? median(pitches) : DEFAULT_PITCH_EM,
    blocks: measured.map((block) => block ?? fallback),
  };
}

function dominant(pairs: readonly [number, number][]): number {
  const totals = new Map<number, number>();
  for (const [value, weight] of pairs) totals.set(value, (totals.get(value) ?? 0) + weight);
  return [...totals.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
