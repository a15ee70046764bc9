import { z } from 'zod';
import type { SeriesHoldings } from '../holdings';
import type { SeriesOverview, SeriesRecord } from '../holdings-record';
import { MissingNoteSchema, SeriesFieldsSchema, SeriesRecordSchema } from '../holdings-record';
import type { LibraryStats } from '../holdings-stats';
import type { PreparedExport } from './export';

/**
 * The run of a series: its record, its holdings grid and gaps, notes on missing issues, the gap
 * report as a file, and the statistics page. Series are named by their name (as issues name them).
 */
const SeriesNameSchema = SeriesRecordSchema.shape.name;

export const seriesMethods = {
  'series.list': { input: z.strictObject({}) },
  'series.get': { input: z.strictObject({ series: SeriesNameSchema }) },
  'series.update': { input: z.strictObject({ series: SeriesNameSchema, fields: SeriesFieldsSchema }) },
  'series.rename': { input: z.strictObject({ from: SeriesNameSchema, to: SeriesNameSchema }) },
  'series.merge': { input: z.strictObject({ from: SeriesNameSchema, into: SeriesNameSchema }) },
  /** One series' holdings, or every series' when `series` is left out. */
  'holdings.get': { input: z.strictObject({ series: SeriesNameSchema.optional() }) },
  /** An empty note removes the note. */
  'holdings.note': {
    input: z.strictObject({
      series: SeriesNameSchema,
      year: MissingNoteSchema.shape.year,
      number: MissingNoteSchema.shape.number,
      note: z.string().max(500),
    }),
  },
  /** The gap report as a file, spooled like every export. */
  'holdings.export': {
    input: z.strictObject({
      series: SeriesNameSchema.optional(),
      format: z.enum(['csv', 'xlsx']),
      locale: z.enum(['zh', 'en']).default('zh'),
    }),
  },
  'stats.get': { input: z.strictObject({ series: SeriesNameSchema.optional() }) },
} as const;

export interface SeriesOutputs {
  'series.list': SeriesOverview[];
  'series.get': { overview: SeriesOverview; holdings: SeriesHoldings };
  'series.update': SeriesRecord;
  'series.rename': SeriesRecord;
  'series.merge': SeriesRecord;
  'holdings.get': SeriesHoldings[];
  'holdings.note': SeriesHoldings;
  'holdings.export': PreparedExport & { rows: number };
  'stats.get': LibraryStats;
}
