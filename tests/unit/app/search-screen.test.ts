import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../shared/search';
import { commandForKey } from '../../../renderer/src/commands/keys';
import { blockOffsets, locate, partKey } from '../../../renderer/src/search/dom-ranges';
import { NO_FILTERS, apiFilters, typedFilterTokens, yearsText } from '../../../renderer/src/search/filters';
import { displayOrder, resultRows } from '../../../renderer/src/search/result-rows';
import { markPieces } from '../../../renderer/src/search/text-marks';

const hit = (articleId: string, issueId: string): SearchHit => ({
  issueId,
  articleId,
  title: articleId,
  series: '科技情报参考',
  year: 2024,
  number: 3,
  region: null,
  column: null,
  score: 1,
  snippet: { text: '', highlights: [], cutStart: false, cutEnd: false },
  titleHighlights: [],
  match: 'exact',
});

describe('snippet marks', () => {
  it('cuts the text at the highlight ranges, marks as text', () => {
    expect(markPieces('围绕乳业、稀土、能源', [[5, 7]])).toEqual([
      { text: '围绕乳业、', mark: false },
      { text: '稀土', mark: true },
      { text: '、能源', mark: false },
    ]);
  });

  it('merges overlapping ranges, clamps stray ones and keeps markup characters as text', () => {
    expect(
      markPieces('<b>成果转化</b>', [
        [3, 5],
        [4, 7],
        [-4, 0],
        [20, 30],
      ]),
    ).toEqual([
      { text: '<b>', mark: false },
      { text: '成果转化', mark: true },
      { text: '</b>', mark: false },
    ]);
    expect(markPieces('', [])).toEqual([{ text: '', mark: false }]);
    expect(markPieces('稀土', [[0, 2]])).toEqual([{ text: '稀土', mark: true }]);
  });
});

describe('result rows', () => {
  const hits = [hit('a-1', 'a'), hit('b-1', 'b'), hit('a-2', 'a')];

  it('groups by issue in the order of each issue’s best hit, and walks ↑/↓ in that order', () => {
    const rows = resultRows(hits, 'grouped');
    expect(rows.map((row) => row.key)).toEqual(['issue:a', 'hit:a-1', 'hit:a-2', 'issue:b', 'hit:b-1']);
    expect(rows[0]).toMatchObject({ kind: 'issue', count: 2 });
    expect(displayOrder(rows)).toEqual([0, 2, 1]);
  });

  it('lists flat in rank order', () => {
    expect(resultRows(hits, 'flat').map((row) => row.key)).toEqual(['hit:a-1', 'hit:b-1', 'hit:a-2']);
  });
});

describe('hits in the rendered article', () => {
  it('finds a block by its offset in the article text, skipping empty headings', () => {
    const offsets = blockOffsets([
      { heading: null, paragraphs: ['一二三', '四五'] },
      { heading: '标题', paragraphs: ['六'] },
      { heading: '', paragraphs: ['七'] },
    ]);
    expect(offsets.get(partKey({ kind: 'paragraph', section: 0, paragraph: 1 }))).toBe(4);
    expect(offsets.get(partKey({ kind: 'heading', section: 1 }))).toBe(7);
    expect(offsets.get(partKey({ kind: 'paragraph', section: 1, paragraph: 0 }))).toBe(10);
    expect(offsets.get(partKey({ kind: 'heading', section: 2 }))).toBeUndefined();
    expect(offsets.get(partKey({ kind: 'paragraph', section: 2, paragraph: 0 }))).toBe(12);
  });

  it('maps a hit across text nodes split by annotation spans', () => {
    // "科技成果" + "转化" + "应用": the hit 成果转化 [2, 6) spans the first two nodes.
    expect(locate([4, 2, 2], 2, 6)).toEqual({ start: { node: 0, offset: 2 }, end: { node: 1, offset: 2 } });
    // A start on a node's end begins in the next node.
    expect(locate([4, 2], 4, 6)).toEqual({ start: { node: 1, offset: 0 }, end: { node: 1, offset: 2 } });
    expect(locate([4], 3, 9)).toBeNull();
    expect(locate([4], 2, 2)).toBeNull();
  });
});

describe('search filters', () => {
  it('sends only complete values, years in order', () => {
    expect(apiFilters({ ...NO_FILTERS, series: ' ', yearFrom: '2024', yearTo: '2023', region: '南京' })).toEqual({
      years: { from: 2023, to: 2024 },
      region: '南京',
    });
    expect(apiFilters({ ...NO_FILTERS, yearFrom: '20', yearTo: '２０２４' })).toEqual({
      years: { from: null, to: 2024 },
    });
    expect(apiFilters({ ...NO_FILTERS, tag: ' 金融 ', annotated: 'yes' })).toEqual({ tag: '金融', annotated: true });
  });

  it('finds the filters typed into the query', () => {
    expect(typedFilterTokens('稀土 年份:2023-2024 地区：南京 "a:b"')).toEqual({ years: '年份:2023-2024', region: '地区：南京' });
    expect(typedFilterTokens('http://x 科技')).toEqual({});
    expect(yearsText({ from: 2023, to: 2024 }, '不限')).toBe('2023–2024');
    expect(yearsText({ from: 2024, to: 2024 }, '不限')).toBe('2024');
  });
});

describe('search keys', () => {
  it('opens search with Ctrl+K or /, steps hits with F3 and Shift+F3', () => {
    const key = (name: string, facts: { ctrl?: boolean; shift?: boolean } = {}) => ({
      key: name,
      ctrlKey: facts.ctrl ?? false,
      metaKey: false,
      altKey: false,
      shiftKey: facts.shift ?? false,
    });
    expect(commandForKey(key('k', { ctrl: true }), false)).toBe('search');
    expect(commandForKey(key('/'), false)).toBe('search');
    expect(commandForKey(key('F3'), false)).toBe('find-next');
    expect(commandForKey(key('F3', { shift: true }), false)).toBe('find-previous');
    expect(commandForKey(key('f', { ctrl: true }), false)).toBe('find');
    // Shift does not change what a letter does (J is j), and Shift+← extends a selection.
    expect(commandForKey(key('J', { shift: true }), false)).toBe('next-article');
    expect(commandForKey(key('ArrowLeft', { shift: true }), false)).toBeNull();
  });
});
