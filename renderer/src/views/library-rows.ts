import type { IssueSummary } from '../../../shared/catalog';
import { matchesFilter } from '../format';

export type LibraryRow =
  | { kind: 'series'; key: string; series: string; count: number }
  | { kind: 'year'; key: string; year: number | null; count: number }
  | { kind: 'issue'; key: string; issue: IssueSummary };

/**
 * Series → years → issues, flattened for the virtual list. `issues` arrive sorted by series,
 * then newest first; the series heading is left out when only one series is shown.
 */
export function libraryRows(issues: readonly IssueSummary[], series: string | null, filter: string): LibraryRow[] {
  const shown = issues.filter((issue) => (series === null || issue.series === series) && matchesFilter(issue, filter));
  const showSeries = new Set(shown.map((issue) => issue.series)).size > 1;
  const rows: LibraryRow[] = [];
  const seriesCounts = new Map<string, number>();
  const yearCounts = new Map<string, number>();
  for (const issue of shown) {
    seriesCounts.set(issue.series, (seriesCounts.get(issue.series) ?? 0) + 1);
    const yearKey = `y:${issue.series}:${issue.year ?? '?'}`;
    yearCounts.set(yearKey, (yearCounts.get(yearKey) ?? 0) + 1);
  }
  let lastSeries: string | null = null;
  let lastYearKey: string | null = null;
  for (const issue of shown) {
    if (showSeries && issue.series !== lastSeries) {
      rows.push({ kind: 'series', key: `s:${issue.series}`, series: issue.series, count: seriesCounts.get(issue.series) ?? 0 });
    }
    lastSeries = issue.series;
    const yearKey = `y:${issue.series}:${issue.year ?? '?'}`;
    if (yearKey !== lastYearKey) {
      rows.push({ kind: 'year', key: yearKey, year: issue.year, count: yearCounts.get(yearKey) ?? 0 });
      lastYearKey = yearKey;
    }
    rows.push({ kind: 'issue', key: `i:${issue.id}`, issue });
  }
  return rows;
}
