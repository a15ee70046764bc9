import { z } from 'zod';
import { ArticleIdSchema } from './ids';

/**
 * The public shape of search: what the screen and the command line send and get back. The
 * schemas are the contract's `search.query` and `search.inArticle` (shared/contract/search.ts).
 */

export const YearRangeSchema = z.strictObject({
  from: z.number().int().min(1000).max(9999).nullable(),
  to: z.number().int().min(1000).max(9999).nullable(),
});
export type YearRange = z.infer<typeof YearRangeSchema>;

/** Filters set from the screen; the same filters can be typed into the query (`年份:2023-2024`). */
export const SearchFiltersSchema = z.strictObject({
  series: z.string().max(200).optional(),
  years: YearRangeSchema.optional(),
  region: z.string().max(200).optional(),
  column: z.string().max(200).optional(),
  /** Only articles carrying this tag (annotations). */
  tag: z.string().max(100).optional(),
  /** Only articles with highlights or notes. */
  annotated: z.boolean().optional(),
});
export type SearchFilters = z.infer<typeof SearchFiltersSchema>;

export const SearchOptionsSchema = z.strictObject({
  filters: SearchFiltersSchema.optional(),
  /** How many hits to rank and return; the total is always exact. */
  limit: z.number().int().min(1).max(1000).optional(),
  /** Skip this many ranked hits (paging). */
  offset: z.number().int().min(0).max(100_000).optional(),
  /** Fuzzy title matching when nothing matches exactly (default on). */
  fuzzy: z.boolean().optional(),
});
export type SearchOptions = z.infer<typeof SearchOptionsSchema>;

/** Suggested contract entry: 'search.query': { input: SearchQueryInputSchema }, output SearchResult. */
export const SearchQueryInputSchema = z.strictObject({
  query: z.string().max(2000),
  options: SearchOptionsSchema.optional(),
});
export type SearchQueryInput = z.infer<typeof SearchQueryInputSchema>;

/** Suggested contract entry: 'search.inArticle': { input: ArticleHitsInputSchema }, output ArticleHit[]. */
export const ArticleHitsInputSchema = z.strictObject({
  articleId: ArticleIdSchema,
  query: z.string().max(2000),
});
export type ArticleHitsInput = z.infer<typeof ArticleHitsInputSchema>;

/** [start, end) in UTF-16 units of the text it belongs to. */
export type TextRange = [start: number, end: number];

export interface Snippet {
  /** A stretch of one paragraph (or the title), as printed: original characters, no markup. */
  text: string;
  highlights: TextRange[];
  /** The stretch begins or ends inside its paragraph: show an ellipsis there. */
  cutStart: boolean;
  cutEnd: boolean;
}

export interface SearchHit {
  issueId: string;
  articleId: string;
  title: string;
  series: string;
  year: number | null;
  number: number | null;
  region: string | null;
  column: string | null;
  /** Higher is better: the number of query words in the title, plus density (below 1). */
  score: number;
  snippet: Snippet;
  titleHighlights: TextRange[];
  /** `fuzzy` hits are near matches of the title, offered only when nothing matches exactly. */
  match: 'exact' | 'fuzzy';
}

/** A filter value that matched nothing as typed and was read as a near one instead. */
export interface FilterCorrection {
  filter: 'series' | 'region' | 'column';
  typed: string;
  usedInstead: string[];
}

export interface SearchResult {
  /** Every article that matches exactly; never an estimate. 0 when `hits` are fuzzy. */
  total: number;
  hits: SearchHit[];
  /** The query as understood, for the screen to echo. */
  understood: UnderstoodQuery;
  corrections: FilterCorrection[];
  tookMs: number;
  /**
   * Present while the index is being built in the background: the hits come from the
   * `searched` articles indexed so far (none at first: not ready yet), and `progress` says how
   * far the build is. Absent when the whole library was searched.
   */
  incomplete?: { progress: SearchProgress; searched: number };
}

export interface UnderstoodQuery {
  /** Every one must occur (normalised form). Phrases are terms with spaces kept. */
  terms: string[];
  excluded: string[];
  filters: SearchFilters;
}

/** Where in an article one hit lies, in the article's own (unnormalised) text. */
export type ArticlePart =
  { kind: 'title' } | { kind: 'heading'; section: number } | { kind: 'paragraph'; section: number; paragraph: number };

export interface ArticleHit {
  part: ArticlePart;
  start: number;
  end: number;
  /** Which query term this is (index into `understood.terms`). */
  term: number;
}

export type SearchProgress =
  | { phase: 'loading' }
  | { phase: 'indexing'; done: number; total: number }
  | { phase: 'saving' }
  | { phase: 'ready'; articles: number; rebuilt: boolean };
