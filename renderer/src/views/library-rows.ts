import type { IssueSummary } from '../../../shared/catalog';
import { matchesFilter } from '../format';

export type LibraryRow =
  | { kind: 'series'; key: string; series: string; count: number }
  | { kind: 'year'; key: string; year: number | null; count: number; collapsed: boolean }
  | { kind: 'issue'; key: string; issue: IssueSummary };

/** How issues are ordered inside a year: by number (the library's own order), date, or import time; newest first. */
export type LibrarySort = 'number' | 'date' | 'imported';

export interface LibraryRowOptions {
  sort?: LibrarySort;
  /** Year groups shown as their heading only, by `yearKey`. */
  collapsed?: ReadonlySet<string>;
}

export function yearKey(series: string, year: number | null): string {
  return `y:${series}:${year ?? '?'}`;
}

/**
 * Series → years → issues, flattened for the virtual list. Groups keep the order in which the
 * library lists them (series by name, newest first); the series heading is left out when only
 * one series is shown. Counts are of the issues that pass the filter.
 */
export function libraryRows(issues: readonly IssueSummary[], series: string | null, filter: string, options: LibraryRowOptions = {}): LibraryRow[] {
  const groups = new Map<string, Map<number | null, IssueSummary[]>>();
  for (const issue of issues) {
    if ((series !== null && issue.series !== series) || !matchesFilter(issue, filter)) continue;
    const years = groups.get(issue.series) ?? new Map<number | null, IssueSummary[]>();
    groups.set(issue.series, years);
    const list = years.get(issue.year) ?? [];
    years.set(issue.year, list);
    list.push(issue);
  }
  const compare = COMPARE[options.sort ?? 'number'];
  const rows: LibraryRow[] = [];
  for (const [name, years] of groups) {
    if (groups.size > 1) {
      const count = [...years.values()].reduce((sum, list) => sum + list.length, 0);
      rows.push({ kind: 'series', key: `s:${name}`, series: name, count });
    }
    for (const [year, list] of years) {
      const key = yearKey(name, year);
      const collapsed = options.collapsed?.has(key) ?? false;
      rows.push({ kind: 'year', key, year, count: list.length, collapsed });
      if (collapsed) continue;
      const ordered = compare ? [...list].sort(compare) : list;
      for (const issue of ordered) rows.push({ kind: 'issue', key: `i:${issue.id}`, issue });
    }
  }
  return rows;
}

// Newest first in every order; an issue without a date goes after the dated ones.
const COMPARE: Record<LibrarySort, ((a: IssueSummary, b: IssueSummary) => number) | null> = {
  number: null,
  date: (a, b) => (b.date ?? '').localeCompare(a.date ?? ''),
  imported: (a, b) => b.importedAt.localeCompare(a.importedAt),
};
