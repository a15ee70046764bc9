import { z } from 'zod';
import type { ParsedIssue } from '../bulletin';
import { ParsedIssueSchema } from '../bulletin-schema';
import { MAX_IMPORT_FILE_BYTES } from '../limits';
import { ArchiveMessageSchema } from '../messages';

/** Bringing bulletins in: straight away, or through the review screen (preview → commit). */
export const ImportOutcomeSchema = z.discriminatedUnion('status', [
  // `said`: a file attached to an issue held (issue 14) says so, rather than "imported".
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

const IncomingFileSchema = z.strictObject({
  name: z.string().min(1).max(1024),
  dataBase64: z.string().max(Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4),
});
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
}

export const importMethods = {
  'import.bulletins': { input: z.strictObject({ files: z.array(IncomingFileSchema).min(1).max(500), sameIssue: SameIssueChoiceSchema.optional() }) },
  'import.sample': { input: z.strictObject({}) },
  'import.preview': { input: z.strictObject({ file: IncomingFileSchema }) },
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
