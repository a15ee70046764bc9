import type { SearchOptions, SearchResult } from '../../../../electron/core/search';
import { BENCH_QUERIES } from '../../../bench/queries';

export { CorpusSource } from '../../../bench/corpus';

/**
 * The query set whose answers were recorded from the index of format 2 (before issue 19's paged
 * segments): the bench's queries and the kinds they leave out (one character, exclusions, filters
 * alone, pages further down, a term in a third of the articles, one no article holds).
 */
export const GOLDEN_ARTICLES = 3000;

export const GOLDEN_QUERIES: { query: string; options?: SearchOptions }[] = [
  ...BENCH_QUERIES.map((q) => ({ query: q.query })),
  { query: '科技', options: { limit: 20, offset: 40 } },
  { query: '科' },
  { query: '发展 -科技' },
  { query: '创新 -"成果转化"' },
  { query: '年份:2015-2016' },
  { query: '系列:科技情报参考 年份:2020' },
  { query: '平台 系列:科技' },
  { query: '人才 地区:北京 年份:2012-2018' },
  { query: '转化 栏目:要闻' },
  { query: '"科技成果"' },
  { query: '成果 转化 平台 人才' },
  { query: '龘' },
  { query: '科技特派员' },
];


/** What a user sees of a result: the total, and the first twenty hits as listed. */
export function seen(result: SearchResult): unknown {
  return {
    total: result.total,
    corrections: result.corrections,
    hits: result.hits.slice(0, 20).map((h) => [h.articleId, h.score, h.match, h.snippet.text, h.snippet.highlights, h.titleHighlights]),
  };
}
