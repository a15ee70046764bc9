import type { searchMethods } from '../../../../shared/contract/search';
import type { ApiContext } from '../context';
import type { AreaHandlers } from './types';

export function searchHandlers({ search, annotations }: ApiContext): AreaHandlers<keyof typeof searchMethods> {
  return {
    'search.query': async ({ query, options }) =>
      (await search.ready()).query(query, options, annotations.articlesForSearch(options?.filters)),
    'search.inArticle': async ({ articleId, query }) => (await search.ready()).hitsInArticle(articleId, query),
    'search.status': async () => ({ progress: search.lastProgress, notices: [...search.notices] }),
  };
}
