import { z } from 'zod';
import { IssueSchema, IssueTextsSchema } from './catalog';

/**
 * The catalogue's history (history.jsonl in the library): one line per change, appended and
 * never rewritten, so it survives restarts and tells who changed what with which program.
 * `before` and `after` are the issue as it was and as it became (its texts too when they
 * changed): undoing a change is a new change that puts `before` back.
 */
export const HISTORY_ACTIONS = [
  'import',
  'edit',
  'edit-articles',
  'attach',
  'replace-text',
  'delete',
  'restore',
  'undo',
  'series-rename',
  'series-merge',
  // An issue added to or changed in the library by merging a package (issue 15).
  'package-merge',
] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

export const HISTORY_PROGRAMS = ['app', 'cli', 'browser'] as const;
export type HistoryProgram = (typeof HISTORY_PROGRAMS)[number];

export const IssueStateSchema = z.strictObject({
  issue: IssueSchema,
  texts: IssueTextsSchema.optional(),
});
export type IssueState = z.infer<typeof IssueStateSchema>;

export const HistoryEntrySchema = z.strictObject({
  id: z.string().min(1),
  at: z.string(),
  action: z.enum(HISTORY_ACTIONS),
  issueId: z.string().nullable(),
  series: z.string().nullable(),
  /** `series:year:number` when the change was made, for reading the history without the catalogue. */
  ref: z.string().nullable(),
  /** The names of the fields that differ between before and after. */
  fields: z.array(z.string()),
  before: IssueStateSchema.nullable(),
  after: IssueStateSchema.nullable(),
  program: z.enum(HISTORY_PROGRAMS),
  user: z.string(),
  /** For an undo: the entry it took back. */
  undoes: z.string().optional(),
  /** A change to something other than one issue (a series rename): what it was, as a person reads it. */
  detail: z.string().optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** What the history view and `bulletin-archive history` show: the entry without the full issue copies. */
export interface HistoryRow {
  id: string;
  at: string;
  action: HistoryAction;
  issueId: string | null;
  series: string | null;
  ref: string | null;
  fields: string[];
  changes: { field: string; before: string; after: string }[];
  program: HistoryProgram;
  user: string;
  undoes: string | null;
  /** Already taken back by a later undo. */
  undone: boolean;
  detail: string | null;
}

export const HistoryFilterSchema = z.strictObject({
  issueId: z.string().optional(),
  series: z.string().optional(),
  limit: z.number().int().positive().max(100_000).optional(),
});
export type HistoryFilter = z.infer<typeof HistoryFilterSchema>;
