import { describe, expect, it } from 'vitest';
import { articleBlocks, articleText, rangeInArticle } from '../../../shared/article-text';
import { blockOffsets } from '../../../renderer/src/search/dom-ranges';

const sections = [
  { heading: null, paragraphs: ['第一段。'] },
  { heading: '小标题', paragraphs: ['第二段。', '第三段。'] },
  { heading: '', paragraphs: ['第四段。'] },
];

describe('the article text every offset refers to', () => {
  it('lists headings and paragraphs in reading order with where each starts in the joined text', () => {
    const text = articleText(sections);
    expect(text).toBe('第一段。\n小标题\n第二段。\n第三段。\n第四段。');
    for (const block of articleBlocks(sections)) expect(text.slice(block.start, block.start + block.text.length)).toBe(block.text);
    expect(articleBlocks(sections).map((b) => [b.kind, b.section, b.paragraph])).toEqual([
      ['paragraph', 0, 0],
      ['heading', 1, null],
      ['paragraph', 1, 0],
      ['paragraph', 1, 1],
      ['paragraph', 2, 0],
    ]);
  });

  it('cuts a range at block edges, headings included, and says when the text cannot hold it', () => {
    const text = articleText(sections);
    const start = text.indexOf('标题');
    expect(rangeInArticle(articleBlocks(sections), start, text.indexOf('二段') + 2)).toEqual({
      ok: true,
      pieces: [
        { block: 1, start: 1, end: 3 },
        { block: 2, start: 0, end: 3 },
      ],
    });
    expect(rangeInArticle(articleBlocks(sections), 0, text.length + 1)).toEqual({ ok: false, problem: 'outside-text' });
    expect(rangeInArticle(articleBlocks(sections), 4, 5)).toEqual({ ok: false, problem: 'between-blocks' });
    expect(rangeInArticle(articleBlocks(sections), 3, 3)).toEqual({ ok: false, problem: 'outside-text' });
  });

  it('is the offsets the reader tags its blocks with for search marks', () => {
    const offsets = blockOffsets(sections);
    expect(offsets.get('h:1')).toBe(articleText(sections).indexOf('小标题'));
    expect(offsets.get('p:2:0')).toBe(articleText(sections).indexOf('第四段'));
  });
});
