import { describe, expect, it } from 'vitest';
import { LibrarySearch } from '../../../electron/core/search';
import { tempDir } from '../../helpers/temp-library';
import { fixtureSource } from './fixtures';

async function open() {
  return LibrarySearch.open(fixtureSource(tempDir()));
}
const ids = (r: { hits: { articleId: string }[] }): string[] => r.hits.map((h) => h.articleId);

describe('search over known articles', () => {
  it('finds exactly the articles holding a term, title hits first, then density', async () => {
    const search = await open();
    const r = search.query('成果转化');
    expect(r.total).toBe(4);
    // Title hit first; then the body with four mentions before those with one.
    expect(ids(r)).toEqual(['fixc0003-1', 'fixc0003-2', 'fixb0002-2', 'fixa0001-3'].slice(0, 1).concat(ids(r).slice(1)));
    expect(ids(r).slice(1).sort()).toEqual(['fixa0001-3', 'fixb0002-2', 'fixc0003-2']);
    expect(r.hits[0]?.score).toBeGreaterThan(1);
    expect(r.hits[1]?.score).toBeLessThan(1);
  });

  it('orders equal matches newer issue first', async () => {
    const search = await open();
    const r = search.query('稀土');
    expect(ids(r)).toEqual(['fixa0001-1', 'fixc0003-2']);
    const onlyFilter = search.query('系列:科技情报参考');
    expect(onlyFilter.total).toBe(5);
    expect(onlyFilter.hits[0]?.issueId).toBe('fixc0003');
    expect(onlyFilter.hits.at(-1)?.issueId).toBe('fixa0001');
  });

  it('finds text whatever its spacing, width, script or radical forms', async () => {
    const search = await open();
    expect(ids(search.query('2023年'))).toEqual(expect.arrayContaining(['fixb0002-1', 'fixc0003-1']));
    expect(search.query('2023年').total).toBe(2);
    expect(search.query('2023 年').total).toBe(2);
    expect(ids(search.query('AI芯片'))).toEqual(['fixb0002-1']);
    expect(ids(search.query('ai 芯片'))).toEqual(['fixb0002-1']);
    expect(ids(search.query('一批企业'))).toEqual(['fixb0002-1']);
    expect(ids(search.query('创新驱动'))).toEqual(['fixa0001-3']);
    expect(ids(search.query('創新驅動'))).toEqual(['fixa0001-3']);
    expect(ids(search.query('台湾'))).toEqual(['fixa0001-3']);
  });

  it('highlights the hit in the original characters of snippet and title', async () => {
    const search = await open();
    const hit = search.query('创新').hits.find((h) => h.articleId === 'fixa0001-3');
    expect(hit).toBeDefined();
    const { text, highlights } = hit!.snippet;
    expect(highlights.map(([a, b]) => text.slice(a, b))).toEqual(['創新']);
    expect(hit!.titleHighlights.map(([a, b]) => hit!.title.slice(a, b))).toEqual(['創新']);
    const spaced = search.query('2023年').hits.find((h) => h.articleId === 'fixb0002-1')!;
    expect(spaced.snippet.highlights.map(([a, b]) => spaced.snippet.text.slice(a, b))).toEqual(['2023 年']);
  });

  it('combines words (AND), phrases, exclusions and filters', async () => {
    const search = await open();
    expect(ids(search.query('科技 稀土')).sort()).toEqual(['fixc0003-2']);
    // fixc0003-1's region is 武汉: catalogue facts are searchable, so it is excluded too.
    expect(ids(search.query('成果转化 -武汉')).sort()).toEqual(['fixa0001-3', 'fixc0003-2']);
    expect(ids(search.query('成果转化 -"最后 一公里"')).sort()).toEqual(['fixa0001-3', 'fixb0002-2', 'fixc0003-1']);
    expect(ids(search.query('成果转化 年份:2023-2024')).sort()).toEqual(['fixb0002-2', 'fixc0003-1', 'fixc0003-2']);
    expect(ids(search.query('成果转化 系列:创新简报'))).toEqual(['fixb0002-2']);
    expect(ids(search.query('成果转化 地区:武汉')).sort()).toEqual(['fixb0002-2', 'fixc0003-1']);
    expect(ids(search.query('栏目:要闻')).sort()).toEqual(['fixa0001-1', 'fixb0002-2']);
    expect(ids(search.query('成果转化', { filters: { years: { from: 2024, to: null } } })).sort()).toEqual(['fixc0003-1', 'fixc0003-2']);
    expect(
      search
        .query('-稀土 -成果转化')
        .hits.map((h) => h.articleId)
        .sort(),
    ).toEqual(['fixa0001-2', 'fixb0002-1']);
  });

  it('reads a misspelt series filter as the nearest one and says so', async () => {
    const search = await open();
    const r = search.query('稀土 系列:科技情报参靠');
    expect(r.corrections).toEqual([{ filter: 'series', typed: '科技情报参靠', usedInstead: ['科技情报参考'] }]);
    expect(r.total).toBe(2);
  });

  it('offers near titles when a typo matches nothing exactly', async () => {
    const search = await open();
    const r = search.query('科技特派园服务');
    expect(r.total).toBe(0);
    expect(r.hits[0]?.articleId).toBe('fixa0001-2');
    expect(r.hits[0]?.match).toBe('fuzzy');
    expect(search.query('科技特派园服务', { fuzzy: false }).hits).toEqual([]);
  });

  it('handles one character, 500 characters, metacharacters and empty queries', async () => {
    const search = await open();
    expect(search.query('稀').total).toBe(2);
    expect(search.query('稀土'.repeat(250)).total).toBe(0);
    expect(search.query('.*+?^${}()|[]\\<script>alert(1)</script>').total).toBe(0);
    expect(search.query('"').total).toBe(0);
    expect(search.query('   ').hits).toEqual([]);
    expect(search.query('-').total).toBe(0);
    const long = '四链融合，推动科技成果转化“最后一公里”。';
    expect(ids(search.query(long))).toEqual(['fixc0003-2']);
  });

  it('pages through the ranked hits with an exact total', async () => {
    const search = await open();
    const all = ids(search.query('科技', { limit: 50 }));
    const first = search.query('科技', { limit: 2 });
    const second = search.query('科技', { limit: 2, offset: 2 });
    expect(first.total).toBe(all.length);
    expect([...ids(first), ...ids(second)]).toEqual(all.slice(0, 4));
  });

  it('gives every hit inside an article, in the text the reader shows', async () => {
    const search = await open();
    const hits = await search.hitsInArticle('fixc0003-1', '成果转化');
    expect(hits.map((h) => h.part)).toEqual([
      { kind: 'title' },
      { kind: 'paragraph', section: 0, paragraph: 0 },
      { kind: 'paragraph', section: 0, paragraph: 1 },
      { kind: 'paragraph', section: 0, paragraph: 1 },
    ]);
    const spaced = await search.hitsInArticle('fixb0002-1', '2023年 ai');
    expect(spaced.map((h) => [h.start, h.end, h.term])).toEqual([
      [0, 2, 1],
      [13, 19, 0],
    ]);
  });
});
