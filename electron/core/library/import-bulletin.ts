import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ParsedIssue } from '../../../shared/bulletin';
import { ParsedIssueSchema } from '../../../shared/bulletin-schema';
import type { Issue, IssueTexts } from '../../../shared/catalog';
import { CATALOG_SCHEMA_VERSION } from '../../../shared/catalog';
import type { ImportOutcome } from '../../../shared/contract';
import { sayMessage } from '../../../shared/message-text';
import type { ArchiveMessage } from '../../../shared/messages';
import { ArchiveError } from '../errors';
import { isIssueExport, restoreIssueExport } from '../importers/issue-export';
import { readBulletin } from '../importers/read-bulletin';
import type { ReadBulletin } from '../importers/read-bulletin';
import { writeFileDurably } from './durable-file';
import { formatIssueRef } from './issue-ref';
import { originalFile, textsFile } from './layout';
import type { Library } from './library';
import { articleIdOf } from '../../../shared/ids';

/**
 * Importing one bulletin file. Everything that can fail on the input (decoding, parsing,
 * "is this a bulletin at all") happens before the library is touched. Then, under the lock:
 * the original (content-addressed), the issue's texts, and last catalog.json, the commit point.
 * If any step fails, the files this import created are removed again, so a failed import
 * leaves the library as it was.
 */
export interface ImportOptions {
  /** The parse as corrected on the review screen, used instead of the parser's own. */
  reviewed?: ParsedIssue;
}

export async function importIntoLibrary(library: Library, file: { name: string; bytes: Uint8Array }, options: ImportOptions = {}): Promise<ImportOutcome> {
  const name = path.basename(file.name.replace(/\\/g, '/'));
  if (!options.reviewed && isIssueExport(file.bytes)) return restoreIssueExport(library, name, file.bytes);
  let bulletin: ReadBulletin;
  try {
    bulletin = await readBulletin(name, file.bytes);
    if (options.reviewed) bulletin = { ...bulletin, parsed: checkReviewed(name, options.reviewed) };
  } catch (error) {
    return failed(name, error);
  }
  const needsReview = !options.reviewed && bulletin.parsed.warnings.length > 0;
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const created: string[] = [];
  try {
    const issue = await library.writeCatalog(async (catalog) => {
      refuseDuplicate(catalog.issues, sha256, bulletin);
      const issue = buildIssue(catalog.issues, name, sha256, file.bytes.byteLength, bulletin, needsReview);
      const original = path.join(library.dir, originalFile(sha256, issue.original.ext));
      if (!(await exists(original))) {
        await writeFileDurably(original, file.bytes);
        created.push(original);
      }
      const texts = path.join(library.dir, textsFile(issue.id));
      await writeFileDurably(texts, `${JSON.stringify(buildTexts(issue, bulletin))}\n`);
      created.push(texts);
      catalog.issues.push(issue);
      return issue;
    });
    const label = formatIssueRef(issue);
    return { status: 'imported', file: name, issueId: issue.id, message: `Imported ${label} (${issue.articles.length} articles).` };
  } catch (error) {
    await Promise.all(created.map((f) => fs.rm(f, { force: true })));
    if (error instanceof DuplicateIssueError) {
      return { status: 'duplicate', file: name, issueId: error.issueId, message: error.message, said: error.said };
    }
    return failed(name, error);
  }
}

class DuplicateIssueError extends ArchiveError {
  constructor(
    readonly issueId: string,
    said: ArchiveMessage,
  ) {
    super('duplicate', sayMessage('en', said), said);
  }
}

function refuseDuplicate(issues: readonly Issue[], sha256: string, bulletin: ReadBulletin): void {
  const sameFile = issues.find((i) => i.original.sha256 === sha256);
  if (sameFile) {
    throw new DuplicateIssueError(sameFile.id, { code: 'already-imported-file', ref: formatIssueRef(sameFile), date: sameFile.importedAt.slice(0, 10), from: sameFile.original.name });
  }
  const { series, year, number } = bulletin.parsed;
  if (year === null || number === null) return;
  const sameIssue = issues.find((i) => i.series === series && i.year === year && i.number === number);
  if (sameIssue) {
    throw new DuplicateIssueError(sameIssue.id, {
      code: 'already-imported-issue',
      ref: formatIssueRef(sameIssue),
      date: sameIssue.importedAt.slice(0, 10),
      from: sameIssue.original.name,
    });
  }
}

function buildIssue(issues: readonly Issue[], name: string, sha256: string, size: number, bulletin: ReadBulletin, needsReview: boolean): Issue {
  const id = uniqueId(issues, sha256);
  const p = bulletin.parsed;
  return {
    id,
    series: p.series,
    year: p.year,
    number: p.number,
    totalNumber: p.totalNumber,
    date: p.date,
    publisher: p.publisher,
    editor: p.editor,
    reviewer: p.reviewer,
    phone: p.phone,
    warnings: p.warnings,
    needsReview,
    importedAt: new Date().toISOString(),
    original: { sha256, ext: extensionOf(name, bulletin.defaultExt), name, size, encoding: bulletin.encoding },
    articles: p.articles.map((a, i) => ({
      id: articleIdOf(id, i + 1),
      index: i + 1,
      title: a.title,
      page: a.page,
      column: a.column,
      region: a.region,
      source: a.source,
    })),
  };
}

function buildTexts(issue: Issue, bulletin: ReadBulletin): IssueTexts {
  return {
    schemaVersion: CATALOG_SCHEMA_VERSION,
    issueId: issue.id,
    articles: bulletin.parsed.articles.map((a, i) => ({ id: articleIdOf(issue.id, i + 1), sections: a.sections })),
  };
}

/** The checksum's first 12 hex digits: stable, short, and safe in every file system. */
function uniqueId(issues: readonly Issue[], sha256: string): string {
  for (let length = 12; length <= 64; length += 4) {
    const id = sha256.slice(0, length);
    if (!issues.some((i) => i.id === id)) return id;
  }
  throw ArchiveError.of('duplicate', { code: 'duplicate-file' });
}

function checkReviewed(name: string, reviewed: ParsedIssue): ParsedIssue {
  const result = ParsedIssueSchema.safeParse(reviewed);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  throw new ArchiveError('bad-input', `${name}: the corrected issue is not complete (${first?.path.join('.') || 'issue'}: ${first?.message ?? 'invalid'}). Check the series, the numbers and that every article has a title.`);
}

function extensionOf(name: string, fallback: string): string {
  const ext = path.extname(name).slice(1).toLowerCase();
  return /^[a-z0-9]{1,8}$/.test(ext) ? ext : fallback;
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

function failed(file: string, error: unknown): ImportOutcome {
  if (error instanceof ArchiveError) return { status: 'failed', file, code: error.code, message: error.message, said: error.said };
  console.error(`import of ${file} failed:`, error);
  const detail = error instanceof Error ? error.message : String(error);
  return { status: 'failed', file, code: 'io-error', message: `Could not import ${file}: ${detail}. The library was not changed.` };
}
