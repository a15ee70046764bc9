import { describe, expect, it } from 'vitest';
import { createArchive } from '../../../electron/core/api/archive';
import { AnnotationStore } from '../../../electron/core/annotations';
import type { SearchResult } from '../../../shared/search';
import { libraryWithSample } from '../../helpers/temp-library';

describe('searching by tag and by "has annotations"', () => {
  it('keeps only the tagged or annotated articles that contain the query', async () => {
    const { library, issueId } = await libraryWithSample();
    const store = new AnnotationStore(library);
    await store.addTag(`${issueId}-4`, '成果转化');
    await store.addTag(`${issueId}-1`, '平台');
    await store.addArticleNote(`${issueId}-6`, '周会讨论');
    const dispatch = createArchive(library).dispatch;
    const search = async (filters: Record<string, unknown>): Promise<string[]> => {
      const answer = await dispatch('search.query', { query: '科技', options: { filters } });
      if (!answer.ok) throw new Error(answer.error.message);
      return (answer.data as SearchResult).hits.map((h) => h.articleId).sort();
    };
    expect(await search({})).toHaveLength(6);
    expect(await search({ tag: '成果转化' })).toEqual([`${issueId}-4`]);
    expect(await search({ annotated: true })).toEqual([`${issueId}-6`]);
    expect(await search({ tag: '平台', annotated: true })).toEqual([]);
    expect(await search({ tag: '没有这个标签' })).toEqual([]);
  });
});
