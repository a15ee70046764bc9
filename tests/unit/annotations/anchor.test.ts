import { describe, expect, it } from 'vitest';
import { articleText, toCodePointOffset, toUtf16Offset } from '../../../shared/annotations';
import { describeRange, findOccurrence, locate } from '../../../electron/core/annotations';

const text = '科技投入再加大。一是深化金融赋能，设立科技成果转化基金。二是深化金融赋能，扩大规模。';

function rangeOf(haystack: string, quote: string, occurrence = 1) {
  const range = findOccurrence(haystack, quote, occurrence);
  if (!range) throw new Error(`${quote} not in text`);
  return range;
}

describe('anchoring a highlight', () => {
  it('describes a passage with quote, context and code-point positions', () => {
    const [quote, position] = describeRange(text, rangeOf(text, '设立科技成果转化基金'));
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: '设立科技成果转化基金',
      prefix: '科技投入再加大。一是深化金融赋能，',
      suffix: '。二是深化金融赋能，扩大规模。',
    });
    expect(position).toEqual({ type: 'TextPositionSelector', start: 17, end: 27 });
  });

  it('counts positions in code points, so characters beyond the BMP count once', () => {
    const rare = '𠀀𠀁编辑：李涛';
    const [, position] = describeRange(rare, rangeOf(rare, '李涛'));
    expect(position).toMatchObject({ start: 5, end: 7 });
    expect(toUtf16Offset(rare, 5)).toBe(7);
    expect(toCodePointOffset(rare, 7)).toBe(5);
    expect(locate(rare, describeRange(rare, rangeOf(rare, '李涛')))).toEqual({ start: 7, end: 9 });
  });

  it('finds the same passage again when text is inserted before it', () => {
    const selectors = describeRange(text, rangeOf(text, '设立科技成果转化基金'));
    const changed = `【要闻】今年以来，${text}`;
    const found = locate(changed, selectors);
    expect(found && changed.slice(found.start, found.end)).toBe('设立科技成果转化基金');
  });

  it('tells two equal quotes apart by their surroundings', () => {
    const second = describeRange(text, rangeOf(text, '深化金融赋能', 2));
    const changed = text.replace('科技投入再加大。', '');
    const found = locate(changed, second);
    expect(found).toEqual(rangeOf(changed, '深化金融赋能', 2));
  });

  it('follows a typo corrected inside the quote', () => {
    const typo = '一是深化金融赋能，设立科枝成果转化基金。二是扩大规模。';
    const selectors = describeRange(typo, rangeOf(typo, '设立科枝成果转化基金'));
    const fixed = typo.replace('科枝', '科技');
    const found = locate(fixed, selectors);
    expect(found && fixed.slice(found.start, found.end)).toBe('设立科技成果转化基金');
  });

  it('gives up when the passage is gone', () => {
    const selectors = describeRange(text, rangeOf(text, '设立科技成果转化基金'));
    expect(locate('科技投入再加大。二是深化金融赋能，扩大规模。', selectors)).toBeNull();
  });

  it('measures positions in the article text: headings and paragraphs joined by line breaks', () => {
    const sections = [
      { heading: null, paragraphs: ['第一段。'] },
      { heading: '小标题', paragraphs: ['第二段。', '第三段。'] },
    ];
    expect(articleText(sections)).toBe('第一段。\n小标题\n第二段。\n第三段。');
  });
});
