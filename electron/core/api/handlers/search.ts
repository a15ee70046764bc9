import type { searchMethods } from '../../../../shared/contract/search';
import { viewerOf } from '../../annotations';
import type { ApiContext } from '../context';
import type { AreaHandlers } from './types';

export function searchHandlers({ search, annotations }: ApiContext): AreaHandlers<keyof typeof searchMethods> {
  return {
    // Never waits for a large build: while one runs, the answer comes from the articles indexed
    // so far and says how far the build is (none at first: "not ready yet").
    'search.query': async ({ query, options }, caller) => {
      const now = await search.current();
      // The annotation filters mean the caller's own marks (and shared notes) in the reading room.
      const result = now.search.query(query, options, annotations.articlesForSearch(options?.filters, viewerOf(caller)));
      return now.missing > 0 ? { ...result, incomplete: { progress: now.progress, searched: now.search.articleCount } } : result;
    },
    'search.inArticle': async ({ articleId, query }) => search.hitsInArticle(articleId, query),
    'search.status': async () => {
      const searchable = search.searchable;
      return { progress: search.lastProgress, notices: [...search.notices], ...(searchable === null ? {} : { searchable }) };
    },
  };
}
