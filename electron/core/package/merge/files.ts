import { issueFiles } from '../../../../shared/catalog';
import type { Issue, IssueFile } from '../../../../shared/catalog';

/**
 * The package's files the held issue lacks, attached with their roles. The package's original
 * sits beside the library's as another representation (the library's stays what its texts were
 * read from). The list is kept in the order the files were added, then by checksum, so two
 * libraries that attached different files end with the same list whichever merges first.
 */
export function filesLacking(ours: Issue, theirs: Issue): IssueFile[] {
  const held = new Set(issueFiles(ours).map((f) => f.sha256));
  return issueFiles(theirs)
    .filter((f) => !held.has(f.sha256))
    .map((f) => (f.role === 'original' ? { ...f, role: 'representation' as const } : f));
}

export function withFiles(issue: Issue, added: readonly IssueFile[]): Issue {
  if (added.length === 0) return issue;
  const files = [...issue.files, ...added].sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.sha256.localeCompare(b.sha256));
  return { ...issue, files };
}
