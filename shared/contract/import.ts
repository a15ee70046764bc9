import { z } from 'zod';
import type { ParsedIssue } from '../bulletin';
import { ParsedIssueSchema } from '../bulletin-schema';
import { MAX_IMPORT_FILE_BYTES } from '../limits';
import { ArchiveMessageSchema } from '../messages';

/** Bringing bulletins in: straight away, or through the review screen (preview → commit). */
export const ImportOutcomeSchema = z.discriminatedUnion('status', [
  // `said` on an import that repaired an issue already there (its texts or original were damaged),
  // or attached a file to an issue held (issue 14): said as such, rather than "imported".
  z.strictObject({ status: z.literal('imported'), file: z.string(), issueId: z.string(), message: z.string(), said: ArchiveMessageSchema.optional() }),
  // `message` is English, for logs and scripts; `said` is what the interface says in its language.
  z.strictObject({
    status: z.literal('duplicate'),
    file: z.string(),
    issueId: z.string(),
    message: z.string(),
    said: ArchiveMessageSchema.optional(),
    // Issue 14: the very same file (refused), or another file of an issue held (the person may attach it).
    clash: z.enum(['same-file', 'same-issue']).optional(),
  }),
  z.strictObject({ status: z.literal('failed'), file: z.string(), code: z.string(), message: z.string(), said: ArchiveMessageSchema.optional() }),
]);
export type ImportOutcome = z.infer<typeof ImportOutcomeSchema>;

/** The id `POST /api/upload` answers with (browser mode), naming the bytes it received. */
export const UploadIdSchema = z.uuid();

const FileNameSchema = z.string().min(1).max(1024);

/**
 * A file to import, never as one base64 string in a JSON body (a 3 MB file overflowed the base64
 * check): browser mode streams the bytes to `POST /api/upload` first and names the upload here;
 * Electron's IPC carries the bytes themselves (a structured clone, no text encoding).
 */
export const IncomingFileSchema = z.union([
  z.strictObject({ name: FileNameSchema, upload: UploadIdSchema }),
  z.strictObject({
    name: FileNameSchema,
    bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_IMPORT_FILE_BYTES, 'the file is larger than the importer accepts'),
  }),
]);
export type IncomingFile = z.input<typeof IncomingFileSchema>;

/** What `POST /api/upload` answers (inside an ApiResult). */
export interface UploadReceipt {
  upload: string;
  size: number;
}
const DraftIdSchema = z.uuid();

/**
 * What to do with another file of an issue already held (issue 14): attach it beside the
 * original, make it the source of the issue's text, or keep it as a variant. A separate field,
 * apart from how the file's bytes travel.
 */
export const SameIssueChoiceSchema = z.enum(['attach', 'replace-text', 'variant']);
export type SameIssueChoice = z.infer<typeof SameIssueChoiceSchema>;

/** A file read and parsed, waiting for the cataloguer: nothing is in the library yet. */
export interface ImportDraftView {
  draftId: string;
  file: string;
  parsed: ParsedIssue;
  sourceText: string;
  encoding: string | null;
  /** A scanned file (issue 16): how much OCR read, for the review screen; the reading itself is `scan.get`. */
  scan?: ScanSummary;
}

/** Pages read, mean confidence (0–100) and characters below DOUBTFUL_CONFIDENCE. */
export interface ScanSummary {
  pages: number;
  confidence: number;
  doubtful: number;
}

export const importMethods = {
  'import.bulletins': { input: z.strictObject({ files: z.array(IncomingFileSchema).min(1).max(500), sameIssue: SameIssueChoiceSchema.optional() }) },
  'import.sample': { input: z.strictObject({}) },
  // asDocument: keep the file as one document, whatever its shape (issue 13); apart from `file`.
  'import.preview': { input: z.strictObject({ file: IncomingFileSchema, asDocument: z.boolean().optional() }) },
  'import.commit': { input: z.strictObject({ draftId: DraftIdSchema, parsed: ParsedIssueSchema }) },
  'import.discard': { input: z.strictObject({ draftId: DraftIdSchema }) },
} as const;

export interface ImportOutputs {
  'import.bulletins': ImportOutcome[];
  'import.sample': ImportOutcome;
  'import.preview': ImportDraftView;
  'import.commit': ImportOutcome;
  'import.discard': { discarded: string };
}
