import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibrarySearch } from '../../../electron/core/search';
import { generateCorpus } from '../../bench/corpus';
import { tempDir } from '../../helpers/temp-library';
import { CorpusSource, GOLDEN_ARTICLES, GOLDEN_QUERIES, seen } from './golden/queries';

/**
 * Issue 19 changed how the index is stored and read (paged, compressed, top lists, filters from
 * per-article tables), not what it answers: on the bench's corpus and queries, every total, order,
 * score, snippet and highlight is the one the index of format 2 gave (golden/golden-results.json).
 */
describe('the paged index answers as the index before it', () => {
  it('gives the recorded results for every query of the set, built and reopened', async () => {
    const recorded = JSON.parse(await fs.readFile(path.join(import.meta.dirname, 'golden', 'golden-results.json'), 'utf8')) as {
      query: string;
      seen: unknown;
    }[];
    const source = new CorpusSource(tempDir(), generateCorpus(GOLDEN_ARTICLES));
    const built = await LibrarySearch.open(source);
    const fresh = GOLDEN_QUERIES.map(({ query, options }) => ({ query, seen: seen(built.query(query, options)) }));
    built.close();
    const reopened = await LibrarySearch.open(source);
    const again = GOLDEN_QUERIES.map(({ query, options }) => ({ query, seen: seen(reopened.query(query, options)) }));
    reopened.close();
    for (const [i, answer] of recorded.entries()) {
      expect(fresh[i]?.seen, answer.query).toEqual(answer.seen);
      expect(again[i]?.seen, answer.query).toEqual(answer.seen);
    }
  }, 120_000);
});
