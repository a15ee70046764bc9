import { lineFromRuns } from './page-lines';
import type { PdfLine } from './page-lines';
import type { TextRun } from './text-runs';

/** A gap between two runs of one line this wide (in ems) may be a gutter between columns. */
const MIN_GUTTER_EM = 1;
/**
 * A page is in columns when at least this many lines have ink on each side of the same gap,
 * and lines that cross it (titles over both columns) are few beside those that do not.
 */
const MIN_SPLIT_LINES = 3;
const MIN_SPLIT_SHARE = 0.5;
/** The gutter lies in the middle of the text, never near its edges (a label and its value). */
const GUTTER_ZONE = [0.25, 0.75] as const;

interface Gutter {
  from: number;
  to: number;
}

/**
 * Reading order for pages set in two columns: lines are grouped by baseline across the whole
 * page, so a left-column line and the right-column line beside it come out as one. When most
 * lines share a wide gap at the same place in the middle, that gap is the gutter: each line is
 * cut there, and the text reads down the left column, then down the right. A line that crosses
 * the gutter (a title or masthead over both columns) ends the columns above it and is read in
 * its place. Each column's lines carry the column's own block, so wrapped lines join within it.
 */
export function readColumns(lines: readonly PdfLine[]): PdfLine[] {
  const gutter = findGutter(lines);
  if (gutter === null) return [...lines];
  const ordered: PdfLine[] = [];
  let left: PdfLine[] = [];
  let right: PdfLine[] = [];
  const flush = (): void => {
    ordered.push(...inBlock(left), ...inBlock(right));
    left = [];
    right = [];
  };
  for (const line of lines) {
    const runs = line.runs ?? [];
    if (runs.length === 0 || inked(runs).some((run) => run.x < gutter.to && run.xEnd > gutter.from)) {
      flush();
      ordered.push(line);
      continue;
    }
    const middle = (gutter.from + gutter.to) / 2;
    const leftLine = lineFromRuns(runs.filter((run) => run.xEnd <= middle));
    const rightLine = lineFromRuns(runs.filter((run) => run.xEnd > middle));
    if (leftLine) left.push(leftLine);
    if (rightLine) right.push(rightLine);
  }
  flush();
  return ordered;
}

function findGutter(lines: readonly PdfLine[]): Gutter | null {
  const withInk = lines.filter((line) => inked(line.runs ?? []).length > 0);
  if (withInk.length < MIN_SPLIT_LINES) return null;
  const textLeft = Math.min(...withInk.map((line) => line.x0));
  const textRight = Math.max(...withInk.map((line) => line.x1));
  const zone = [textLeft + GUTTER_ZONE[0] * (textRight - textLeft), textLeft + GUTTER_ZONE[1] * (textRight - textLeft)] as const;

  const gaps = withInk.map((line) => wideGaps(line));
  let best: { gutter: Gutter; score: number } | null = null;
  for (const candidate of gaps.flat()) {
    const x = (candidate.from + candidate.to) / 2;
    if (x < zone[0] || x > zone[1]) continue;
    // Columns whose baselines do not line up give lines on one side only: they count too.
    const holding = gaps.flatMap((lineGaps) => lineGaps.filter((gap) => gap.from <= x && gap.to >= x));
    const leftOnly = withInk.filter((line) => line.x1 <= x);
    const rightOnly = withInk.filter((line) => line.x0 >= x);
    const crossed = withInk.length - holding.length - leftOnly.length - rightOnly.length;
    const sides = holding.length + leftOnly.length + rightOnly.length;
    if (holding.length + leftOnly.length < MIN_SPLIT_LINES || holding.length + rightOnly.length < MIN_SPLIT_LINES) continue;
    if (sides < MIN_SPLIT_SHARE * withInk.length || crossed * 2 > sides) continue;
    const score = sides - 2 * crossed;
    if (best !== null && score <= best.score) continue;
    const from = Math.max(...holding.map((gap) => gap.from), ...leftOnly.map((line) => line.x1));
    const to = Math.min(...holding.map((gap) => gap.to), ...rightOnly.map((line) => line.x0));
    if (to > from) best = { gutter: { from, to }, score };
  }
  return best?.gutter ?? null;
}

/** Gaps between the inked runs of a line wide enough to be a gutter. */
function wideGaps(line: PdfLine): Gutter[] {
  const runs = [...inked(line.runs ?? [])].sort((a, b) => a.x - b.x);
  const gaps: Gutter[] = [];
  let reach = runs[0]?.xEnd ?? 0;
  for (const run of runs.slice(1)) {
    if (run.x - reach >= MIN_GUTTER_EM * line.size) gaps.push({ from: reach, to: run.x });
    reach = Math.max(reach, run.xEnd);
  }
  return gaps;
}

function inked(runs: readonly TextRun[]): TextRun[] {
  return runs.filter((run) => run.text.trim() !== '');
}

function inBlock(lines: readonly PdfLine[]): PdfLine[] {
  if (lines.length === 0) return [];
  const block = { left: Math.min(...lines.map((line) => line.x0)), right: Math.max(...lines.map((line) => line.x1)) };
  return lines.map((line) => ({ ...line, block }));
}
