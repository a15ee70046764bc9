import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ImportOutcome } from '../../../shared/contract';
import { ArchiveError } from '../errors';
import type { Library } from './library';
import type { DocumentMasthead } from '../importers/as-document';
import { BULLETIN_EXTENSIONS, isBulletinFileName } from '../../../shared/formats';
import type { ScanProgress } from '../../../shared/scan';
import type { SameIssueChoice } from '../../../shared/contract/import';

/**
 * Importing many files: a whole folder of back issues. Each file is its own atomic import, so a
 * failure or a cancel between files leaves everything imported so far intact.
 */
/** Bulletin files, and issues exported as JSON by this app (restored as they were). */
export { BULLETIN_EXTENSIONS, isBulletinFileName };

export interface BatchProgress {
  done: number;
  total: number;
  current: string | null;
  elapsedMs: number;
  /** Estimated from the average so far; null until one file is done. */
  remainingMs: number | null;
  counts: Record<ImportOutcome['status'], number>;
}

export interface BatchResult {
  outcomes: ImportOutcome[];
  cancelled: boolean;
  /** Files under the given folders that are not bulletin formats, left alone. */
  skipped: string[];
}

/** Expands folders (recursively, hidden entries skipped) into bulletin files, in a stable order. */
export async function collectBulletinFiles(paths: readonly string[]): Promise<{ files: string[]; skipped: string[] }> {
  const files: string[] = [];
  const skipped: string[] = [];
  async function walk(dir: string): Promise<void> {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN', { numeric: true }));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) (isBulletinFileName(entry.name) ? files : skipped).push(full);
    }
  }
  for (const given of paths) {
    const stat = await fs.stat(given).catch(() => null);
    if (stat?.isDirectory()) await walk(given);
    else files.push(given); // a named file is always tried, so its problem is reported
  }
  return { files, skipped };
}


export async function importFiles(
  library: Library,
  files: readonly string[],
  options: {
    signal?: AbortSignal;
    onProgress?: (progress: BatchProgress) => void;
    onOutcome?: (outcome: ImportOutcome) => void;
    /** Keep every file as one document under this masthead (`import --as-document`). */
    asDocument?: DocumentMasthead;
    /** `import --attach` and its siblings: what to do with another file of an issue held. */
    sameIssue?: SameIssueChoice;
    /** A scanned file's pages as OCR reads them (issue 16). */
    onScanProgress?: (progress: ScanProgress) => void;
  } = {},
): Promise<Omit<BatchResult, 'skipped'>> {
  const started = Date.now();
  const outcomes: ImportOutcome[] = [];
  const counts = { imported: 0, duplicate: 0, failed: 0 };
  const report = (current: string | null) => {
    const elapsedMs = Date.now() - started;
    const done = outcomes.length;
    const remainingMs = done === 0 ? null : Math.round((elapsedMs / done) * (files.length - done));
    options.onProgress?.({ done, total: files.length, current, elapsedMs, remainingMs, counts: { ...counts } });
  };
  for (const file of files) {
    if (options.signal?.aborted) return { outcomes, cancelled: true };
    report(file);
    const outcome = await importOneFile(library, file, options.asDocument, options.sameIssue, options.onScanProgress);
    outcomes.push(outcome);
    counts[outcome.status] += 1;
    options.onOutcome?.(outcome);
  }
  report(null);
  return { outcomes, cancelled: false };
}

async function importOneFile(
  library: Library,
  file: string,
  asDocument: DocumentMasthead | undefined,
  sameIssue: SameIssueChoice | undefined,
  onScanProgress?: (progress: ScanProgress) => void,
): Promise<ImportOutcome> {
  try {
    const bytes = await readBulletinFile(file);
    const options = { ...(asDocument && { asDocument }), ...(sameIssue && { sameIssue }), ...(onScanProgress && { onScanProgress }) };
    const outcome = await library.importBulletin({ name: path.basename(file), bytes }, options);
    return { ...outcome, file };
  } catch (error) {
    if (error instanceof ArchiveError) return { status: 'failed', file, code: error.code, message: error.message, said: error.said };
    throw error;
  }
}

/** Reads a file named by a person, with a message they can act on when it cannot be read. */
export async function readBulletinFile(file: string): Promise<Uint8Array> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw ArchiveError.of('not-found', { code: 'no-such-file', file });
  }
  if (stat.isDirectory()) throw ArchiveError.of('bad-input', { code: 'is-a-folder', file });
  if (!stat.isFile()) throw ArchiveError.of('bad-input', { code: 'not-a-regular-file', file });
  try {
    return await fs.readFile(file);
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    throw ArchiveError.of('unreadable-file', { code: 'permission-denied', file, denied: code === 'EACCES' });
  }
}
