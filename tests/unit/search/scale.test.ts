import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSearchIndex, documentsOfIssue, LibrarySearch, normalise } from '../../../electron/core/search';
import type { SearchDocument } from '../../../electron/core/search';
import { segmentCounters } from '../../../electron/core/search/paged-file';
import { generateCorpus } from '../../bench/corpus';
import type { Corpus } from '../../bench/corpus';
import { tempDir } from '../../helpers/temp-library';
import { FakeSource } from './fake-source';

/**
 * Issue 19: the index's cost follows the query, not the library. Counted, never timed: bytes read
 * from the segment files, posting entries decoded. Two segments (one added by a later sync); the
 * last test deletes an issue, so totals must leave dead articles out.
 */
let corpus: Corpus;
let documents: SearchDocument[];
let normalised: string[][];
let dir: string;
let source: FakeSource;

beforeAll(async () => {
  corpus = generateCorpus(1500, 11);
  dir = tempDir();
  source = new FakeSource(dir);
  const add = (issues: Corpus['issues']) => issues.forEach((issue) => source.add(issue, corpus.texts.get(issue.id)!));
  add(corpus.issues.slice(0, 150));
  const search = await LibrarySearch.open(source);
  add(corpus.issues.slice(150));
  await search.sync();
  search.close();
  documents = corpus.issues.flatMap((issue) => documentsOfIssue(issue, corpus.texts.get(issue.id)!));
  normalised = documents.map((d) => d.parts.map(normalise));
}, 300_000);

const has = (i: number, term: string): boolean => normalised[i]!.some((part) => part.includes(term));
const ids = (r: { hits: { articleId: string }[] }): string[] => r.hits.map((h) => h.articleId);

async function indexBytes(): Promise<number> {
  let bytes = 0;
  for (const name of await fs.readdir(path.join(dir, 'index'))) if (name.startsWith('seg-')) bytes += (await fs.stat(path.join(dir, 'index', name))).size;
  return bytes;
}

describe('an index whose cost follows the query', () => {
  it('opens reading a small part of its files, and a query of two characters reads little more', async () => {
    const before = segmentCounters.bytesRead;
    const search = await LibrarySearch.open(source);
    const atOpen = segmentCounters.bytesRead - before;
    const disk = await indexBytes();
    expect(search.articleCount).toBe(documents.length);
    expect(atOpen).toBeGreaterThan(0);
    expect(atOpen / disk).toBeLessThan(0.03);
    const r = search.query('稀土', { limit: 20 });
    expect(r.total).toBe(documents.filter((_, i) => has(i, '稀土')).length);
    expect((segmentCounters.bytesRead - before) / disk).toBeLessThan(0.06);
    search.close();
  });

  it('answers a term in nearly every article by decoding about k entries per segment, with the exact total', async () => {
    const search = await LibrarySearch.open(source);
    const scanTotal = documents.filter((_, i) => has(i, '科技')).length;
    expect(scanTotal).toBeGreaterThan(documents.length * 0.9);
    const before = segmentCounters.postingsDecoded;
    const page = search.query('科技', { limit: 20 });
    const decoded = segmentCounters.postingsDecoded - before;
    expect(page.total).toBe(scanTotal);
    // Two segments: the head of each one's top list, 20 entries, and the totals from the dictionary.
    expect(decoded).toBeLessThanOrEqual(2 * 20);
    // The same order as the way that ranks every match: an exclusion no article has sends the query there.
    const everyMatch = search.query('科技 -龘', { limit: 60 });
    expect(everyMatch.total).toBe(scanTotal);
    expect(ids(page)).toEqual(ids(everyMatch).slice(0, 20));
    expect(page.hits.map((h) => h.score)).toEqual(everyMatch.hits.slice(0, 20).map((h) => h.score));
    const before2 = segmentCounters.postingsDecoded;
    expect(ids(search.query('科技', { limit: 20, offset: 40 }))).toEqual(ids(everyMatch).slice(40, 60));
    expect(segmentCounters.postingsDecoded - before2).toBeLessThanOrEqual(2 * 60);
    search.close();
  });

  it('filters by series, year and region from the index as a scan does', async () => {
    const search = await LibrarySearch.open(source);
    const series = documents[0]!.series;
    const region = documents.find((d) => d.region !== null)!.region!;
    const cases: { query: string; keep: (d: SearchDocument, i: number) => boolean }[] = [
      { query: '创新 年份:2015-2018', keep: (d, i) => has(i, '创新') && d.year !== null && d.year >= 2015 && d.year <= 2018 },
      { query: `系列:${series}`, keep: (d) => d.series === series },
      { query: `平台 地区:${region}`, keep: (d, i) => has(i, '平台') && d.region !== null && normalise(d.region).includes(normalise(region)) },
      { query: `"成果转化" 年份:2020 系列:${series}`, keep: (d, i) => has(i, '成果转化') && d.year === 2020 && d.series === series },
      { query: '科技 年份:2011-', keep: (d, i) => has(i, '科技') && d.year !== null && d.year >= 2011 },
    ];
    for (const { query, keep } of cases) {
      const expected = documents.filter((d, i) => keep(d, i)).map((d) => d.articleId).sort();
      const r = search.query(query, { limit: 5000 });
      expect({ query, total: r.total, found: ids(r).sort() }).toEqual({ query, total: expected.length, found: expected });
      expect(r.corrections).toEqual([]);
    }
    search.close();
  });
  it('leaves deleted articles out of totals and pages, as a scan does', async () => {
    const search = await LibrarySearch.open(source);
    const victim = corpus.issues[3]!.id;
    source.remove(victim);
    await search.sync();
    const alive = documents.map((d) => d.issueId !== victim);
    for (const term of ['科技', '稀土', '技']) {
      const r = search.query(term, { limit: 30 });
      expect(r.total).toBe(documents.filter((_, i) => alive[i] && has(i, term)).length);
      expect(ids(r)).toEqual(ids(search.query(`${term} -龘`, { limit: 30 })));
      expect(r.hits.every((h) => h.issueId !== victim)).toBe(true);
    }
    search.close();
  });
});

describe('a damaged segment', () => {
  it('is caught when a damaged page of postings is first read: no wrong answer, then rebuilt', async () => {
    const own = tempDir();
    const small = new FakeSource(own);
    for (const issue of corpus.issues.slice(0, 40)) small.add(issue, corpus.texts.get(issue.id)!);
    (await LibrarySearch.open(small)).close();
    const name = (await fs.readdir(path.join(own, 'index'))).find((n) => n.startsWith('seg-'))!;
    const file = path.join(own, 'index', name);
    const bytes = await fs.readFile(file);
    const headerLength = bytes.readUInt32LE(8);
    const header = JSON.parse(bytes.toString('utf8', 16, 16 + headerLength)) as { sections: Record<string, [number, number]> };
    const [postingsAt, postingsLength] = header.sections['postings']!;
    // The first page of postings: the lists of the lowest keys, digits among them.
    expect(postingsLength).toBeGreaterThan(16);
    const at = Math.ceil((16 + headerLength) / 8) * 8 + postingsAt + 8;
    bytes[at] = (bytes[at] ?? 0) ^ 0x5a;
    await fs.writeFile(file, bytes);

    expect(await checkSearchIndex(own)).toEqual([{ path: path.join('index', name), problem: expect.stringMatching(/checksum/) }]);
    const search = await LibrarySearch.open(small);
    expect(search.notices).toEqual([]);
    const truth = (term: string): number =>
      corpus.issues
        .slice(0, 40)
        .flatMap((issue) => documentsOfIssue(issue, corpus.texts.get(issue.id)!))
        .filter((d) => d.parts.some((p) => normalise(p).includes(term))).length;
    // Query every common pair until one reads the damaged page; none may answer wrongly.
    for (const term of ['科技', '2', '1', '0', '3', '5', '9']) {
      const r = search.query(term);
      if (search.notices.length > 0) break;
      expect(r.total).toBe(truth(term));
    }
    expect(search.notices).toEqual([{ code: 'search-segment-rebuilt', file: name }]);
    await search.settled();
    for (const term of ['科技', '创新', '平台']) expect(search.query(term).total).toBe(truth(term));
    search.close();
    expect(await checkSearchIndex(own)).toEqual([]);
  });

  it('is caught at open when its header is damaged', async () => {
    const own = tempDir();
    const small = new FakeSource(own);
    for (const issue of corpus.issues.slice(0, 10)) small.add(issue, corpus.texts.get(issue.id)!);
    (await LibrarySearch.open(small)).close();
    const name = (await fs.readdir(path.join(own, 'index'))).find((n) => n.startsWith('seg-'))!;
    const file = path.join(own, 'index', name);
    const bytes = await fs.readFile(file);
    bytes[40] = (bytes[40] ?? 0) ^ 0x01;
    await fs.writeFile(file, bytes);
    const search = await LibrarySearch.open(small);
    expect(search.notices).toEqual([{ code: 'search-segment-rebuilt', file: name }]);
    expect(search.articleCount).toBe(60);
    search.close();
  });
});
