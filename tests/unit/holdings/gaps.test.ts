import { describe, expect, it } from 'vitest';
import { computeHoldings, missingByYear, numberRanges } from '../../../shared/holdings';
import type { HoldingsIssue } from '../../../shared/holdings';
import { blankSeriesRecord } from '../../../shared/holdings-record';
import type { SeriesRecord } from '../../../shared/holdings-record';

let nextId = 0;
function issue(year: number | null, number: number | null, more: Partial<HoldingsIssue> = {}): HoldingsIssue {
  nextId += 1;
  return { id: `i${nextId}`, year, number, numberTo: null, supplement: false, totalNumber: null, needsReview: false, ...more };
}

function record(more: Partial<SeriesRecord> = {}): SeriesRecord {
  return { ...blankSeriesRecord('科技情报参考'), ...more };
}

const missing = (holdings: ReturnType<typeof computeHoldings>) => Object.fromEntries(holdings.years.map((y) => [y.year, y.missing]));

describe('gaps in a run', () => {
  it('a monthly series missing 第7–8期 shows them missing, the rest held', () => {
    const held = [1, 2, 3, 4, 5, 6, 9, 10, 11, 12].map((n) => issue(2023, n));
    const holdings = computeHoldings(record({ frequency: 'monthly', lastYear: 2023 }), held);
    expect(missing(holdings)).toEqual({ 2023: [7, 8] });
    expect(holdings.years[0]?.cells.map((c) => c.state)).toEqual(['held', 'held', 'held', 'held', 'held', 'held', 'missing', 'missing', 'held', 'held', 'held', 'held']);
    expect(holdings.heldCount).toBe(10);
    expect(holdings.missingCount).toBe(2);
  });

  it('the expected frequency proves missing issues at the end of a closed year', () => {
    const holdings = computeHoldings(record({ frequency: 'quarterly', lastYear: 2024 }), [issue(2023, 1), issue(2023, 2), issue(2024, 1)]);
    expect(missing(holdings)).toEqual({ 2023: [3, 4], 2024: [2, 3, 4] });
  });

  it('a 合刊 (第5-6期合刊) holds both of its numbers', () => {
    const held = [1, 2, 3, 4, 7, 8, 9, 10, 11, 12].map((n) => issue(2024, n));
    const joint = issue(2024, 5, { numberTo: 6, totalNumber: 50 });
    const holdings = computeHoldings(record({ frequency: 'monthly', lastYear: 2024 }), [...held, joint]);
    expect(missing(holdings)).toEqual({ 2024: [] });
    const six = holdings.years[0]?.cells[5];
    expect(six).toMatchObject({ number: 6, state: 'held', issueIds: [joint.id], joint: { from: 5, to: 6 }, totalNumber: 51 });
  });

  it('a 增刊 is listed beside the run and never makes a gap', () => {
    const supplement = issue(2024, 1, { supplement: true });
    const holdings = computeHoldings(record({ frequency: 'quarterly', lastYear: 2024 }), [1, 2, 3, 4].map((n) => issue(2024, n)).concat(supplement));
    expect(missing(holdings)).toEqual({ 2024: [] });
    expect(holdings.years[0]?.supplements).toEqual([{ issueId: supplement.id, number: 1, needsReview: false }]);
    expect(holdings.years[0]?.cells).toHaveLength(4);
    // A supplement alone in a year does not make the year's regular numbers appear held.
    const alone = computeHoldings(record({ frequency: 'quarterly', firstYear: 2024, lastYear: 2024 }), [supplement]);
    expect(missing(alone)).toEqual({ 2024: [1, 2, 3, 4] });
  });

  it('a series changing frequency expects each year its own count', () => {
    const rec = record({ frequency: 'quarterly', lastYear: 2024, changes: [{ fromYear: 2024, frequency: 'monthly', issuesPerYear: null }] });
    const held = [1, 2, 3, 4].map((n) => issue(2023, n)).concat([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => issue(2024, n)));
    const holdings = computeHoldings(rec, held);
    expect(holdings.years.map((y) => y.expected)).toEqual([4, 12]);
    expect(missing(holdings)).toEqual({ 2023: [], 2024: [11, 12] });
  });

  it('总第 continuity across years proves missing issues even with no frequency set', () => {
    // 2023 ends at 总第88 (第10期); 2024 begins at 总第91 (第1期): 2023 第11–12期 are missing.
    const held = [issue(2023, 9, { totalNumber: 87 }), issue(2023, 10, { totalNumber: 88 }), issue(2024, 1, { totalNumber: 91 }), issue(2024, 2, { totalNumber: 92 })];
    const holdings = computeHoldings(record(), held);
    expect(missing(holdings)).toEqual({ 2023: [1, 2, 3, 4, 5, 6, 7, 8, 11, 12], 2024: [] });
    const eleven = holdings.years[0]?.cells.find((c) => c.number === 11);
    expect(eleven).toMatchObject({ state: 'missing', totalNumber: 89, totalInferred: true });
  });

  it('总第 continuity counts the later year\'s own missing first numbers once', () => {
    // 2024 begins at 第3期 = 总第91: 第1–2期 are 总第89–90, so 2023 (ends 总第88) lacks nothing.
    const held = [issue(2023, 10, { totalNumber: 88 }), issue(2024, 3, { totalNumber: 91 })];
    const holdings = computeHoldings(record({ firstYear: 2023 }), held);
    expect(holdings.years.find((y) => y.year === 2023)?.cells).toHaveLength(10);
    expect(missing(holdings)[2024]).toEqual([1, 2]);
  });

  it('a year with no issues held is all missing when its count is known', () => {
    const held = [1, 2, 3, 4].map((n) => issue(2022, n)).concat([1, 2, 3, 4].map((n) => issue(2024, n)));
    const holdings = computeHoldings(record({ frequency: 'quarterly', lastYear: 2024 }), held);
    expect(missing(holdings)).toEqual({ 2022: [], 2023: [1, 2, 3, 4], 2024: [] });
    expect(missingByYear(holdings)).toEqual([{ year: 2023, numbers: [1, 2, 3, 4], unknownCount: false, notes: [] }]);
  });

  it('a year with no issues held in an irregular series is reported missing, of unknown size', () => {
    const holdings = computeHoldings(record({ frequency: 'irregular' }), [issue(2022, 1), issue(2024, 1)]);
    const gap = holdings.years.find((y) => y.year === 2023);
    expect(gap).toMatchObject({ cells: [], unknownCount: true, missing: [] });
    expect(missingByYear(holdings).map((r) => r.year)).toEqual([2023]);
  });

  it('an irregular series has gaps only where the numbering proves them', () => {
    const holdings = computeHoldings(record({ frequency: 'irregular', lastYear: 2023 }), [issue(2023, 1), issue(2023, 2), issue(2023, 5)]);
    expect(missing(holdings)).toEqual({ 2023: [3, 4] });
    expect(holdings.years[0]?.expected).toBeNull();
  });

  it('an open series counts its last year only up to the last issue held', () => {
    const holdings = computeHoldings(record({ frequency: 'monthly' }), [issue(2025, 1), issue(2025, 2), issue(2026, 1), issue(2026, 2)]);
    expect(missing(holdings)).toEqual({ 2025: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 2026: [] });
  });

  it('two issues claiming one number, or an issue in several files, are "several"; doubtful ones "needs review"', () => {
    const holdings = computeHoldings(record({ frequency: 'quarterly', lastYear: 2024 }), [
      issue(2024, 1),
      issue(2024, 1),
      issue(2024, 2, { fileCount: 2 }),
      issue(2024, 3, { needsReview: true }),
      issue(2024, 4),
    ]);
    expect(holdings.years[0]?.cells.map((c) => c.state)).toEqual(['several', 'several', 'review', 'held']);
    expect(holdings.years[0]?.cells[0]?.issueIds).toHaveLength(2);
  });

  it('issues without a year or a number are set apart, not guessed into the grid', () => {
    const noYear = issue(null, 3);
    const noNumber = issue(2024, null);
    const holdings = computeHoldings(record(), [noYear, noNumber, issue(2024, 1)]);
    expect(holdings.unplaced).toEqual([noYear.id, noNumber.id]);
    expect(missing(holdings)).toEqual({ 2024: [] });
  });

  it('notes on missing issues show on their cells and in the report', () => {
    const rec = record({ frequency: 'quarterly', lastYear: 2024, missingNotes: [{ year: 2024, number: 3, note: '仅有纸本，12 号盒' }] });
    const holdings = computeHoldings(rec, [issue(2024, 1), issue(2024, 2), issue(2024, 4)]);
    expect(holdings.years[0]?.cells[2]).toMatchObject({ state: 'missing', note: '仅有纸本，12 号盒' });
    expect(missingByYear(holdings)[0]?.notes).toEqual([{ number: 3, note: '仅有纸本，12 号盒' }]);
  });

  it('the first year of the record reaches before the first issue held', () => {
    const holdings = computeHoldings(record({ frequency: 'quarterly', firstYear: 2022, lastYear: 2023 }), [1, 2, 3, 4].map((n) => issue(2023, n)));
    expect(missing(holdings)).toEqual({ 2022: [1, 2, 3, 4], 2023: [] });
  });

  it('says number lists as people read them', () => {
    expect(numberRanges([8, 7, 1, 2, 3, 5])).toBe('1–3, 5, 7–8');
    expect(numberRanges([])).toBe('');
  });
});
