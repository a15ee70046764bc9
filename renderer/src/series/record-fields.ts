import { FREQUENCIES } from '../../../shared/holdings-record';
import type { Frequency, SeriesFields, SeriesRecord } from '../../../shared/holdings-record';

/** The record form's text and the fields the archive keeps; the checks mirror SeriesFieldsSchema. */
export interface RecordText {
  issuingUnit: string;
  frequency: Frequency | '';
  issuesPerYear: string;
  firstYear: string;
  lastYear: string;
  permit: string;
  notes: string;
}

export function recordText(record: SeriesRecord): RecordText {
  const text = (value: string | number | null) => (value === null ? '' : String(value));
  return {
    issuingUnit: text(record.issuingUnit),
    frequency: record.frequency ?? '',
    issuesPerYear: text(record.issuesPerYear),
    firstYear: text(record.firstYear),
    lastYear: text(record.lastYear),
    permit: text(record.permit),
    notes: text(record.notes),
  };
}

/** The fields to save, or null when a number is not one the archive accepts. */
export function readRecordText(text: RecordText, record: SeriesRecord): SeriesFields | null {
  const whole = (value: string, min: number, max: number): number | null | undefined => {
    const trimmed = value.trim();
    if (trimmed === '') return null;
    if (!/^\d+$/.test(trimmed)) return undefined;
    const n = Number(trimmed);
    return n >= min && n <= max ? n : undefined;
  };
  const issuesPerYear = whole(text.issuesPerYear, 1, 366);
  const firstYear = whole(text.firstYear, 1900, 2200);
  const lastYear = whole(text.lastYear, 1900, 2200);
  if (issuesPerYear === undefined || firstYear === undefined || lastYear === undefined) return null;
  const blank = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    issuingUnit: blank(text.issuingUnit),
    frequency: FREQUENCIES.find((f) => f === text.frequency) ?? null,
    issuesPerYear,
    firstYear,
    lastYear,
    permit: blank(text.permit),
    notes: blank(text.notes),
    changes: record.changes,
  };
}
