import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Issue } from '../../../shared/catalog';
import type { MastheadPatch } from '../../../shared/contract';
import { ArchiveError } from '../errors';
import { commitIssue } from './commit-issue';
import { originalFile, textsFile } from './layout';
import type { Library } from './library';

/** A masthead correction is a change of the catalogue entry: it goes through the one commit path. */
export async function updateIssue(library: Library, issueId: string, patch: MastheadPatch): Promise<Issue> {
  return commitIssue(library, (issues) => {
    const issue = issues.find((i) => i.id === issueId);
    if (!issue) throw ArchiveError.of('not-found', { code: 'issue-not-found', issueId });
    return { issue: { ...issue, ...patch }, replaces: issueId };
  });
}

/**
 * Removes an issue: the catalogue entry first (the commit point), then its texts and original.
 * A crash between the two leaves unreferenced files that `verify` lists, never a dangling entry.
 */
export async function deleteIssue(library: Library, issueId: string): Promise<void> {
  const removed = await library.writeCatalog(async (catalog) => {
    const index = catalog.issues.findIndex((i) => i.id === issueId);
    if (index < 0) throw ArchiveError.of('not-found', { code: 'issue-not-found', issueId });
    const [issue] = catalog.issues.splice(index, 1);
    return issue!;
  });
  await fs.rm(path.join(library.dir, textsFile(removed.id)), { force: true });
  await fs.rm(path.join(library.dir, originalFile(removed.original.sha256, removed.original.ext)), { force: true });
}
