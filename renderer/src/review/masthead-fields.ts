import type { ParsedIssue } from '../../../shared/bulletin';
import type { MastheadPatch } from '../../../shared/contract';
import type { MastheadField, MastheadFields } from './types';
import { MASTHEAD_LIMITS } from '../../../shared/masthead';

/**
 * The masthead form's text and the values the archive keeps. The checks mirror the contract's
 * schemas (shared/bulletin-schema.ts, MastheadPatchSchema), so that a mistake is pointed out
 * at its field before anything is sent.
 */
export type MastheadValues = Pick<ParsedIssue, 'series' | 'year' | 'number' | 'totalNumber' | 'date' | 'publisher' | 'editor' | 'reviewer' | 'phone'>;

/** The reason a field is refused: an i18n key under review.invalid. */
export type FieldProblem = 'required' | 'year' | 'number' | 'totalNumber' | 'date' | 'tooLong';
export type FieldProblems = Partial<Record<MastheadField, FieldProblem>>;

export const MASTHEAD_FIELDS: readonly MastheadField[] = ['series', 'year', 'number', 'totalNumber', 'date', 'publisher', 'editor', 'reviewer', 'phone'];


export function fieldsFrom(values: MastheadValues): MastheadFields {
  const text = (value: string | number | null): string => (value === null ? '' : String(value));
  return {
    series: values.series,
    year: text(values.year),
    number: text(values.number),
    totalNumber: text(values.totalNumber),
    date: text(values.date),
    publisher: text(values.publisher),
    editor: text(values.editor),
    reviewer: text(values.reviewer),
    phone: text(values.phone),
  };
}

export type ReadFields = { ok: true; values: MastheadValues } | { ok: false; problems: FieldProblems };

export function readFields(fields: MastheadFields): ReadFields {
  const problems: FieldProblems = {};
  const series = fields.series.trim();
  if (series === '') problems.series = 'required';
  const year = wholeNumber(fields.year, MASTHEAD_LIMITS.year.min, MASTHEAD_LIMITS.year.max);
  if (year === undefined) problems.year = 'year';
  const number = wholeNumber(fields.number, MASTHEAD_LIMITS.number.min, MASTHEAD_LIMITS.number.max);
  if (number === undefined) problems.number = 'number';
  const totalNumber = wholeNumber(fields.totalNumber, MASTHEAD_LIMITS.totalNumber.min, MASTHEAD_LIMITS.totalNumber.max);
  if (totalNumber === undefined) problems.totalNumber = 'totalNumber';
  const date = calendarDate(fields.date);
  if (date === undefined) problems.date = 'date';
  for (const key of ['series', 'publisher', 'editor', 'reviewer', 'phone'] as const) {
    if (fields[key].trim().length > MASTHEAD_LIMITS[key]) problems[key] = 'tooLong';
  }
  if (Object.keys(problems).length > 0 || year === undefined || number === undefined || totalNumber === undefined || date === undefined) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    values: {
      series,
      year,
      number,
      totalNumber,
      date,
      publisher: optional(fields.publisher),
      editor: optional(fields.editor),
      reviewer: optional(fields.reviewer),
      phone: optional(fields.phone),
    },
  };
}

/** Only what changed, so an unchanged masthead sends an empty patch. */
export function mastheadPatch(before: MastheadValues, after: MastheadValues): MastheadPatch {
  const patch: MastheadPatch = {};
  if (before.series !== after.series) patch.series = after.series;
  if (before.year !== after.year) patch.year = after.year;
  if (before.number !== after.number) patch.number = after.number;
  if (before.totalNumber !== after.totalNumber) patch.totalNumber = after.totalNumber;
  if (before.date !== after.date) patch.date = after.date;
  if (before.publisher !== after.publisher) patch.publisher = after.publisher;
  if (before.editor !== after.editor) patch.editor = after.editor;
  if (before.reviewer !== after.reviewer) patch.reviewer = after.reviewer;
  if (before.phone !== after.phone) patch.phone = after.phone;
  return patch;
}

function optional(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/** null for an empty field, undefined for one that is not a whole number in range. */
function wholeNumber(text: string, min: number, max: number): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d{1,7}$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : undefined;
}

function calendarDate(text: string): string | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? trimmed : undefined;
}
