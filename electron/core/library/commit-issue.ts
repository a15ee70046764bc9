import { promises as fs } from 'node:fs';
import path from 'node:path';
import { issueFiles, IssueTextsSchema } from '../../../shared/catalog';
import type { Catalog, Issue, IssueTexts } from '../../../shared/catalog';
import type { HistoryAction, IssueState } from '../../../shared/history';
import type { ScanReading } from '../../../shared/scan';
import { sayMessage } from '../../../shared/message-text';
import type { ArchiveMessage } from '../../../shared/messages';
import { ArchiveError } from '../errors';
import { writeFileDurably } from './durable-file';
import { notePendingFiles } from './interrupted-commits';
import type { PendingNote } from './interrupted-commits';
import { formatIssueRef } from './issue-ref';
import { originalFile, textsFile } from './layout';
import type { Library } from './library';
import { recordHistory } from './history';
import { assignReference } from './reference';
import { scanFile, writeScanFile } from './scan-file';

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
  /** What OCR read on the pages of a scanned original (issue 16), written as scans/<id>.json with the texts. */
  scan?: ScanReading;
  /** The id of the entry this one replaces (a change); absent for a new issue. */
  replaces?: string;
  /** What the history calls this change; by default `import` for a new issue, `edit` for a change. */
  action?: HistoryAction;
  /** For an undo: the history entry it takes back. */
  undoes?: string;
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
  // Any file of another issue counts: a PDF attached beside a text is as much in the library.
  const mine = new Set(issueFiles(candidate).map((f) => f.sha256));
  const { series, year, number } = candidate;
  // One pass that allocates nothing per entry (issue 19: every import runs this over the whole catalogue).
  let sameId: Issue | undefined;
  let sameNumber: Issue | undefined;
  for (const other of issues) {
    if (other.id === replaces) continue;
    if (mine.has(other.original.sha256) || other.files.some((f) => mine.has(f.sha256))) return { existing: other, clash: 'same-file' };
    if (sameId === undefined && other.id === candidate.id) sameId = other;
    // A 增刊 is numbered apart from the run: 增刊第1期 is not 第1期.
    if (
      sameNumber === undefined &&
      year !== null &&
      number !== null &&
      other.series === series &&
      other.year === year &&
      other.number === number &&
      other.supplement === candidate.supplement
    ) {
      sameNumber = other;
    }
  }
  if (sameId) return { existing: sameId, clash: 'same-id' };
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
  let change: { action: HistoryAction; before: IssueState | null; after: IssueState; undoes?: string } | null = null;
  try {
    return await library.writeCatalog(
      async (catalog) => {
        const commit = plan(catalog.issues);
        const index = commit.replaces === undefined ? -1 : catalog.issues.findIndex((i) => i.id === commit.replaces);
        if (commit.replaces !== undefined && index < 0) {
          throw ArchiveError.of('not-found', { code: 'issue-not-found', issueId: commit.replaces });
        }
        // A new object always: the catalogue finds what a change changed by reference (library.ts writeCatalog).
        const issue = { ...withReference(catalog, commit, index >= 0) };
        const duplicate = findDuplicate(catalog.issues, issue, commit.replaces);
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
        let beforeTexts: IssueTexts | undefined;
        if (commit.texts) {
          const written = await writeTexts(library.dir, issue.id, commit.texts);
          undo.push(written.putBack);
          beforeTexts = written.before;
        }
        if (commit.scan) undo.push(await writeScanFile(library.dir, issue.id, commit.scan));
        const before = index >= 0 ? catalog.issues[index]! : null;
        change = {
          action: commit.action ?? (index < 0 ? 'import' : 'edit'),
          // Texts go into the history only when a change replaced them: what an undo needs to put back.
          before: before && { issue: structuredClone(before), ...(beforeTexts && { texts: beforeTexts }) },
          after: { issue: structuredClone(issue), ...(before && commit.texts && { texts: commit.texts }) },
          ...(commit.undoes !== undefined && { undoes: commit.undoes }),
        };
        if (index < 0) catalog.issues.push(issue);
        else catalog.issues[index] = issue;
        return { ...issue };
      },
      // Recorded under the same lock, right after catalog.json: the history's order is the catalogue's.
      async () => {
        if (change) await recordHistory(library.dir, change);
      },
    );
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
  if (commit.scan) planned.push(scanFile(commit.issue.id));
  const absent = await Promise.all(planned.map(async (file) => !(await exists(path.join(dir, file)))));
  return planned.filter((_, i) => absent[i]);
}

/** Writes the texts and returns how to put back what was there before (and what that was, for the history). */
async function writeTexts(dir: string, issueId: string, texts: IssueTexts): Promise<{ putBack: () => Promise<void>; before: IssueTexts | undefined }> {
  const file = path.join(dir, textsFile(issueId));
  const before = await fs.readFile(file).catch(() => null);
  await writeFileDurably(file, `${JSON.stringify(texts)}\n`);
  return {
    putBack: () => (before === null ? fs.rm(file, { force: true }) : writeFileDurably(file, before)),
    before: before === null ? undefined : parsedTexts(before),
  };
}

function parsedTexts(bytes: Buffer): IssueTexts | undefined {
  try {
    const parsed = IssueTextsSchema.safeParse(JSON.parse(bytes.toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The entry with its 档号: checked unique when set, generated when the pattern's facts are all known. */
function withReference(catalog: Catalog, commit: IssueCommit, change: boolean): Issue {
  // An undo puts back exactly what was there, 档号 included (or its absence).
  if (commit.action === 'undo') return assignReference(catalog, commit.issue, commit.replaces, { generate: false });
  return assignReference(catalog, commit.issue, change ? commit.replaces : undefined, { generate: true });
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
