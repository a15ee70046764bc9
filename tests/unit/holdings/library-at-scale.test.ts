import { describe, expect, it } from 'vitest';
import type { IssueSummary } from '../../../shared/catalog';
import { libraryRows, yearKey } from '../../../renderer/src/views/library-rows';

function issue(year: number, number: number, date: string | null, importedAt: string): IssueSummary {
  return { id: `${year}-${number}`, series: '工作动态', year, number, totalNumber: null, date, articleCount: 3, importedAt, needsReview: false };
}

// The library's own order: newest number first.
const issues = [issue(2024, 3, '2024-03-01', '2025-01-01'), issue(2024, 2, null, '2025-01-03'), issue(2024, 1, '2024-05-01', '2025-01-02'), issue(2023, 9, '2023-09-01', '2025-01-04')];
const ids = (rows: ReturnType<typeof libraryRows>) => rows.flatMap((row) => (row.kind === 'issue' ? [row.issue.id] : []));

describe('the library view at scale', () => {
  it('sorts inside each year by number, date or import time, newest first', () => {
    expect(ids(libraryRows(issues, null, '', { sort: 'number' }))).toEqual(['2024-3', '2024-2', '2024-1', '2023-9']);
    expect(ids(libraryRows(issues, null, '', { sort: 'date' }))).toEqual(['2024-1', '2024-3', '2024-2', '2023-9']);
    expect(ids(libraryRows(issues, null, '', { sort: 'imported' }))).toEqual(['2024-2', '2024-1', '2024-3', '2023-9']);
  });

  it('a collapsed year keeps its heading and count and hides its issues', () => {
    const rows = libraryRows(issues, '工作动态', '', { collapsed: new Set([yearKey('工作动态', 2024)]) });
    expect(rows.map((row) => (row.kind === 'issue' ? row.issue.id : `${row.kind}:${row.kind === 'year' ? `${row.year}:${row.count}:${row.collapsed}` : ''}`))).toEqual([
      'year:2024:3:true',
      'year:2023:1:false',
      '2023-9',
    ]);
  });

  it('year counts follow the filter', () => {
    const rows = libraryRows(issues, null, '2024');
    expect(rows.filter((row) => row.kind === 'year').map((row) => (row.kind === 'year' ? row.count : 0))).toEqual([3]);
  });
});
