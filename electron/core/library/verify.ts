import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { ArchiveError } from '../errors';
import { sayMessage } from '../../../shared/message-text';
import type { ArchiveMessage } from '../../../shared/messages';
import { inspectJournal } from './annotations-journal';
import { inspectCatalogJournal } from './catalog-journal';
import type { JournalHealth } from './journal-file';
import { backupsUsage } from './backups';
import { ANNOTATIONS_JOURNAL_FILE, CATALOG_JOURNAL_FILE, FILES_DIR, TEXTS_DIR, originalFile, textsFile } from './layout';
import { formatIssueRef } from './issue-ref';
import { issueFiles } from '../../../shared/catalog';
import { recycledIssues } from './recycle';
import type { Library } from './library';
import { scanProblems } from './verify-scans';
import type { ScanProblem } from './verify-scans';

/**
 * Proof that a library is sound: every original present and matching its checksum, every
 * issue's texts present, readable and matching the catalogue, nothing left unreferenced, and no annotation
 * change lost from the journal. (The search index is checked by search/index-check.ts: library
 * code does not depend on search.)
 */
export type VerifyProblem =
  | { kind: 'original-missing' | 'original-altered' | 'texts-missing' | 'texts-damaged' | 'texts-mismatch'; issue: string; path: string; message: string }
  | { kind: 'orphan-file' | 'orphan-texts' | 'journal-damaged' | 'index-damaged'; path: string; message: string; said?: ArchiveMessage }
  | ScanProblem;

export interface VerifyReport {
  issues: number;
  originals: number;
  problems: VerifyProblem[];
  /** What the rolling backups take (they are bounded by count and size: backups.ts). */
  backups: { files: number; bytes: number };
}

export async function verifyLibrary(library: Library): Promise<VerifyReport> {
  const problems: VerifyProblem[] = [];
  const issues = library.issues();
  const expectedFiles = new Set<string>();
  const expectedTexts = new Set<string>();
  // Issues in the recycle area keep their files (they can be restored): those are not orphans.
  const recycledEntries = await recycledIssues(library);
  for (const recycled of recycledEntries) for (const f of issueFiles(recycled)) expectedFiles.add(path.basename(originalFile(f.sha256, f.ext)));
  for (const issue of issues) {
    const label = `${formatIssueRef(issue)} (${issue.id})`;
    expectedTexts.add(path.basename(textsFile(issue.id)));
    // Every file of the issue (issue 14), the original first.
    for (const file of issueFiles(issue)) {
      const original = originalFile(file.sha256, file.ext);
      expectedFiles.add(path.basename(original));
      const actual = await sha256Of(path.join(library.dir, original));
      if (actual === null) {
        problems.push({ kind: 'original-missing', issue: issue.id, path: original, message: `${label}: the original file ${original} is missing.` });
      } else if (actual !== file.sha256) {
        problems.push({ kind: 'original-altered', issue: issue.id, path: original, message: `${label}: the original file ${original} has been changed (its checksum no longer matches).` });
      }
    }
    problems.push(...(await checkTexts(library, issue.id, label, issue.articles.map((a) => a.id))));
  }
  for (const name of await listFolder(path.join(library.dir, FILES_DIR))) {
    if (!expectedFiles.has(name)) problems.push({ kind: 'orphan-file', path: path.join(FILES_DIR, name), message: `${path.join(FILES_DIR, name)} belongs to no issue.` });
  }
  for (const name of await listFolder(path.join(library.dir, TEXTS_DIR))) {
    if (!expectedTexts.has(name)) problems.push({ kind: 'orphan-texts', path: path.join(TEXTS_DIR, name), message: `${path.join(TEXTS_DIR, name)} belongs to no issue.` });
  }
  problems.push(...(await scanProblems(library.dir, issues, recycledEntries)));
  problems.push(...journalProblems(library));
  return { issues: issues.length, originals: expectedFiles.size, problems, backups: await backupsUsage(library.dir) };
}

/**
 * Lost annotation changes: what opening the library found (and set aside) and what is wrong with the
 * journal now. An unfinished last line (a save interrupted) is not a problem: nothing acknowledged
 * was in it, and opening has already said so.
 */
function journalProblems(library: Library): VerifyProblem[] {
  return [...annotationsJournalProblems(library), ...catalogueJournalProblems(library)];
}

function annotationsJournalProblems(library: Library): VerifyProblem[] {
  const file = ANNOTATIONS_JOURNAL_FILE;
  const found = library.notices.filter((n) => (n.code === 'journal-damaged' || n.code === 'journal-set-aside') && n.file === file);
  return problemsOfJournal(file, found, () => inspectJournal(library.dir, library.annotations.journal), (problem) => ({ code: 'journal-damaged', file, problem, movedTo: null }));
}

/** The same for catalog.journal (issue 19): changes lost from the catalogue are said, never silent. */
function catalogueJournalProblems(library: Library): VerifyProblem[] {
  const file = CATALOG_JOURNAL_FILE;
  const found = library.notices.filter((n) => n.code === 'catalogue-journal-damaged' || (n.code === 'journal-set-aside' && n.file === file));
  return problemsOfJournal(file, found, () => inspectCatalogJournal(library.dir, library.catalog().journal), (problem) => ({ code: 'catalogue-journal-damaged', file, problem, movedTo: null }));
}

/**
 * A journal's problems: what opening the library already found and said, or else what a look at
 * the file finds now (a damaged start, lines that cannot be read).
 */
function problemsOfJournal(
  file: string,
  found: readonly ArchiveMessage[],
  inspect: () => JournalHealth,
  damaged: (problem: NonNullable<JournalHealth['start']>) => ArchiveMessage,
): VerifyProblem[] {
  const problems: VerifyProblem[] = found.map((notice) => ({ kind: 'journal-damaged', path: file, message: sayMessage('en', notice), said: notice }));
  if (found.length > 0) return problems;
  const health = inspect();
  if (health.start !== null) {
    const said = damaged(health.start);
    problems.push({ kind: 'journal-damaged', path: file, message: sayMessage('en', said), said });
  }
  if (health.unreadableLines > 0) {
    problems.push({ kind: 'journal-damaged', path: file, message: `${file}: ${health.unreadableLines} change(s) cannot be read; open the library once to keep a copy in damaged/ and recover the rest.` });
  }
  return problems;
}

async function checkTexts(library: Library, issueId: string, label: string, articleIds: string[]): Promise<VerifyProblem[]> {
  const file = textsFile(issueId);
  if (!(await fs.access(path.join(library.dir, file)).then(() => true, () => false))) {
    return [{ kind: 'texts-missing', issue: issueId, path: file, message: `${label}: the article texts ${file} are missing.` }];
  }
  try {
    const texts = await library.getTexts(issueId);
    const ids = texts.articles.map((a) => a.id);
    if (ids.join('\n') !== articleIds.join('\n')) {
      return [{ kind: 'texts-mismatch', issue: issueId, path: file, message: `${label}: ${file} holds ${ids.length} articles but the catalogue lists ${articleIds.length}.` }];
    }
    return [];
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    return [{ kind: 'texts-damaged', issue: issueId, path: file, message: `${label}: ${error.message}` }];
  }
}

async function sha256Of(file: string): Promise<string | null> {
  try {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
    return hash.digest('hex');
  } catch {
    return null;
  }
}

async function listFolder(dir: string): Promise<string[]> {
  try {
    return (await fs.readdir(dir)).filter((n) => !n.startsWith('.'));
  } catch {
    return [];
  }
}
