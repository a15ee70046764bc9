import { z } from 'zod';

/**
 * Everything the core tells a person (parser warnings, importer failures, library errors and
 * notices) as a code with parameters, never as prose: the interface and the command line render
 * it in the reader's language (shared/message-text.ts), and `--json` output stays neutral.
 * The schema is the one source: the type is inferred from it, and the per-language tables are
 * typed over its codes, so a message without a translation does not compile.
 */

/** What kind of file a message is about: the advice differs (a PDF is not "saved as .txt"). */
export const FileKindSchema = z.enum(['txt', 'pdf', 'docx', 'json', 'image']);
export type FileKind = z.infer<typeof FileKindSchema>;

const file = z.string();
/** Why the system refused a write (issue 20): the library's own files, not an input file. */
export const SystemRefusalSchema = z.enum(['disk-full', 'read-only', 'no-permission', 'busy']);
export type SystemRefusal = z.infer<typeof SystemRefusalSchema>;
const count = z.number().int();
const msg = <C extends string, S extends z.ZodRawShape>(code: C, shape: S) => z.strictObject({ code: z.literal(code), ...shape });

export const ArchiveMessageSchema = z.discriminatedUnion('code', [
  // The parser's doubts about a bulletin (stored with the issue, shown on review).
  msg('no-series', {}),
  msg('no-year', {}),
  msg('no-number', {}),
  msg('toc-missing', {}),
  msg('toc-titles-not-in-text', {}),
  msg('toc-entry-unmatched', { title: z.string(), page: z.number().int().nullable() }),
  msg('toc-entries-unmatched-more', { count }),
  msg('toc-count-mismatch', { listed: count, found: count }),
  msg('no-articles', {}),
  msg('pages-out-of-order', {}),
  msg('article-empty', { title: z.string() }),
  msg('articles-empty-more', { count }),
  msg('unrecognised-lines', { count, preview: z.string() }),
  // What the PDF and Word readers noticed while reading.
  msg('pdf-rotated-text', { page: count, count }),
  msg('docx-no-text', { file }),
  msg('docx-reader-note', { note: z.string() }),
  // Why a file could not be imported.
  msg('file-empty', { file }),
  msg('file-blank', { file }),
  msg('file-binary', { file }),
  msg('unknown-encoding', { file }),
  msg('not-a-bulletin', { file, kind: FileKindSchema, missing: z.enum(['series', 'articles']) }),
  msg('old-word-format', { file }),
  msg('unsupported-kind', { file }),
  msg('too-slow', { file, seconds: count }),
  msg('file-too-large', { file, megabytes: count }),
  msg('out-of-memory', { file, megabytes: count }),
  msg('reader-crashed', { file, kind: FileKindSchema, detail: z.string() }),
  msg('damaged-docx', { file, detail: z.string() }),
  msg('docx-too-large', { file, megabytes: count }),
  msg('encrypted-pdf', { file }),
  msg('damaged-pdf', { file, detail: z.string() }),
  msg('pdf-without-text', { file }),
  msg('scanned-pdf', { file }),
  msg('too-many-pages', { file, pages: count, max: count }),
  // Scans read by OCR (issue 16): what the reader noticed, and why a scan could not be read.
  msg('ocr-vertical-text', { page: count }),
  msg('ocr-page-too-slow', { file, page: count, seconds: count }),
  msg('ocr-out-of-memory', { file, megabytes: count }),
  msg('ocr-cancelled', { file }),
  msg('ocr-failed', { file, detail: z.string() }),
  msg('damaged-image', { file, detail: z.string() }),
  msg('no-such-file', { file }),
  msg('is-a-folder', { file }),
  msg('not-a-regular-file', { file }),
  msg('permission-denied', { file, denied: z.boolean() }),
  // The library's errors and notices.
  msg('duplicate-file', {}),
  msg('already-imported-file', { ref: z.string(), date: z.string(), from: z.string() }),
  msg('already-imported-issue', { ref: z.string(), date: z.string(), from: z.string() }),
  msg('already-imported-id', { ref: z.string(), date: z.string(), from: z.string() }),
  msg('issue-ref-not-found', { ref: z.string() }),
  msg('duplicate-issue', { issue: z.string(), from: z.string() }),
  msg('issue-not-found', { issueId: z.string() }),
  msg('article-not-found', { articleId: z.string() }),
  msg('library-locked', {
    dir: z.string(),
    program: z.string().nullable(),
    pid: z.number().nullable(),
    host: z.string().nullable(),
    since: z.string().nullable(),
    seconds: count,
  }),
  msg('texts-missing', { issueId: z.string(), file }),
  msg('texts-damaged', { issueId: z.string(), reason: z.string() }),
  msg('article-text-missing', { articleId: z.string(), file }),
  msg('original-missing', { name: z.string(), file }),
  msg('library-too-new', { file, found: count, readable: count }),
  msg('library-is-a-file', { dir: z.string() }),
  msg('no-library', { dir: z.string() }),
  msg('library-folder-empty', { dir: z.string() }),
  msg('store-damaged', { file, reason: z.string(), movedTo: z.string(), backup: z.string().nullable() }),
  msg('store-restored', { file, backup: z.string() }),
  msg('journal-line-skipped', { file, at: count, damagedDir: z.string() }),
  msg('journal-set-aside', { file, count, movedTo: z.string() }),
  msg('review-expired', {}),
  // Browser mode (`serve`, `npm start`).
  msg('bad-port', { given: z.string() }),
  msg('interface-not-built', {}),
  // The office reading room (issue 18): accounts, `serve --lan`, certificates.
  msg('account-exists', { name: z.string() }),
  msg('no-such-account', { name: z.string() }),
  msg('last-admin', { name: z.string() }),
  msg('bad-role', { given: z.string() }),
  msg('bad-account-name', { given: z.string() }),
  msg('password-too-short', { min: count }),
  msg('passwords-differ', {}),
  msg('no-password-given', {}),
  msg('accounts-file-damaged', { file, detail: z.string() }),
  msg('no-admin-account', {}),
  msg('lan-needs-host', {}),
  msg('bad-host', { given: z.string() }),
  msg('plain-http-off-loopback', { host: z.string() }),
  msg('cert-needs-key', {}),
  msg('cert-unreadable', { file, detail: z.string() }),
  // A JSON export brought back with `import`.
  msg('not-an-issue-export', { file, detail: z.string() }),
  msg('issue-export-changed', { file }),
  msg('issue-export-damaged', { file }),
  // Transport and recovery (issue 20): uploads, interrupted imports, expanding PDFs.
  msg('upload-missing', { file }),
  msg('upload-too-large', { megabytes: count }),
  msg('interrupted-import-cleared', { count, files: z.string() }),
  msg('pdf-stream-too-large', { file, megabytes: count }),
  // Backups and package jobs (issue 15): the backup folder, keep N, jobs in the app.
  msg('backup-keep-bad', { given: z.string() }),
  msg('backup-folder-inside-library', { folder: z.string() }),
  msg('backup-unsound', { file, problems: count, first: z.string() }),
  msg('job-not-found', {}),
  msg('job-busy', {}),
  msg('job-cancelled', {}),
  msg('package-file-unknown', { file }),
  msg('package-upload-too-large', { gigabytes: count }),
  // Reliability (issue 20): what the system refused, damage found, what was recovered or repaired.
  msg('disk-full', { path: z.string() }),
  msg('read-only', { path: z.string() }),
  msg('no-permission', { path: z.string() }),
  msg('file-busy', { path: z.string() }),
  msg('library-opened-read-only', { dir: z.string(), reason: SystemRefusalSchema }),
  msg('annotations-not-folded', { reason: SystemRefusalSchema }),
  msg('journal-damaged', { file, problem: z.enum(['emptied', 'missing', 'unreadable-start']), movedTo: z.string().nullable() }),
  msg('journal-torn', { file, bytes: count, movedTo: z.string().nullable() }),
  // The catalogue journal (issue 19: catalog.json + catalog.journal), damaged as the annotations' can be.
  msg('catalogue-journal-damaged', { file, problem: z.enum(['emptied', 'missing', 'unreadable-start']), movedTo: z.string().nullable() }),
  msg('catalogue-journal-line-skipped', { file, at: count, damagedDir: z.string() }),
  msg('undecodable-bytes', { count, lines: z.string(), encoding: z.string() }),
  msg('zip-archive', { file }),
  msg('damaged-docx-content', { file, damage: z.enum(['broken-xml', 'corrupt-zip', 'incomplete']) }),
  msg('ofd-document', { file }),
  msg('issue-repaired', { ref: z.string(), texts: z.boolean(), original: z.boolean() }),
  msg('search-segment-rebuilt', { file }),
  msg('search-index-rebuilt', {}),
  msg('search-index-not-saved', { reason: SystemRefusalSchema }),
  msg('search-issue-left-out', { issueId: z.string() }),
  // Building the search index in the background (issue 19).
  msg('search-index-build-failed', { reason: z.string() }),
  // Files kept as documents although they are not bulletins, and text no rule placed (issue 13).
  msg('kept-as-document', { missing: z.enum(['series', 'articles']).nullable() }),
  msg('document-needs-review', { file, kind: FileKindSchema, missing: z.enum(['series', 'articles']) }),
  msg('document-needs-series', { file }),
  msg('document-option-invalid', { option: z.string(), given: z.string() }),
  msg('unplaced-line-not-found', { issueId: z.string(), line: count }),
  // Series records and holdings (the run of a series).
  msg('series-not-found', { series: z.string() }),
  msg('series-exists', { series: z.string() }),
  msg('series-same', { series: z.string() }),
  msg('series-merge-clash', { from: z.string(), into: z.string(), issues: z.string(), count }),
  msg('holdings-number-held', { series: z.string(), year: count, number: count }),
  // The issue record (issue 14): catalogue fields, 档号, several files, history and recycle.
  msg('reference-taken', { reference: z.string(), ref: z.string() }),
  msg('reference-pattern-bad', { pattern: z.string(), unknown: z.string() }),
  msg('same-issue-other-file', { ref: z.string(), date: z.string(), from: z.string(), file }),
  msg('attach-no-issue', { file }),
  msg('file-attached', { ref: z.string(), file, role: z.string() }),
  msg('text-replaced', { ref: z.string(), file }),
  msg('issue-file-not-found', { issueId: z.string(), sha256: z.string() }),
  msg('history-nothing-to-undo', {}),
  msg('history-entry-not-found', { entryId: z.string() }),
  msg('history-changed-since', { ref: z.string() }),
  msg('history-not-undoable', { action: z.string() }),
  msg('recycled-not-found', { issueId: z.string() }),
  msg('edit-nothing-to-change', {}),
  msg('edit-value-bad', { field: z.string(), value: z.string(), detail: z.string() }),
  msg('articles-edit-bad', { detail: z.string() }),
  // Packages (issue 15), writing and checking bags.
  msg('package-damaged', { file, count, problems: z.string() }),
  msg('package-exists', { file }),
  msg('package-selection-empty', {}),
  msg('package-option-bad', { option: z.string(), given: z.string() }),
  msg('package-cancelled', { file }),
  msg('package-written', { file, issues: count, files: count, megabytes: z.number() }),
  msg('package-valid', { file, issues: count, files: count }),
  msg('package-invalid', { file, count }),
  // Merging a package into the library, and restoring one (issue 15).
  msg('package-issue-damaged', { issueId: z.string(), file, detail: z.string() }),
  msg('package-merge-failed', { ref: z.string(), detail: z.string() }),
  msg('package-merge-cancelled', { done: count, total: count }),
  msg('restore-not-empty', { dir: z.string() }),
  msg('restore-no-packages', {}),
  msg('restore-not-in-order', { file, detail: z.string() }),
  // Scanned issues in the archive (issue 16): the kept reading, page images, progress, the overnight queue.
  msg('scan-damaged', { issueId: z.string(), file }),
  msg('scan-none', {}),
  msg('scan-page-missing', { page: count, pages: count }),
  msg('scan-progress', { file, done: count, pages: count, secondsLeft: count.nullable() }),
  msg('scan-queue-resumed', { waiting: count }),
  msg('scan-queue-summary', { imported: count, failed: count, waiting: count }),
  // Per-person annotations in the reading room (issue 18).
  msg('annotation-not-yours', { author: z.string() }),
  msg('annotation-import-not-yours', { count }),
  msg('role-needed', { method: z.string(), needed: z.enum(['reader', 'cataloguer', 'admin']), held: z.enum(['reader', 'cataloguer', 'admin']) }),
  // Text from before messages were codes (catalogues of schema 1, old JSON exports): shown as written.
  msg('legacy', { text: z.string() }),
]);
export type ArchiveMessage = z.infer<typeof ArchiveMessageSchema>;
export type MessageCode = ArchiveMessage['code'];
export type MessageOf<C extends MessageCode> = Extract<ArchiveMessage, { code: C }>;

/** Every code, for tests and tools that walk them all; checked complete against the union. */
export const MESSAGE_CODES = ArchiveMessageSchema.options.map((option) => option.shape.code.value) satisfies MessageCode[];

/**
 * A stored warning or notice: a message, or (written before messages were codes) a plain string
 * read as a legacy message, so an old catalogue entry or JSON export still loads.
 */
export const StoredMessageSchema = z.union([
  ArchiveMessageSchema,
  z.string().transform((text): ArchiveMessage => ({ code: 'legacy', text })),
]);

/** Why the PDF and Word readers could not hand a text to the parser (a subset of the classes below). */
export const EXTRACT_FAILURE_CODES = [
  'scanned-pdf',
  'encrypted-pdf',
  'damaged-pdf',
  'damaged-docx',
  'docx-too-large',
  'too-slow',
  'too-large',
  'unsupported',
  'cancelled',
] as const;

/** The broad class of an expected failure, for programs (exit codes, retries, `--json`). */
export const ARCHIVE_ERROR_CODES = [
  'not-found',
  'not-a-library',
  'library-too-new',
  'library-locked',
  'library-damaged',
  'bad-input',
  'empty-file',
  'binary-file',
  'not-a-bulletin',
  'unreadable-file',
  'duplicate',
  'io-error',
  ...EXTRACT_FAILURE_CODES,
  // Failures of the transport and the shell rather than of the archive's data.
  'unknown-method',
  'internal',
  'unavailable',
  'forbidden',
  'no-viewer',
] as const;
export type ArchiveErrorCode = (typeof ARCHIVE_ERROR_CODES)[number];

/** One language's text for every message and every error class; the compiler checks both are whole. */
export interface MessageLanguage {
  readonly messages: { readonly [C in MessageCode]: (message: MessageOf<C>) => string };
  /** Said when an error carries no message of its own (its `message` is English, for logs). */
  readonly errors: Readonly<Record<ArchiveErrorCode, string>>;
}
