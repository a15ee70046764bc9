import { z } from 'zod';
import { ArticleMetaSchema, IssueSchema, SectionSchema, UnplacedLineSchema } from './catalog';

/**
 * An issue exported as JSON: lossless (catalogue entry, every body and, from version 2, the
 * original file itself), so it can be brought into another library exactly as it is here.
 * Written by the exporter, read back by the importer: the shape lives here, between the two.
 */
export const ISSUE_EXPORT_FORMAT = 'bulletin-archive/issue';
export const ISSUE_EXPORT_VERSION = 2;

export const IssueExportSchema = z.strictObject({
  format: z.literal(ISSUE_EXPORT_FORMAT),
  version: z.union([z.literal(1), z.literal(2)]),
  issue: IssueSchema,
  articles: z.array(ArticleMetaSchema.extend({ issueId: z.string(), sections: z.array(SectionSchema) })),
  originalBase64: z.string().nullable().optional(),
  /** The issue's unplaced lines (issue 13); absent in exports made before they were kept. */
  unplaced: z.array(UnplacedLineSchema).optional(),
});
export type IssueExport = z.infer<typeof IssueExportSchema>;
