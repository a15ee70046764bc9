import { z } from 'zod';
import { MASTHEAD_LIMITS } from './masthead';

/**
 * A series as a record of the catalogue (catalog.json `series`): what the archivist knows about
 * the run that the mastheads do not say — how often it appears, since and until when, its permit
 * number — and notes on issues that are missing from the run ("paper copy only, box 12").
 */

/** How often a series appears; `irregular` series have gaps only where their numbering proves them. */
export const FREQUENCIES = ['weekly', 'semimonthly', 'monthly', 'bimonthly', 'quarterly', 'irregular'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** Issues a year when the record does not say otherwise. */
export const ISSUES_PER_YEAR: Readonly<Record<Frequency, number | null>> = {
  weekly: 52,
  semimonthly: 24,
  monthly: 12,
  bimonthly: 6,
  quarterly: 4,
  irregular: null,
};

const year = z.number().int().min(MASTHEAD_LIMITS.year.min).max(MASTHEAD_LIMITS.year.max);
const issuesPerYear = z.number().int().min(1).max(366).nullable();
const text = (max: number) => z.string().trim().max(max).nullable();

/** From `fromYear` on, the series appears this often (a series that went from monthly to semimonthly). */
export const FrequencyChangeSchema = z.strictObject({
  fromYear: year,
  frequency: z.enum(FREQUENCIES),
  issuesPerYear,
});
export type FrequencyChange = z.infer<typeof FrequencyChangeSchema>;

/** A note on one missing issue of the run. */
export const MissingNoteSchema = z.strictObject({
  year,
  number: z.number().int().min(MASTHEAD_LIMITS.number.min).max(MASTHEAD_LIMITS.number.max),
  note: z.string().trim().min(1).max(500),
});
export type MissingNote = z.infer<typeof MissingNoteSchema>;

/** The fields an archivist edits; `name` changes only through rename (every issue follows). */
export const SeriesFieldsSchema = z.strictObject({
  issuingUnit: text(MASTHEAD_LIMITS.publisher),
  /** null: not known yet (no gaps are computed from a frequency, only from the numbering). */
  frequency: z.enum(FREQUENCIES).nullable(),
  /** Overrides the frequency's usual count (a "monthly" that skips August has 11). */
  issuesPerYear,
  firstYear: year.nullable(),
  /** null: still appearing; the last year held is then counted only up to its last issue held. */
  lastYear: year.nullable(),
  /** 内部资料性出版物准印证号. */
  permit: text(100),
  notes: text(2000),
  changes: z.array(FrequencyChangeSchema).max(50),
});
export type SeriesFields = z.infer<typeof SeriesFieldsSchema>;

export const SeriesRecordSchema = z.strictObject({
  name: z.string().trim().min(1).max(MASTHEAD_LIMITS.series),
  ...SeriesFieldsSchema.shape,
  missingNotes: z.array(MissingNoteSchema),
});
export type SeriesRecord = z.infer<typeof SeriesRecordSchema>;

/** A series as the series list shows it: its record and the extent of what is held. */
export interface SeriesOverview {
  record: SeriesRecord;
  /** Whether the archivist saved this record, or it is derived from the issues. */
  stored: boolean;
  issueCount: number;
  firstYear: number | null;
  lastYear: number | null;
}

/** A record for a series nobody has described yet: everything unknown. */
export function blankSeriesRecord(name: string, issuingUnit: string | null = null): SeriesRecord {
  return {
    name,
    issuingUnit,
    frequency: null,
    issuesPerYear: null,
    firstYear: null,
    lastYear: null,
    permit: null,
    notes: null,
    changes: [],
    missingNotes: [],
  };
}

/** Issues expected in `year`, from the latest frequency change in force, or null when unknown. */
export function expectedIssues(record: Pick<SeriesRecord, 'frequency' | 'issuesPerYear' | 'changes'>, forYear: number): number | null {
  let frequency = record.frequency;
  let count = record.issuesPerYear;
  const changes = record.changes.filter((c) => c.fromYear <= forYear).sort((a, b) => a.fromYear - b.fromYear);
  const latest = changes[changes.length - 1];
  if (latest) {
    frequency = latest.frequency;
    count = latest.issuesPerYear;
  }
  if (frequency === null || frequency === 'irregular') return null;
  return count ?? ISSUES_PER_YEAR[frequency];
}
