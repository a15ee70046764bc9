import { blankSeriesRecord } from '../../../shared/holdings-record';
import type { SeriesRecord } from '../../../shared/holdings-record';

/**
 * The series side of catalogue schema 2 → 3: every issue says whether it is a 合刊 or a 增刊
 * (nothing in a schema-2 catalogue says so: it is neither), and every series named by an issue
 * gets a record, its issuing unit taken from its mastheads. Works on the raw file, before the
 * schema check; anything it does not recognise it leaves for the check to report.
 */
export function addSeriesRecords(raw: Record<string, unknown>): Record<string, unknown> {
  const issues = Array.isArray(raw['issues']) ? raw['issues'].map(withRunFields) : raw['issues'];
  const series = Array.isArray(raw['series']) ? raw['series'] : Array.isArray(issues) ? derivedRecords(issues) : [];
  return { ...raw, issues, series };
}

function withRunFields(issue: unknown): unknown {
  if (typeof issue !== 'object' || issue === null || Array.isArray(issue)) return issue;
  return { numberTo: null, supplement: false, ...issue };
}

/** One record per series named by the issues, in the order they first appear. */
export function derivedRecords(issues: readonly unknown[]): SeriesRecord[] {
  const units = new Map<string, Map<string, number>>();
  for (const issue of issues) {
    if (typeof issue !== 'object' || issue === null) continue;
    const name = 'series' in issue && typeof issue.series === 'string' ? issue.series : null;
    if (!name) continue;
    const counts = units.get(name) ?? new Map<string, number>();
    units.set(name, counts);
    const publisher = 'publisher' in issue && typeof issue.publisher === 'string' ? issue.publisher.trim() : '';
    if (publisher) counts.set(publisher, (counts.get(publisher) ?? 0) + 1);
  }
  return [...units].map(([name, counts]) => blankSeriesRecord(name, mostFrequent(counts)));
}

function mostFrequent(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}
