import { z } from 'zod';
import type { ParsedIssue } from './bulletin';
import { ArchiveMessageSchema } from './messages';
import { MastheadFieldSchemas } from './masthead';

/**
 * A parsed bulletin as it comes back from the import review, edited by a cataloguer: untrusted
 * until this schema has parsed it. Kept beside the ParsedIssue type it must agree with.
 */
const text = (max: number) => z.string().max(max);

const lineNumber = z.number().int().min(0).max(10_000_000);

export const ParsedIssueSchema = z.strictObject({
  kind: z.enum(['bulletin', 'document']),
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
  numberTo: z.number().int().min(0).max(100_000).nullable(),
  supplement: z.boolean(),
  marks: z.strictObject({
    notices: z.array(text(200)).max(50),
    security: text(200).nullable(),
    permit: text(200).nullable(),
  }),
  closing: z.strictObject({
    distribution: z.array(z.strictObject({ role: text(20), recipients: z.array(text(500)).max(1000) })).max(50),
    printedBy: text(500).nullable(),
    printedOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable(),
    printRun: z.number().int().min(0).max(100_000_000).nullable(),
    signedBy: text(200).nullable().optional(),
  }),
  unplaced: z.array(z.strictObject({ line: lineNumber, text: z.string() })).max(100_000),
  evidence: z
    .array(z.strictObject({ field: text(100), lines: z.array(lineNumber).max(1000), rule: text(100), certain: z.boolean() }))
    .max(100_000),
  warnings: z.array(ArchiveMessageSchema),
}) satisfies z.ZodType<ParsedIssue>;
