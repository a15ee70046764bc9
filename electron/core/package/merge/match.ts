import { issueFiles } from '../../../../shared/catalog';
import type { Issue } from '../../../../shared/catalog';

export type MatchedBy = 'checksum' | 'number';

/**
 * The issue the library holds that a packaged one is: any file in common first (the same bytes
 * are the same issue, whatever either side says its number is), then series + year + number
 * (增刊 apart), the same rule commitIssue's duplicate check applies, so an issue not matched
 * here can be added without being refused as a duplicate.
 */
export function matchHeld(issues: readonly Issue[], theirs: Issue): { issue: Issue; by: MatchedBy } | null {
  const files = new Set(issueFiles(theirs).map((f) => f.sha256));
  const byFile = issues.find((i) => issueFiles(i).some((f) => files.has(f.sha256)));
  if (byFile) return { issue: byFile, by: 'checksum' };
  if (theirs.year === null || theirs.number === null) return null;
  const byNumber = issues.find(
    (i) => i.series === theirs.series && i.year === theirs.year && i.number === theirs.number && i.supplement === theirs.supplement,
  );
  return byNumber ? { issue: byNumber, by: 'number' } : null;
}

/** The package's id when the library does not use it, else the first free one after it. */
export function freeIssueId(issues: readonly Issue[], wanted: string): string {
  const taken = new Set(issues.map((i) => i.id));
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n += 1) {
    const suffix = `-m${n}`;
    const id = `${wanted.slice(0, 64 - suffix.length)}${suffix}`;
    if (!taken.has(id)) return id;
  }
}
