import { expectedIssues } from './holdings-record';
import type { SeriesRecord } from './holdings-record';

/**
 * The holdings of a series: per year, which numbers are held, missing, held in several files or
 * waiting for review. Pure, so the grid, the gap report, the statistics and the command line all
 * say the same thing.
 *
 * What proves an issue missing:
 * - the expected frequency of the year (monthly: 1–12), when the record gives one;
 * - the numbering: a held 第7期 proves 第1–6期 of its year;
 * - 总第 continuity across years: 2023 ends at 总第88 (第10期) and 2024 begins at 总第91 (第1期)
 *   → two issues after 2023 第10期 are missing, whatever the frequency.
 * 增刊 (supplements) are listed beside the run and never make a gap; a 合刊 (第5-6期合刊) holds
 * every number it spans.
 */

/** What the computation needs of an issue (a catalogue Issue has all of it). */
export interface HoldingsIssue {
  id: string;
  year: number | null;
  number: number | null;
  /** 合刊: the last number of a joint issue, else null. */
  numberTo: number | null;
  supplement: boolean;
  totalNumber: number | null;
  needsReview: boolean;
  /** How many files the issue is held in (a PDF beside its text); 1 when unknown. */
  fileCount?: number;
}

export type CellState = 'held' | 'missing' | 'several' | 'review';

export interface HoldingsCell {
  number: number;
  state: CellState;
  /** The issues that hold this number (several when two claim it). */
  issueIds: string[];
  /** 总第: as printed on the held issue, or worked out from a neighbour (`totalInferred`). */
  totalNumber: number | null;
  totalInferred: boolean;
  /** 合刊: the numbers the joint issue spans, when this cell is part of one. */
  joint: { from: number; to: number } | null;
  /** The archivist's note on a missing issue ("paper copy only, box 12"). */
  note: string | null;
}

export interface HoldingsSupplement {
  issueId: string;
  number: number | null;
  needsReview: boolean;
}

export interface HoldingsYear {
  year: number;
  /** Issues the record's frequency expects this year; null when unknown or irregular. */
  expected: number | null;
  cells: HoldingsCell[];
  supplements: HoldingsSupplement[];
  held: number[];
  missing: number[];
  /** No issue of this year is held and no count is known: the whole year is missing, size unknown. */
  unknownCount: boolean;
}

export interface SeriesHoldings {
  series: string;
  years: HoldingsYear[];
  /** Issues without a year or a number: they cannot be placed in the grid. */
  unplaced: string[];
  heldCount: number;
  missingCount: number;
}

interface Claim {
  issue: HoldingsIssue;
  /** The numbers this issue holds: one, or the span of a 合刊. */
  from: number;
  to: number;
}

export function computeHoldings(record: SeriesRecord, issues: readonly HoldingsIssue[]): SeriesHoldings {
  const unplaced: string[] = [];
  const claimsByYear = new Map<number, Claim[]>();
  const supplementsByYear = new Map<number, HoldingsSupplement[]>();
  for (const issue of issues) {
    if (issue.year === null) {
      unplaced.push(issue.id);
      continue;
    }
    if (issue.supplement) {
      const list = supplementsByYear.get(issue.year) ?? [];
      list.push({ issueId: issue.id, number: issue.number, needsReview: issue.needsReview });
      supplementsByYear.set(issue.year, list);
      continue;
    }
    if (issue.number === null) {
      unplaced.push(issue.id);
      continue;
    }
    const to = issue.numberTo !== null && issue.numberTo > issue.number ? issue.numberTo : issue.number;
    const list = claimsByYear.get(issue.year) ?? [];
    list.push({ issue, from: issue.number, to });
    claimsByYear.set(issue.year, list);
  }

  const heldYears = [...new Set([...claimsByYear.keys(), ...supplementsByYear.keys()])].sort((a, b) => a - b);
  const first = minOf([record.firstYear, heldYears[0] ?? null]);
  const last = maxOf([record.lastYear, heldYears[heldYears.length - 1] ?? null]);
  if (first === null || last === null) return { series: record.name, years: [], unplaced, heldCount: 0, missingCount: 0 };

  // How far each year's numbering runs: the expected count, the highest number held, and what
  // 总第 continuity from the year before or after proves.
  const runsTo = new Map<number, number>();
  for (let y = first; y <= last; y += 1) {
    const expected = expectedIssues(record, y);
    const open = y === last && record.lastYear === null;
    const highest = Math.max(0, ...(claimsByYear.get(y) ?? []).map((c) => c.to));
    runsTo.set(y, open ? highest : Math.max(expected ?? 0, highest));
  }
  extendByTotals(claimsByYear, runsTo, record, first, last);

  const notes = new Map(record.missingNotes.map((n) => [`${n.year}:${n.number}`, n.note]));
  const years: HoldingsYear[] = [];
  for (let y = first; y <= last; y += 1) {
    const claims = claimsByYear.get(y) ?? [];
    const cells: HoldingsCell[] = [];
    for (let n = 1; n <= (runsTo.get(y) ?? 0); n += 1) {
      const holding = claims.filter((c) => c.from <= n && n <= c.to);
      cells.push(cellOf(n, holding, notes.get(`${y}:${n}`) ?? null));
    }
    // A number 0 (第0期, a 创刊号 before 第1期) is shown when held, never expected.
    for (const claim of claims.filter((c) => c.from < 1)) cells.unshift(cellOf(claim.from, [claim], null));
    inferTotals(cells);
    const expected = expectedIssues(record, y);
    years.push({
      year: y,
      expected,
      cells,
      supplements: supplementsByYear.get(y) ?? [],
      held: cells.filter((c) => c.state !== 'missing').map((c) => c.number),
      missing: cells.filter((c) => c.state === 'missing').map((c) => c.number),
      unknownCount: cells.length === 0 && expected === null,
    });
  }
  return {
    series: record.name,
    years,
    unplaced,
    heldCount: years.reduce((sum, y) => sum + y.held.length, 0),
    missingCount: years.reduce((sum, y) => sum + y.missing.length, 0),
  };
}

function cellOf(number: number, holding: readonly Claim[], note: string | null): HoldingsCell {
  const first = holding[0];
  if (!first) return { number, state: 'missing', issueIds: [], totalNumber: null, totalInferred: false, joint: null, note };
  const files = holding.reduce((sum, c) => sum + (c.issue.fileCount ?? 1), 0);
  const state: CellState = holding.some((c) => c.issue.needsReview) ? 'review' : files > 1 ? 'several' : 'held';
  // A 合刊's 总第 belongs to its first number; the others of the span count on from it.
  const total = first.issue.totalNumber === null ? null : first.issue.totalNumber + (number - first.from);
  return {
    number,
    state,
    issueIds: holding.map((c) => c.issue.id),
    totalNumber: total,
    totalInferred: total !== null && number !== first.from,
    joint: first.to > first.from ? { from: first.from, to: first.to } : null,
    note: null,
  };
}

/** A missing number's 总第, counted from the nearest held number of the same year that prints one. */
function inferTotals(cells: HoldingsCell[]): void {
  const known = cells.filter((c) => c.totalNumber !== null && !c.totalInferred);
  for (const cell of cells) {
    if (cell.totalNumber !== null) continue;
    let nearest: HoldingsCell | null = null;
    for (const k of known) if (!nearest || Math.abs(k.number - cell.number) < Math.abs(nearest.number - cell.number)) nearest = k;
    if (nearest?.totalNumber == null) continue;
    const total = nearest.totalNumber + (cell.number - nearest.number);
    if (total > 0) {
      cell.totalNumber = total;
      cell.totalInferred = true;
    }
  }
}

/**
 * 总第 continuity between two years held one after the other: the issues between the last held
 * of the earlier year and the first held of the later one that the later year's numbering does
 * not account for (its 第1…N-1期) belong to the end of the earlier year — after the years in
 * between, when their counts are known; when one is not, nothing can be said and nothing is.
 */
function extendByTotals(claimsByYear: Map<number, Claim[]>, runsTo: Map<number, number>, record: SeriesRecord, first: number, last: number): void {
  let previous: { year: number; claim: Claim } | null = null;
  for (let y = first; y <= last; y += 1) {
    const withTotals = (claimsByYear.get(y) ?? []).filter((c) => c.issue.totalNumber !== null);
    if (withTotals.length === 0) continue;
    const earliest = withTotals.reduce((a, b) => (b.from < a.from ? b : a));
    const latest = withTotals.reduce((a, b) => (b.to > a.to ? b : a));
    if (previous) {
      const lastTotal = (previous.claim.issue.totalNumber ?? 0) + (previous.claim.to - previous.claim.from);
      let between = (earliest.issue.totalNumber ?? 0) - lastTotal - 1 - (earliest.from - 1);
      let known = true;
      for (let m = previous.year + 1; m < y; m += 1) {
        const count = expectedIssues(record, m);
        if (count === null) known = false;
        else between -= count;
      }
      if (known && between > 0) {
        const through = previous.claim.to + between;
        runsTo.set(previous.year, Math.max(runsTo.get(previous.year) ?? 0, through));
      }
    }
    previous = { year: y, claim: latest };
  }
}

function minOf(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : Math.min(...known);
}

function maxOf(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : Math.max(...known);
}

/** Missing issues of a holdings, year by year: the gap report's rows. */
export function missingByYear(holdings: SeriesHoldings): { year: number; numbers: number[]; unknownCount: boolean; notes: { number: number; note: string }[] }[] {
  return holdings.years
    .filter((y) => y.missing.length > 0 || y.unknownCount)
    .map((y) => ({
      year: y.year,
      numbers: y.missing,
      unknownCount: y.unknownCount,
      notes: y.cells.filter((c) => c.state === 'missing' && c.note !== null).map((c) => ({ number: c.number, note: c.note ?? '' })),
    }));
}

/** 1, 2, 3, 5, 7, 8 → "1–3, 5, 7–8": how a person reads a list of numbers. */
export function numberRanges(numbers: readonly number[]): string {
  const sorted = [...numbers].sort((a, b) => a - b);
  const parts: string[] = [];
  let start: number | null = null;
  let end: number | null = null;
  for (const n of sorted) {
    if (start !== null && end !== null && n === end + 1) {
      end = n;
      continue;
    }
    if (start !== null && end !== null) parts.push(start === end ? `${start}` : `${start}–${end}`);
    start = n;
    end = n;
  }
  if (start !== null && end !== null) parts.push(start === end ? `${start}` : `${start}–${end}`);
  return parts.join(', ');
}
