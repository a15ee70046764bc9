import { z } from 'zod';
import { SectionSchema } from './catalog';
import { ArticleIdSchema } from './ids';

/**
 * The articles of an issue as the issue page's editor leaves them (titles, regions, columns,
 * order, split and merged): the whole list, each naming the articles its text came from, so the
 * core can keep ids stable and let annotations follow their text.
 */
export const EditedArticleSchema = z.strictObject({
  from: z.array(ArticleIdSchema).min(1).max(500),
  title: z.string().trim().min(1).max(500),
  page: z.number().int().min(0).max(100_000).nullable(),
  column: z.string().trim().max(100).nullable(),
  region: z.string().trim().max(100).nullable(),
  source: z.string().trim().max(200).nullable(),
  sections: z.array(SectionSchema).max(10_000),
});
export type EditedArticle = z.infer<typeof EditedArticleSchema>;

export const ArticleEditsSchema = z.array(EditedArticleSchema).min(1).max(2000);
