import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ParsedIssue } from '../../../shared/bulletin';
import { ParsedIssueSchema } from '../../../shared/bulletin-schema';
import type { Issue, IssueTexts } from '../../../shared/catalog';
import { CATALOG_SCHEMA_VERSION } from '../../../shared/catalog';
import type { ImportOutcome } from '../../../shared/contract';
import { logBug } from '../bug-log';
import { ArchiveError } from '../errors';
import { asExpectedFailure } from '../system-refusal';
import { isIssueExport, readIssueExport } from '../importers/issue-export';
import { documentRefusal, readBulletin } from '../importers/read-bulletin';
import type { ReadBulletin } from '../importers/read-bulletin';
import { sayMessage } from '../../../shared/message-text';
import type { DocumentMasthead } from '../importers/as-document';
import { commitIssue, DuplicateIssueError } from './commit-issue';
import { issueHealth, repairIssue } from './repair';
import { formatIssueRef } from './issue-ref';
import type { Library } from './library';
import { articleIdOf } from '../../../shared/ids';
import { catalogueFieldsOf } from './catalogue-from-parse';
import { attachToHeldIssue } from './attach-file';
import type { IncomingFile } from './attach-file';
import type { SameIssueChoice } from '../../../shared/contract/import';
import type { ArchiveMessage } from '../../../shared/messages';
import type { ScanProgress } from '../../../shared/scan';
import { scanProgressReporter } from '../scan/progress';

/**
 * Importing one bulletin file. Everything that can fail on the input (decoding, parsing,
 * "is this a bulletin at all") happens before the library is touched; then the issue is
 * committed (commit-issue.ts: original, texts, catalogue entry, one rollback), so a failed
 * import leaves the library as it was.
 */
export interface ImportOptions {
  /** The parse as corrected on the review screen, used instead of the parser's own. */
  reviewed?: ParsedIssue;
  /** The file as the review screen already read it, so it is not extracted a second time. */
  read?: ReadBulletin;
  /** Keep the file as one document under this masthead, whatever its shape (`import --as-document`). */
  asDocument?: DocumentMasthead;
  /** Another file of an issue already held: what the person chose to do with it (attach-file.ts). */
  sameIssue?: SameIssueChoice;
  /** A scan's progress, page by page, with the time left (issue 16: `import` says it). */
  onScanProgress?: (progress: ScanProgress) => void;
}

export async function importIntoLibrary(library: Library, file: { name: string; bytes: Uint8Array }, options: ImportOptions = {}): Promise<ImportOutcome> {
  const name = path.basename(file.name.replace(/\\/g, '/'));
  if (!options.reviewed && isIssueExport(file.bytes)) return restoreIssueExport(library, name, file.bytes);
  const repaired = await repairFromSameFile(library, name, file.bytes);
  if (repaired !== null) return repaired;
  let bulletin: ReadBulletin;
  try {
    const ocr = options.onScanProgress && { ocr: { onProgress: scanProgressReporter(name, options.onScanProgress) } };
    bulletin = options.read ?? (await readBulletin(name, file.bytes, { asDocument: options.asDocument, ...ocr }));
    if (options.reviewed) bulletin = { ...bulletin, parsed: checkReviewed(name, options.reviewed) };
    // A document goes in once a person (or --as-document --series) has given it a series.
    const refusal = options.reviewed ? null : documentRefusal(name, bulletin);
    if (refusal) throw refusal;
  } catch (error) {
    return failed(name, error);
  }
  const needsReview = !options.reviewed && bulletin.parsed.warnings.length > 0;
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  if (options.sameIssue) return attachOutcome(library, { name, sha256, ext: extensionOf(name, bulletin.defaultExt), bytes: file.bytes, read: bulletin }, options.sameIssue);
  try {
    const issue = await commitIssue(library, (issues) => {
      const issue = buildIssue(issues, name, sha256, file.bytes.byteLength, bulletin, needsReview);
      const scan = bulletin.scan && { scan: bulletin.scan };
      return { issue, texts: buildTexts(issue, bulletin), originals: [{ sha256, ext: issue.original.ext, bytes: file.bytes }], ...scan };
    });
    const label = formatIssueRef(issue);
    return { status: 'imported', file: name, issueId: issue.id, message: `Imported ${label} (${issue.articles.length} articles).` };
  } catch (error) {
    return outcomeOfFailure(name, error);
  }
}

/**
 * The same file again, for an issue whose texts or original are damaged: the issue is repaired from
 * it instead of the file being refused as a duplicate (issue 20, defect 4). Null when there is no
 * such issue, or nothing of it is broken (the duplicate rule then answers as usual).
 */
async function repairFromSameFile(library: Library, name: string, bytes: Uint8Array): Promise<ImportOutcome | null> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const existing = library.issues().find((i) => i.original.sha256 === sha256);
  if (!existing) return null;
  const health = await issueHealth(library, existing);
  if (health.originalSound && health.textsSound) return null;
  try {
    const repair = await repairIssue(library, existing, bytes);
    if (repair.unresolved !== null && !repair.texts && !repair.original) {
      return { status: 'failed', file: name, code: 'library-damaged', message: `${repair.ref} could not be repaired from ${name}: ${repair.unresolved}.` };
    }
    const said = { code: 'issue-repaired', ref: repair.ref, texts: repair.texts, original: repair.original } as const;
    return { status: 'imported', file: name, issueId: existing.id, message: sayMessage('en', said), said };
  } catch (error) {
    return failed(name, error);
  }
}

/** An issue exported as JSON goes in as it was exported: the same entry, texts and original. */
async function restoreIssueExport(library: Library, name: string, bytes: Uint8Array): Promise<ImportOutcome> {
  try {
    const issue = await restoreIssueFromJson(library, new TextDecoder().decode(bytes), name);
    return { status: 'imported', file: name, issueId: issue.id, message: `Restored ${issue.series} from its export (${issue.articles.length} articles).` };
  } catch (error) {
    // An export is a whole issue, not another file of one: there is nothing to attach.
    return outcomeOfFailure(name, error, false);
  }
}

/** Restores an issue from its JSON export; throws ArchiveError (a duplicate, a damaged export). */
export async function restoreIssueFromJson(library: Library, text: string, name = 'export.json'): Promise<Issue> {
  const restored = readIssueExport(name, text);
  const originals = restored.original ? [{ sha256: restored.issue.original.sha256, ext: restored.issue.original.ext, bytes: restored.original }] : [];
  return commitIssue(library, () => ({ issue: restored.issue, texts: restored.texts, originals }));
}

function outcomeOfFailure(name: string, error: unknown, offerAttach = true): ImportOutcome {
  if (error instanceof DuplicateIssueError) {
    const { existing, clash } = error;
    if (clash === 'same-number' && !error.change && offerAttach) {
      // Another file of an issue held: say which, and leave the choice to the person.
      const said: ArchiveMessage = { code: 'same-issue-other-file', ref: formatIssueRef(existing), date: existing.importedAt.slice(0, 10), from: existing.original.name, file: name };
      return { status: 'duplicate', file: name, issueId: existing.id, message: sayMessage('en', said), said, clash: 'same-issue' };
    }
    return { status: 'duplicate', file: name, issueId: existing.id, message: error.message, said: error.said, ...(clash === 'same-file' && { clash: 'same-file' as const }) };
  }
  return failed(name, error);
}

async function attachOutcome(library: Library, file: IncomingFile, choice: SameIssueChoice): Promise<ImportOutcome> {
  try {
    const { issue, role } = await attachToHeldIssue(library, file, choice);
    const ref = formatIssueRef(issue);
    const said: ArchiveMessage = choice === 'replace-text' ? { code: 'text-replaced', ref, file: file.name } : { code: 'file-attached', ref, file: file.name, role };
    return { status: 'imported', file: file.name, issueId: issue.id, message: sayMessage('en', said), said };
  } catch (error) {
    return outcomeOfFailure(file.name, error);
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
    numberTo: p.numberTo,
    supplement: p.supplement,
    date: p.date,
    publisher: p.publisher,
    editor: p.editor,
    reviewer: p.reviewer,
    phone: p.phone,
    warnings: p.warnings,
    needsReview,
    importedAt: new Date().toISOString(),
    original: { sha256, ext: extensionOf(name, bulletin.defaultExt), name, size, encoding: bulletin.encoding },
    ...catalogueFieldsOf(p),
    files: [],
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
    // Lines no rule placed are kept with the texts, never dropped (issue 13).
    unplaced: bulletin.parsed.unplaced,
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

function failed(file: string, thrown: unknown): ImportOutcome {
  const error = asExpectedFailure(thrown);
  if (error instanceof ArchiveError) return { status: 'failed', file, code: error.code, message: error.message, said: error.said };
  logBug(`import of ${file} failed:`, error);
  const detail = error instanceof Error ? error.message : String(error);
  return { status: 'failed', file, code: 'io-error', message: `Could not import ${file}: ${detail}. The library was not changed.` };
}
