import type { Issue } from '../../../shared/catalog';
import type { IssuePatch } from '../../../shared/contract';
import { ArchiveError } from '../errors';
import { commitIssue } from './commit-issue';
import type { Library } from './library';
import { recycleIssue } from './recycle';

/**
 * A correction of the masthead or of any catalogue field is a change of the catalogue entry: it
 * goes through the one commit path, which checks it, keeps the 档号 unique and records it.
 */
export async function updateIssue(library: Library, issueId: string, patch: IssuePatch): Promise<Issue> {
  if (Object.keys(patch).length === 0) throw ArchiveError.of('bad-input', { code: 'edit-nothing-to-change' });
  return commitIssue(library, (issues) => {
    const issue = issues.find((i) => i.id === issueId);
    if (!issue) throw ArchiveError.of('not-found', { code: 'issue-not-found', issueId });
    return { issue: { ...issue, ...patch }, replaces: issueId };
  });
}

/**
 * Removes an issue from the catalogue into the recycle area (recycle.ts), from where it can be
 * restored; its originals stay, so a restore needs nothing but the recycled copy.
 */
export async function deleteIssue(library: Library, issueId: string): Promise<void> {
  await recycleIssue(library, issueId);
}
