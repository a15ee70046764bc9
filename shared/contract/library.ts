import { z } from 'zod';
import type { Article, Issue, IssueSummary } from '../catalog';
import { ArchiveMessageSchema } from '../messages';
import { ArticleIdSchema, IssueIdSchema } from '../ids';
import { MastheadFieldSchemas } from '../masthead';
import { CataloguePatchSchema } from '../catalogue-fields';

/** One of an issue's files, by its checksum (issue 14: an issue has several). */
export const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

/** Browsing the library: issues, their mastheads and articles, and corrections to a masthead. */
export { ArticleIdSchema, IssueIdSchema };

export const LibraryInfoSchema = z.strictObject({
  path: z.string(),
  issueCount: z.number(),
  notices: z.array(ArchiveMessageSchema),
});
export type LibraryInfo = z.infer<typeof LibraryInfoSchema>;

const MastheadPatchSchema = z
  .strictObject({
    ...MastheadFieldSchemas,
    /** 合刊 (the last number of a joint issue) and 增刊: what the grid of the series' run reads. */
    numberTo: MastheadFieldSchemas.number,
    supplement: z.boolean(),
    needsReview: z.boolean(),
  })
  .partial();
export { MastheadPatchSchema };
export type MastheadPatch = z.infer<typeof MastheadPatchSchema>;

/** A change to an issue's entry: its masthead and its catalogue fields (issue 14). */
export const IssuePatchSchema = MastheadPatchSchema.extend(CataloguePatchSchema.shape);
export type IssuePatch = z.infer<typeof IssuePatchSchema>;

export const libraryMethods = {
  'library.info': { input: z.strictObject({}) },
  'issues.list': { input: z.strictObject({}) },
  'issues.get': { input: z.strictObject({ issueId: IssueIdSchema }) },
  'issues.update': { input: z.strictObject({ issueId: IssueIdSchema, patch: IssuePatchSchema }) },
  'issues.delete': { input: z.strictObject({ issueId: IssueIdSchema }) },
  'articles.get': { input: z.strictObject({ articleId: ArticleIdSchema }) },
  /** The issue's original file, byte for byte (browser mode offers it as a download). */
  'issues.original': { input: z.strictObject({ issueId: IssueIdSchema, sha256: Sha256Schema.optional() }) },
} as const;

export interface LibraryOutputs {
  'library.info': LibraryInfo;
  'issues.list': IssueSummary[];
  'issues.get': Issue;
  'issues.update': Issue;
  'issues.delete': { deleted: string };
  'articles.get': Article;
  'issues.original': OriginalFileView;
}

/** An original file handed to the person: a safe name with the extension of its kind. */
export interface OriginalFileView {
  name: string;
  mime: string;
  dataBase64: string;
}
