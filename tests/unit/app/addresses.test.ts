import { describe, expect, it } from 'vitest';
import { addressOf, pageKey, parseAddress } from '../../../renderer/src/routes/address';
import type { Place } from '../../../renderer/src/routes/address';
import { NO_FILTERS } from '../../../renderer/src/search/filters';
import type { View } from '../../../renderer/src/store/state';

const ISSUE = 'kjqbck-2024-03';
const ARTICLE = `${ISSUE}-2`;

/** Every kind of view a person can reach, with what its address must keep. */
const PLACES: Place[] = [
  { view: { kind: 'library' }, library: { series: '科技情报参考', filter: '稀土 2024' } },
  { view: { kind: 'series', series: '科技情报参考' } },
  { view: { kind: 'issue', issueId: ISSUE } },
  { view: { kind: 'article', issueId: ISSUE, articleId: ARTICLE, via: 'search' }, find: { query: '科技特派员', hit: 3 } },
  { view: { kind: 'article', issueId: ISSUE, articleId: ARTICLE } },
  { view: { kind: 'search' }, search: { query: '稀土 "武创通"', filters: { ...NO_FILTERS, series: '科技情报参考', yearFrom: '2023', yearTo: '2024', annotated: 'yes' } } },
  { view: { kind: 'annotations' } },
  { view: { kind: 'annotations', filters: { color: 'yellow', tag: '稀土', series: '科技情报参考', from: '2024-03-01', text: '融资 渠道' } } },
  { view: { kind: 'import' } },
  { view: { kind: 'review' } },
  { view: { kind: 'needs-review' } },
  { view: { kind: 'gaps' } },
  { view: { kind: 'stats', series: null } },
  { view: { kind: 'stats', series: '工作动态' } },
  { view: { kind: 'recycle' } },
  { view: { kind: 'packages', tab: 'backup' } },
  { view: { kind: 'packages', tab: 'export', issueIds: [ISSUE, 'gzdt-2023-07'] } },
  { view: { kind: 'print', target: { kind: 'article', articleId: ARTICLE } } },
  { view: { kind: 'print', target: { kind: 'issue', issueId: ISSUE } } },
  { view: { kind: 'print', target: { kind: 'articles', articleIds: [ARTICLE, `${ISSUE}-5`] } } },
];

describe('view addresses', () => {
  it.each(PLACES.map((place) => [addressOf(place), place] as const))('%s names its view again after a reload', (address, place) => {
    const parsed = parseAddress(address);
    expect(parsed?.view).toEqual(place.view);
    if (place.find) expect(parsed?.find).toEqual(place.find);
    if (place.search) expect(parsed?.search).toEqual(place.search);
    if (place.library) expect(parsed?.library).toEqual(place.library);
  });

  it('gives every kind of view its own address, and different pages different history entries', () => {
    const keys = PLACES.map((place) => pageKey(place.view));
    expect(new Set(PLACES.map((place) => addressOf(place))).size).toBe(PLACES.length);
    // The same article with or without a find is one page (stepping hits rewrites the entry).
    expect(keys.filter((key) => key === `article/${ARTICLE}`)).toHaveLength(2);
  });

  it('is plain ASCII in the address bar, Chinese queries included', () => {
    const search = PLACES.find((place) => place.view.kind === 'search');
    expect(search && addressOf(search)).toMatch(/^#\/search\?[\x21-\x7e]+$/);
  });

  it('opens on the library when there is no address', () => {
    expect(parseAddress('')?.view).toEqual({ kind: 'library' });
    expect(parseAddress('#/')?.view).toEqual({ kind: 'library' });
  });

  it.each([
    '#/issue/../../etc/passwd',
    '#/issue/ABC',
    '#/article/not-an-article',
    '#/packages/format-disk',
    '#/print/issue',
    '#/settings-of-another-version',
    '#/issue/%E0%A4%A',
    '#/recycle/extra',
    '#/annotations?color=black',
    'issue/kjqbck-2024-03',
    `#/article/${ARTICLE}?hit=-4&q=x`,
  ])('refuses %s rather than guessing (a bad hit number falls back to the first)', (address) => {
    const parsed = parseAddress(address);
    if (address.includes('hit=-4')) expect(parsed?.find).toEqual({ query: 'x', hit: 0 });
    else expect(parsed).toBeNull();
  });

  it('never lets a filter or query from the address exceed what the screen accepts', () => {
    const long = 'x'.repeat(5000);
    const parsed = parseAddress(`#/search?q=${long}&series=${long}`);
    expect(parsed?.search?.query).toBe('');
    expect(parsed?.search?.filters.series).toBe('');
  });

  it('derives the issue of an article from its id, so an article address needs only the article', () => {
    const view = parseAddress(`#/article/${ARTICLE}`)?.view as Extract<View, { kind: 'article' }>;
    expect(view.issueId).toBe(ISSUE);
  });
});
