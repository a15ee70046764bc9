import type { Issue } from '../../../shared/catalog';
import { ArchiveError } from '../errors';

/** Library order: series by name, then newest year and number first. */
export function compareIssues(a: Issue, b: Issue): number {
  return (
    a.series.localeCompare(b.series, 'zh-Hans-CN') ||
    (b.year ?? -1) - (a.year ?? -1) ||
    (b.number ?? -1) - (a.number ?? -1) ||
    a.importedAt.localeCompare(b.importedAt)
  );
}

/** `series:year:number` as people write it, e.g. 科技情报参考:2024:3. */
export function formatIssueRef(issue: Pick<Issue, 'series' | 'year' | 'number'>): string {
  return `${issue.series}:${issue.year ?? '?'}:${issue.number ?? '?'}`;
}

export function findIssueByRef(issues: readonly Issue[], ref: string): Issue {
  const trimmed = ref.trim();
  const byId = issues.find((i) => i.id === trimmed);
  if (byId) return byId;
  const match = /^(.+)[:：](\d{4})[:：](\d{1,4})$/.exec(trimmed);
  if (match) {
    const [, series, year, number] = match;
    const found = issues.find((i) => i.series === series && i.year === Number(year) && i.number === Number(number));
    if (found) return found;
  }
  throw ArchiveError.of('not-found', { code: 'issue-ref-not-found', ref });
}
