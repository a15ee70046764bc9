import { z } from 'zod';
import { ArticleHitsInputSchema, SearchQueryInputSchema } from '../search';
import type { ArticleHit, SearchProgress, SearchResult } from '../search';
import type { ArchiveMessage } from '../messages';

/** Full-text search over every article, and every hit inside one article for stepping. */
export const searchMethods = {
  'search.query': { input: SearchQueryInputSchema },
  'search.inArticle': { input: ArticleHitsInputSchema },
  'search.status': { input: z.strictObject({}) },
} as const;

/** Whether the index is ready; while it is being built, how far along it is. */
export interface SearchStatus {
  progress: SearchProgress;
  notices: ArchiveMessage[];
  /** Articles a search covers now (while a build runs, the part indexed so far); absent before the index is opened. */
  searchable?: number;
}

export interface SearchOutputs {
  'search.query': SearchResult;
  'search.inArticle': ArticleHit[];
  'search.status': SearchStatus;
}
