import type { IssueSummary } from '../../../shared/catalog';
import { matchesFilter } from '../format';

export type LibraryRow =
  | { kind: 'series'; key: string; series: string; count: number }
  | { kind: 'year'; key: string; year: number | null; count: number }
  | { kind: 'issue'; key: string; issue: IssueSummary };

/**
 * Series → years → issues, flattened for the virtual list. Groups keep the order in which the
 * library lists them (series by name, newest first); the series heading is left out when only
 * one series is shown.
 */
export function libraryRows(issues: readonly IssueSummary[], series: string | null, filter: string): LibraryRow[] {
  const groups = new Map<string, Map<number | null, IssueSummary[]>>();
  for (const issue of issues) {
    if ((series !== null && issue.series !== series) || !matchesFilter(issue, filter)) continue;
    const years = groups.get(issue.series) ?? new Map<number | null, IssueSummary[]>();
    groups.set(issue.series, years);
    const list = years.get(issue.year) ?? [];
    years.set(issue.year, list);
    list.push(issue);
  }
  const rows: LibraryRow[] = [];
  for (const [name, years] of groups) {
    if (groups.size > 1) {
      const count = [...years.values()].reduce((sum, list) => sum + list.length, 0);
      rows.push({ kind: 'series', key: `s:${name}`, series: name, count });
    }
    for (const [year, list] of years) {
      rows.push({ kind: 'year', key: `y:${name}:${year ?? '?'}`, year, count: list.length });
      for (const issue of list) rows.push({ kind: 'issue', key: `i:${issue.id}`, issue });
    }
  }
  return rows;
}
