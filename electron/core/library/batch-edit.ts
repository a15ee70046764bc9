import type { Issue } from '../../../shared/catalog';
import type { IssuePatch } from '../../../shared/contract';
import { ArchiveError } from '../errors';
import { DuplicateIssueError, findDuplicate } from './commit-issue';
import { recordHistory } from './history';
import type { Library } from './library';
import { assignReference } from './reference';

/**
 * Batch work: one field set on several issues, or several issues moved to another series, as one
 * change: every issue is checked against the catalogue as it will be (the duplicate rule, the
 * 档号 rule) before anything is saved, so a batch is applied whole or not at all. Each issue's
 * change is recorded in the history on its own, so each can be undone.
 */
export async function updateIssues(library: Library, issueIds: readonly string[], patch: IssuePatch): Promise<Issue[]> {
  if (Object.keys(patch).length === 0) throw ArchiveError.of('bad-input', { code: 'edit-nothing-to-change' });
  const changes: { before: Issue; after: Issue }[] = [];
  return library.writeCatalog(
    async (catalog) => {
      changes.length = 0;
      for (const issueId of new Set(issueIds)) {
        const index = catalog.issues.findIndex((i) => i.id === issueId);
        if (index < 0) throw ArchiveError.of('not-found', { code: 'issue-not-found', issueId });
        const before = catalog.issues[index]!;
        // A 档号 is one issue's own: a batch never copies one onto several issues.
        const { reference: _ignored, ...shared } = patch;
        const after = assignReference(catalog, { ...before, ...shared }, issueId, { generate: true });
        const duplicate = findDuplicate(catalog.issues, after, issueId);
        if (duplicate) throw new DuplicateIssueError(duplicate.existing, duplicate.clash, true);
        catalog.issues[index] = after;
        changes.push({ before: structuredClone(before), after: structuredClone(after) });
      }
      return changes.map((c) => c.after);
    },
    async () => {
      for (const { before, after } of changes) await recordHistory(library.dir, { action: 'edit', before: { issue: before }, after: { issue: after } });
    },
  );
}
