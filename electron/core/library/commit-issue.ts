import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Issue, IssueTexts } from '../../../shared/catalog';
import { sayMessage } from '../../../shared/message-text';
import type { ArchiveMessage } from '../../../shared/messages';
import { ArchiveError } from '../errors';
import { writeFileDurably } from './durable-file';
import { notePendingFiles } from './interrupted-commits';
import type { PendingNote } from './interrupted-commits';
import { formatIssueRef } from './issue-ref';
import { originalFile, textsFile } from './layout';
import type { Library } from './library';

/**
 * The one way an issue enters or changes in the catalogue: its original file(s), its texts and
 * its catalogue entry, under the library lock, with one duplicate rule and one rollback. Every
 * importer (a parsed bulletin, a reviewed draft, a restored JSON export) and every masthead edit
 * comes through here, so the next kind of change (several files per issue) has one place to go.
 */

/** One original file of an issue: kept byte for byte, content-addressed, never rewritten. */
export interface IssueOriginal {
  sha256: string;
  ext: string;
  bytes: Uint8Array;
}

export interface IssueCommit {
  /** The complete catalogue entry as it is to be saved. */
  issue: Issue;
  /** The article bodies; required for a new issue, left as they are on a change when absent. */
  texts?: IssueTexts;
  /** A list already, because an issue will soon carry several files (a PDF and its Word source). */
  originals?: readonly IssueOriginal[];
  /** The id of the entry this one replaces (a change); absent for a new issue. */
  replaces?: string;
}

/** Why two entries are the same issue. */
export type DuplicateClash = 'same-file' | 'same-id' | 'same-number';

/** The issue is already in the library; `existing` is the entry that is there. */
export class DuplicateIssueError extends ArchiveError {
  constructor(
    readonly existing: Issue,
    readonly clash: DuplicateClash,
    readonly change: boolean,
  ) {
    const said = duplicateMessage(existing, clash, change);
    super('duplicate', sayMessage('en', said), said);
  }
}

/**
 * The duplicate rule: the same original file, the same id, or the same series, year and number
 * (when both are known) as another entry. A change is compared with every entry but its own.
 */
export function findDuplicate(issues: readonly Issue[], candidate: Issue, replaces?: string): { existing: Issue; clash: DuplicateClash } | null {
  const others = issues.filter((i) => i.id !== replaces);
  const sameFile = others.find((i) => i.original.sha256 === candidate.original.sha256);
  if (sameFile) return { existing: sameFile, clash: 'same-file' };
  const sameId = others.find((i) => i.id === candidate.id);
  if (sameId) return { existing: sameId, clash: 'same-id' };
  const { series, year, number } = candidate;
  if (year === null || number === null) return null;
  // A 增刊 is numbered apart from the run: 增刊第1期 is not 第1期.
  const sameNumber = others.find((i) => i.series === series && i.year === year && i.number === number && i.supplement === candidate.supplement);
  return sameNumber ? { existing: sameNumber, clash: 'same-number' } : null;
}

/**
 * Decides the commit on the freshly loaded catalogue (`plan` may pick an id that is free) and
 * writes it: originals not yet present, then texts, then catalog.json, the commit point. If any
 * step fails, every file this commit wrote is removed or put back, so the library is as it was.
 */
export async function commitIssue(library: Library, plan: (issues: readonly Issue[]) => IssueCommit): Promise<Issue> {
  const undo: (() => Promise<void>)[] = [];
  const pending: PendingNote[] = [];
  try {
    return await library.writeCatalog(async (catalog) => {
      const commit = plan(catalog.issues);
      const index = commit.replaces === undefined ? -1 : catalog.issues.findIndex((i) => i.id === commit.replaces);
      if (commit.replaces !== undefined && index < 0) {
        throw ArchiveError.of('not-found', { code: 'issue-not-found', issueId: commit.replaces });
      }
      const duplicate = findDuplicate(catalog.issues, commit.issue, commit.replaces);
      if (duplicate) throw new DuplicateIssueError(duplicate.existing, duplicate.clash, commit.replaces !== undefined);
      if (index < 0 && !commit.texts) throw new Error('a new issue needs its texts');
      // Noted first, so a kill before catalog.json leaves no orphans (interrupted-commits.ts).
      const fresh = await filesToCreate(library.dir, commit);
      if (fresh.length > 0) pending.push(await notePendingFiles(library.dir, fresh));
      for (const original of commit.originals ?? []) {
        const file = path.join(library.dir, originalFile(original.sha256, original.ext));
        if (await exists(file)) continue;
        await writeFileDurably(file, original.bytes);
        undo.push(() => fs.rm(file, { force: true }));
      }
      if (commit.texts) undo.push(await writeTexts(library.dir, commit.issue.id, commit.texts));
      if (index < 0) catalog.issues.push(commit.issue);
      else catalog.issues[index] = commit.issue;
      return { ...commit.issue };
    });
  } catch (error) {
    for (const step of undo.reverse()) await step();
    throw error;
  } finally {
    for (const note of pending) await note.clear();
  }
}

/** The files this commit will create (not those it replaces), relative to the library. */
async function filesToCreate(dir: string, commit: IssueCommit): Promise<string[]> {
  const planned = (commit.originals ?? []).map((o) => originalFile(o.sha256, o.ext));
  if (commit.texts) planned.push(textsFile(commit.issue.id));
  const absent = await Promise.all(planned.map(async (file) => !(await exists(path.join(dir, file)))));
  return planned.filter((_, i) => absent[i]);
}

/** Writes the texts and returns how to put back what was there before. */
async function writeTexts(dir: string, issueId: string, texts: IssueTexts): Promise<() => Promise<void>> {
  const file = path.join(dir, textsFile(issueId));
  const before = await fs.readFile(file).catch(() => null);
  await writeFileDurably(file, `${JSON.stringify(texts)}\n`);
  return () => (before === null ? fs.rm(file, { force: true }) : writeFileDurably(file, before));
}

function duplicateMessage(existing: Issue, clash: DuplicateClash, change: boolean): ArchiveMessage {
  const ref = formatIssueRef(existing);
  const seen = { ref, date: existing.importedAt.slice(0, 10), from: existing.original.name };
  if (change) return { code: 'duplicate-issue', issue: ref, from: existing.original.name };
  switch (clash) {
    case 'same-file':
      return { code: 'already-imported-file', ...seen };
    case 'same-id':
      return { code: 'already-imported-id', ...seen };
    case 'same-number':
      return { code: 'already-imported-issue', ...seen };
    default: {
      const never: never = clash;
      return never;
    }
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
