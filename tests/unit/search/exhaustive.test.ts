import { describe, expect, it } from 'vitest';
import { documentsOfIssue, LibrarySearch, normalise } from '../../../electron/core/search';
import { generateCorpus } from '../../bench/corpus';
import { seededRandom } from '../../bench/random';
import { tempDir } from '../../helpers/temp-library';
import { FakeSource } from './fake-source';

/**
 * The index against brute force on a generated corpus: for many random pieces of real article
 * text, the set found must be exactly the set a plain scan finds. No drops, no false positives.
 */
describe('index against a plain scan', () => {
  it('finds exactly what a scan finds, for random substrings and word pairs', async () => {
    const corpus = generateCorpus(300, 7);
    const source = new FakeSource(tempDir());
    for (const issue of corpus.issues) source.add(issue, corpus.texts.get(issue.id)!);
    const search = await LibrarySearch.open(source);
    const documents = corpus.issues.flatMap((issue) => documentsOfIssue(issue, corpus.texts.get(issue.id)!));
    const normalised = documents.map((d) => d.parts.map(normalise));
    const scan = (terms: string[]): string[] =>
      documents
        .filter((_, i) => terms.every((t) => normalised[i]!.some((p) => p.includes(t))))
        .map((d) => d.articleId)
        .sort();

    const random = seededRandom(42);
    const queries: string[][] = [];
    for (let q = 0; q < 150; q++) {
      const d = Math.floor(random() * documents.length);
      const parts = normalised[d]!;
      const part = parts[Math.floor(random() * parts.length)]!;
      const length = 1 + Math.floor(random() * 8);
      const start = Math.floor(random() * Math.max(1, part.length - length));
      const term = part.slice(start, start + length);
      if (term.trim() === '' || /[\s"“”「『\-－−:：]/.test(term)) continue;
      queries.push(q % 3 === 0 ? [term, part.slice(0, 2)].filter((t) => !/[\s"“”「『\-－−:：]/.test(t)) : [term]);
    }
    for (const terms of queries) {
      const result = search.query(terms.join(' '), { limit: 1000 });
      expect({ terms, found: result.hits.map((h) => h.articleId).sort() }).toEqual({ terms, found: scan([...new Set(terms)]) });
      expect(result.total).toBe(result.hits.length);
    }
    search.close();
  });

  it('drops deleted issues and indexes changed ones', async () => {
    const corpus = generateCorpus(60, 3);
    const source = new FakeSource(tempDir());
    for (const issue of corpus.issues) source.add(issue, corpus.texts.get(issue.id)!);
    const search = await LibrarySearch.open(source);
    const victim = corpus.issues[0]!;
    const title = victim.articles[0]!.title;
    expect(search.query(`"${title}"`).hits.map((h) => h.issueId)).toContain(victim.id);
    source.remove(victim.id);
    const report = await search.sync();
    expect(report.removed).toBe(1);
    expect(search.query(`"${title}"`).hits.map((h) => h.issueId)).not.toContain(victim.id);
    search.close();
    const reopened = await LibrarySearch.open(source);
    expect(reopened.query(`"${title}"`).hits.map((h) => h.issueId)).not.toContain(victim.id);
    expect(reopened.articleCount).toBe(54);
    reopened.close();
  });
});
