import { describe, expect, it } from 'vitest';
import type { IssueSummary } from '../../../shared/catalog';
import { libraryRows } from '../../../renderer/src/views/library-rows';

function issue(series: string, year: number | null, number: number): IssueSummary {
  return {
    id: `${series}-${year}-${number}`,
    series,
    year,
    number,
    totalNumber: null,
    date: null,
    articleCount: 3,
    importedAt: '',
    needsReview: false,
  };
}

const issues = [issue('甲', 2024, 2), issue('甲', 2024, 1), issue('甲', 2023, 9), issue('乙', 2024, 5), issue('乙', null, 1)];

describe('libraryRows', () => {
  it('groups all series by series, then year', () => {
    const rows = libraryRows(issues, null, '');
    expect(
      rows.map((row) =>
        row.kind === 'issue' ? row.issue.id : `${row.kind}:${row.kind === 'series' ? row.series : row.year}:${row.count}`,
      ),
    ).toEqual([
      'series:甲:3',
      'year:2024:2',
      '甲-2024-2',
      '甲-2024-1',
      'year:2023:1',
      '甲-2023-9',
      'series:乙:2',
      'year:2024:1',
      '乙-2024-5',
      'year:null:1',
      '乙-null-1',
    ]);
  });

  it('leaves out the series heading when one series is shown', () => {
    const rows = libraryRows(issues, '乙', '');
    expect(rows.map((row) => row.kind)).toEqual(['year', 'issue', 'year', 'issue']);
  });

  it('filters ignoring spaces', () => {
    const rows = libraryRows(issues, null, '2024年第1期');
    expect(rows.filter((row) => row.kind === 'issue')).toHaveLength(1);
  });

  it('keeps keys unique for the virtual list', () => {
    const many = Array.from({ length: 3000 }, (_, i) => issue(`S${i % 7}`, 2000 + (i % 25), i));
    const rows = libraryRows(many, null, '');
    expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
  });
});
