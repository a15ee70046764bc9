import { z } from 'zod';
import type { ParsedIssue } from './bulletin';
import { ArchiveMessageSchema } from './messages';

/**
 * A parsed bulletin as it comes back from the import review, edited by a cataloguer: untrusted
 * until this schema has parsed it. Kept beside the ParsedIssue type it must agree with.
 */
const text = (max: number) => z.string().max(max);

export const ParsedIssueSchema = z.strictObject({
  series: text(200).trim().min(1),
  year: z.number().int().min(1900).max(2200).nullable(),
  number: z.number().int().min(0).max(100_000).nullable(),
  totalNumber: z.number().int().min(0).max(1_000_000).nullable(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  publisher: text(500).nullable(),
  editor: text(200).nullable(),
  reviewer: text(200).nullable(),
  phone: text(100).nullable(),
  articles: z
    .array(
      z.strictObject({
        title: text(1000).trim().min(1),
        page: z.number().int().min(0).max(100_000).nullable(),
        column: text(200).nullable(),
        region: text(200).nullable(),
        source: text(500).nullable(),
        sections: z.array(z.strictObject({ heading: text(1000).nullable(), paragraphs: z.array(z.string()) })),
      }),
    )
    .min(1)
    .max(5000),
  warnings: z.array(ArchiveMessageSchema),
}) satisfies z.ZodType<ParsedIssue>;
