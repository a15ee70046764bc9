import { z } from 'zod';
import type { ParsedIssue } from './bulletin';
import { ArchiveMessageSchema } from './messages';
import { MastheadFieldSchemas } from './masthead';

/**
 * A parsed bulletin as it comes back from the import review, edited by a cataloguer: untrusted
 * until this schema has parsed it. Kept beside the ParsedIssue type it must agree with.
 */
const text = (max: number) => z.string().max(max);

export const ParsedIssueSchema = z.strictObject({
  ...MastheadFieldSchemas,
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
