import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../electron/core/library';
import type { Library } from '../../../electron/core/library';
import { LibrarySearch } from '../../../electron/core/search';
import type { SearchProgress } from '../../../electron/core/search';
import { sampleBytes, tempDir } from '../../helpers/temp-library';

async function sampleLibrary(): Promise<Library> {
  const library = await openLibrary(tempDir(), { create: true });
  const outcome = await library.importBulletin({ name: 'kjqbck-2024-03.txt', bytes: sampleBytes() });
  expect(outcome.status).toBe('imported');
  return library;
}

/** The answer worked out without the index: articles whose text, spaces removed, holds the query. */
async function articlesContaining(library: Library, query: string): Promise<string[]> {
  const out: string[] = [];
  for (const issue of library.issues()) {
    const texts = await library.getTexts(issue.id);
    for (const meta of issue.articles) {
      const sections = texts.articles.find((a) => a.id === meta.id)?.sections ?? [];
      const parts = [
        meta.title,
        ...sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs]),
        meta.region ?? '',
        meta.column ?? '',
        meta.source ?? '',
        issue.publisher ?? '',
        issue.editor ?? '',
      ];
      if (parts.some((p) => p.replace(/\s+/g, '').includes(query))) out.push(meta.id);
    }
  }
  return out.sort();
}

describe('search on the sample issue', () => {
  it.each(['稀土', '科技特派员', '武创通', '成果转化', '2023年', '创新', '最后一公里', '呼包鄂'])(
    'finds exactly the articles that hold %s, title hits first',
    async (query) => {
      const library = await sampleLibrary();
      const search = await LibrarySearch.open(library);
      const result = search.query(query);
      const expected = await articlesContaining(library, query);
      expect(expected.length).toBeGreaterThan(0);
      expect(result.total).toBe(expected.length);
      expect(result.hits.map((h) => h.articleId).sort()).toEqual(expected);
      const titleHits = result.hits.map((h) => h.title.replace(/\s+/g, '').includes(query));
      expect(titleHits).toEqual([...titleHits].sort((a, b) => Number(b) - Number(a)));
      for (const hit of result.hits) {
        for (const [a, b] of hit.snippet.highlights) expect(hit.snippet.text.slice(a, b).replace(/\s+/g, '')).toBe(query);
      }
      search.close();
    },
  );

  it('knows the sample: 武创通 in the title of article 3 and the body of article 6', async () => {
    const search = await LibrarySearch.open(await sampleLibrary());
    const result = search.query('武创通');
    expect(result.hits.map((h) => h.title)).toEqual([
      '湖北武汉：“武创通”科创平台上线服务大数据科技治理',
      '武汉出台促进科技成果转化20条新政',
    ]);
    expect(result.hits[0]?.titleHighlights).toEqual([[6, 9]]);
    search.close();
  });

  it('is search-ready on reopen without indexing again, and rebuilds a damaged index', async () => {
    const library = await sampleLibrary();
    const first: SearchProgress[] = [];
    (await LibrarySearch.open(library, (p) => first.push(p))).close();
    expect(first.some((p) => p.phase === 'indexing')).toBe(true);

    const again: SearchProgress[] = [];
    const reopened = await LibrarySearch.open(library, (p) => again.push(p));
    expect(again.map((p) => p.phase)).toEqual(['loading', 'ready']);
    expect(reopened.query('稀土').total).toBe(1);
    reopened.close();

    const { promises: fs } = await import('node:fs');
    const path = await import('node:path');
    const dir = path.join(library.dir, 'index');
    const segment = (await fs.readdir(dir)).find((f) => f.startsWith('seg-'));
    const file = path.join(dir, segment ?? '');
    const bytes = await fs.readFile(file);
    bytes[bytes.length >> 1] = (bytes[bytes.length >> 1] ?? 0) ^ 0xff;
    bytes[200] = (bytes[200] ?? 0) ^ 0xff;
    await fs.writeFile(file, bytes);
    const repaired = await LibrarySearch.open(library);
    expect(repaired.notices).toEqual([{ code: 'search-segment-rebuilt', file: segment }]);
    expect(repaired.query('稀土').total).toBe(1);
    repaired.close();

    await fs.writeFile(path.join(dir, 'manifest.json'), '{"format": 1, "segm');
    const fromScratch = await LibrarySearch.open(library);
    expect(fromScratch.notices).toEqual([{ code: 'search-index-rebuilt' }]);
    expect(fromScratch.query('科技特派员').total).toBe(1);
    fromScratch.close();
  });

  it('keeps up with imports: a new issue is found after sync', async () => {
    const library = await sampleLibrary();
    const search = await LibrarySearch.open(library);
    expect(search.query('量子通信').total).toBe(0);
    const other = sampleBytes()
      .toString('utf8')
      .replace('2024 年第 3 期', '2023 年第 9 期')
      .replace('科技投入再加大 支持力度前所未有', '科技投入再加大 量子通信前所未有');
    const outcome = await library.importBulletin({ name: 'kjqbck-2023-09.txt', bytes: Buffer.from(other, 'utf8') });
    expect(outcome.status).toBe('imported');
    const report = await search.sync();
    expect(report.added).toBe(1);
    const result = search.query('量子通信');
    expect(result.total).toBe(1);
    expect(result.hits[0]?.year).toBe(2023);
    // Both issues hold 稀土 in article 1; the newer issue ranks first at equal density.
    expect(search.query('稀土').hits.map((h) => h.year)).toEqual([2024, 2023]);
    search.close();
  });
});
