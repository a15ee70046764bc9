import { promises as fs } from 'node:fs';
import path from 'node:path';
import { issueFiles } from '../../../shared/catalog';
import type { Issue } from '../../../shared/catalog';
import type { HistoryEntry } from '../../../shared/history';
import { ArchiveError } from '../errors';
import { commitIssue } from './commit-issue';
import { readHistory } from './history';
import { formatIssueRef } from './issue-ref';
import { originalFile } from './layout';
import type { Library } from './library';
import { recycledIssues, recycleIssue, restoreRecycled } from './recycle';

/**
 * Undo: a new change that puts back what an earlier one replaced, itself recorded (so it can be
 * undone in turn). Only a change whose result is still what the issue is now can be undone;
 * otherwise the later changes come first, so nothing is lost silently.
 */
export interface Undone {
  entry: HistoryEntry;
  /** The issue as it is now, or null when the undo took it out of the catalogue (an import undone). */
  issue: Issue | null;
}

/** The newest change that is not an undo and has not been undone: what "undo" takes back. */
export function lastUndoable(entries: readonly HistoryEntry[]): HistoryEntry | null {
  const undone = new Set(entries.flatMap((e) => (e.undoes ? [e.undoes] : [])));
  for (let i = entries.length - 1; i >= 0; i -= 1) {
    const entry = entries[i]!;
    if (entry.action !== 'undo' && !undone.has(entry.id) && (entry.before || entry.after)) return entry;
  }
  return null;
}

export async function undoChange(library: Library, entryId?: string): Promise<Undone> {
  const { entries } = await readHistory(library.dir);
  const entry = entryId === undefined ? lastUndoable(entries) : (entries.find((e) => e.id === entryId) ?? null);
  if (!entry) {
    throw entryId === undefined
      ? ArchiveError.of('not-found', { code: 'history-nothing-to-undo' })
      : ArchiveError.of('not-found', { code: 'history-entry-not-found', entryId });
  }
  const { before, after } = entry;
  if (!before && !after) throw ArchiveError.of('bad-input', { code: 'history-not-undoable', action: entry.action });
  if (after && !before) {
    // An import (or a restore) undone: the issue goes to the recycle area, from where it can come back.
    assertUnchanged(library, after.issue);
    await recycleIssue(library, after.issue.id, { undoes: entry.id });
    return { entry, issue: null };
  }
  if (before && !after) {
    // A delete undone: the issue comes back from the recycle area as it was.
    const issue = await restoreRecycled(library, before.issue.id, { undoes: entry.id });
    return { entry, issue };
  }
  const now = assertUnchanged(library, after!.issue);
  const restored = before!.issue;
  const texts = before!.texts;
  const issue = await commitIssue(library, () => ({
    issue: restored,
    ...(texts && { texts }),
    replaces: now.id,
    action: 'undo',
    undoes: entry.id,
  }));
  await pruneUnusedFiles(library, now, issue);
  return { entry, issue };
}

/** The issue as it is now, when it is what the change left; else the undo is refused. */
function assertUnchanged(library: Library, expected: Issue): Issue {
  const now = library.issues().find((i) => i.id === expected.id);
  if (!now) throw ArchiveError.of('not-found', { code: 'issue-not-found', issueId: expected.id });
  if (JSON.stringify(comparable(now)) !== JSON.stringify(comparable(expected))) {
    throw ArchiveError.of('bad-input', { code: 'history-changed-since', ref: formatIssueRef(now) });
  }
  return now;
}

/** The entry without what the library itself may have rewritten since (a migration's key order). */
function comparable(issue: Issue): unknown {
  return Object.fromEntries(Object.entries(issue).sort(([a], [b]) => a.localeCompare(b)));
}

/** An attach undone leaves a file no issue uses: remove it, unless another issue or the recycle area needs it. */
async function pruneUnusedFiles(library: Library, was: Issue, now: Issue): Promise<void> {
  const kept = new Set(issueFiles(now).map((f) => f.sha256));
  const gone = issueFiles(was).filter((f) => !kept.has(f.sha256));
  if (gone.length === 0) return;
  const needed = new Set([...library.issues(), ...(await recycledIssues(library))].flatMap((i) => issueFiles(i).map((f) => f.sha256)));
  for (const file of gone) {
    if (!needed.has(file.sha256)) await fs.rm(path.join(library.dir, originalFile(file.sha256, file.ext)), { force: true });
  }
}
