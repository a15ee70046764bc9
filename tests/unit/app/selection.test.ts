import { describe, expect, it } from 'vitest';
import type { IssueSummary } from '../../../shared/catalog';
import { libraryRows, yearKey } from '../../../renderer/src/views/library-rows';
import {
  NO_SELECTION,
  issuesByYear,
  keepListed,
  selectRange,
  shownIssueIds,
  toggleIssue,
  toggleWholeYear,
  yearState,
} from '../../../renderer/src/views/selection';

function issue(year: number, number: number): IssueSummary {
  return {
    id: `i${year}-${number}`,
    series: '甲',
    year,
    number,
    totalNumber: null,
    date: null,
    articleCount: 2,
    importedAt: '',
    needsReview: false,
  };
}

const shown = ['a', 'b', 'c', 'd', 'e'];
const ids = (s: { ids: ReadonlySet<string> }) => [...s.ids].sort();

describe('selection of issues for batch work', () => {
  it('toggles one issue in and out, and anchors ranges on it', () => {
    const one = toggleIssue(NO_SELECTION, 'b');
    expect(ids(one)).toEqual(['b']);
    expect(one.anchor).toBe('b');
    expect(ids(toggleIssue(one, 'b'))).toEqual([]);
  });

  it('selects a range from the anchor in either direction, keeping what was selected', () => {
    const start = toggleIssue(toggleIssue(NO_SELECTION, 'e'), 'b');
    expect(ids(selectRange(start, shown, 'd'))).toEqual(['b', 'c', 'd', 'e']);
    const up = toggleIssue(NO_SELECTION, 'd');
    expect(ids(selectRange(up, shown, 'a'))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('selects only the clicked issue when there is no anchor shown', () => {
    expect(ids(selectRange(NO_SELECTION, shown, 'c'))).toEqual(['c']);
    const gone = { ids: new Set<string>(), anchor: 'zz' };
    expect(ids(selectRange(gone, shown, 'c'))).toEqual(['c']);
  });

  it('selects a whole year from its heading, and clears it when all of it was selected', () => {
    const year = ['a', 'b', 'c'];
    expect(yearState(NO_SELECTION, year)).toBe('none');
    const some = toggleIssue(NO_SELECTION, 'b');
    expect(yearState(some, year)).toBe('some');
    const all = toggleWholeYear(some, year);
    expect(yearState(all, year)).toBe('all');
    expect(ids(toggleWholeYear(all, year))).toEqual([]);
  });

  it('forgets issues the library no longer lists', () => {
    const s = toggleIssue(toggleIssue(NO_SELECTION, 'a'), 'b');
    const kept = keepListed(s, new Set(['a']));
    expect(ids(kept)).toEqual(['a']);
    expect(kept.anchor).toBeNull();
    expect(keepListed(s, new Set(['a', 'b']))).toBe(s);
  });

  it('knows the issues of a collapsed year from the uncollapsed rows', () => {
    const issues = [issue(2024, 2), issue(2024, 1), issue(2023, 5)];
    const full = libraryRows(issues, null, '');
    const years = issuesByYear(full);
    expect(years.get(yearKey('甲', 2024))).toEqual(['i2024-2', 'i2024-1']);
    expect(years.get(yearKey('甲', 2023))).toEqual(['i2023-5']);
    const folded = libraryRows(issues, null, '', { collapsed: new Set([yearKey('甲', 2024)]) });
    expect(shownIssueIds(folded)).toEqual(['i2023-5']);
  });
});
