import { lineText } from './line-text';
import type { TextRun } from './text-runs';

/** One printed line: its text and where it sits, in points from the page's top-left. */
export interface PdfLine {
  text: string;
  x0: number;
  x1: number;
  /** Baseline, from the top of the page. */
  y: number;
  /** The font size most of its characters are set in. */
  size: number;
  /** The runs it was built from, so a line that crosses two columns can be cut at the gutter. */
  runs?: readonly TextRun[];
  /** The text block of its column, when the page is set in columns (columns.ts). */
  block?: { left: number; right: number };
}

/** Runs whose baselines differ by less than this (in ems) share a line: sub/superscripts too. */
const BASELINE_TOLERANCE_EM = 0.4;

/**
 * Rebuilds lines in reading order from run positions, not from the order pdf.js lists them
 * (page furniture and table cells are often drawn first or last): top to bottom by baseline,
 * then left to right.
 */
export function groupLines(runs: readonly TextRun[]): PdfLine[] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: TextRun[][] = [];
  let current: TextRun[] = [];
  let baseline = 0;
  let size = 0;
  for (const run of sorted) {
    if (current.length > 0 && run.y - baseline > BASELINE_TOLERANCE_EM * Math.min(size, run.size)) {
      groups.push(current);
      current = [];
    }
    if (current.length === 0) {
      baseline = run.y;
      size = run.size;
    }
    current.push(run);
    size = Math.max(size, run.size);
  }
  if (current.length > 0) groups.push(current);
  return groups.map(lineFromRuns).filter((line): line is PdfLine => line !== null);
}

/** One line from runs on one baseline; null when none of them has ink. */
export function lineFromRuns(group: readonly TextRun[]): PdfLine | null {
  const runs = [...group].sort((a, b) => a.x - b.x);
  const text = lineText(runs);
  const inked = runs.filter((run) => run.text.trim() !== '');
  if (text === '' || inked.length === 0) return null;
  return {
    text,
    x0: Math.min(...inked.map((run) => run.x)),
    x1: Math.max(...inked.map((run) => run.xEnd)),
    y: weighted(inked, (run) => run.y),
    size: dominantSize(inked),
    runs,
  };
}

function dominantSize(runs: readonly TextRun[]): number {
  const chars = new Map<number, number>();
  for (const run of runs) {
    const key = Math.round(run.size * 2) / 2;
    chars.set(key, (chars.get(key) ?? 0) + run.text.length);
  }
  return [...chars.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
}

function weighted(runs: readonly TextRun[], value: (run: TextRun) => number): number {
  const total = runs.reduce((sum, run) => sum + run.text.length, 0);
  return runs.reduce((sum, run) => sum + value(run) * run.text.length, 0) / total;
}
