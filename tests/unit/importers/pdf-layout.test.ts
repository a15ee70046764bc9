import { describe, expect, it } from 'vitest';
import { isPageNumberLine, removeHeadersAndFooters } from '../../../electron/core/importers/pdf/furniture';
import { measureLayout } from '../../../electron/core/importers/pdf/layout';
import type { PdfLine } from '../../../electron/core/importers/pdf/page-lines';
import { buildParagraphs } from '../../../electron/core/importers/pdf/paragraphs';

const HEIGHT = 600;
const LEFT = 50;
const RIGHT = 350;
let y = 0;
/** A 10 pt line: `full` runs to the right edge; `indent` in ems; `gap` in lines before it. */
function line(text: string, options: { full?: boolean; indent?: number; size?: number; at?: number; centred?: boolean } = {}): PdfLine {
  const size = options.size ?? 10;
  y = options.at ?? y + 18;
  const x0 = options.centred === true ? 150 : LEFT + (options.indent ?? 0) * size;
  return { text, x0, x1: options.full === true ? RIGHT : Math.min(RIGHT - 40, x0 + text.length * size), y, size };
}

function paragraphs(pages: PdfLine[][]) {
  return buildParagraphs(pages, measureLayout(pages));
}

describe('isPageNumberLine', () => {
  it.each(['3', '— 3 —', '- 3 -', '·3·', '第 3 页', '第 3 页 共 12 页', '3/12', '－３－', 'Page 3 of 12'])('%s', (text) => {
    expect(isPageNumberLine(text)).toBe(true);
  });
  it('but not a line of text with a number in it', () => {
    expect(isPageNumberLine('2024 年第 3 期')).toBe(false);
  });
});

describe('removeHeadersAndFooters', () => {
  const page = (n: number, body: string) => ({
    height: HEIGHT,
    lines: [line(`科技情报参考  2024 年第 8 期  ${n}`, { at: 30 }), line(body, { at: 100 }), line(`— ${n} —`, { at: 580 })],
  });

  it('drops a header repeating on most pages (page numbers folded) and page-number footers', () => {
    const kept = removeHeadersAndFooters([page(1, '甲'), page(2, '乙'), page(3, '丙')]);
    expect(kept.map((lines) => lines.map((l) => l.text))).toEqual([['甲'], ['乙'], ['丙']]);
  });

  it('keeps a top line printed once (a masthead) and text repeated in the body', () => {
    const first = { height: HEIGHT, lines: [line('内部资料', { at: 40 }), line('正文', { at: 300 })] };
    const kept = removeHeadersAndFooters([first, { height: HEIGHT, lines: [line('正文', { at: 300 })] }]);
    expect(kept.map((lines) => lines.map((l) => l.text))).toEqual([['内部资料', '正文'], ['正文']]);
  });
});

describe('buildParagraphs', () => {
  it('joins wrapped lines, keeps titles and indented paragraphs apart', () => {
    y = 0;
    const page = [
      line('标题', { centred: true, size: 14 }),
      line('第一段开头', { indent: 2, full: true }),
      line('第一段中间', { full: true }),
      line('第一段结尾。'),
      line('第二段开头', { indent: 2, full: true }),
      line('第二段结尾。'),
      line('小标题'),
      line('第三段。', { indent: 2 }),
    ];
    expect(paragraphs([page]).text.split('\n\n')).toEqual([
      '标题',
      '第一段开头第一段中间第一段结尾。',
      '第二段开头第二段结尾。',
      '小标题',
      '第三段。',
    ]);
  });

  it('does not join TOC entries or list items that run to the edge', () => {
    y = 0;
    const page = [
      line('★ 甲……2', { full: true }),
      line('★ 乙……3', { full: true }),
      line('正文正文', { indent: 2, full: true }),
      line('一、要点'),
      line('正文', { indent: 2 }),
    ];
    expect(paragraphs([page]).text.split('\n\n')).toEqual(['★ 甲……2', '★ 乙……3', '正文正文', '一、要点', '正文']);
  });

  it('joins a paragraph cut by a page break and records where each page starts', () => {
    y = 0;
    const one = [
      line('标题', { centred: true, size: 14 }),
      line('跨页的段落', { indent: 2, full: true }),
      line('在这一页结束', { full: true }),
    ];
    y = 0;
    const two = [line('下一页继续。'), line('新段落。', { indent: 2 })];
    y = 0;
    const three = [line('第三页。', { indent: 2 })];
    const result = paragraphs([one, two, [], three]);
    expect(result.text).toBe('标题\n\n跨页的段落在这一页结束下一页继续。\n\n新段落。\n\n第三页。');
    expect(result.pageStarts).toEqual([0, result.text.indexOf('下一页'), result.text.indexOf('\n\n第三页'), result.text.indexOf('第三页')]);
  });

  it('keeps a short flush-left heading apart from a paragraph whose last line ran to the edge', () => {
    y = 0;
    const page = [
      line('第一段开头', { indent: 2, full: true }),
      line('第一段最后一行刚好排满', { full: true }),
      line('小标题'),
      line('第二段开头', { indent: 2, full: true }),
      line('接着一行', { full: true }),
      line('末行没有缩进。'),
      line('第三段。', { indent: 2 }),
    ];
    expect(paragraphs([page]).text.split('\n\n')).toEqual(['第一段开头第一段最后一行刚好排满', '小标题', '第二段开头接着一行末行没有缩进。', '第三段。']);
  });

  it('puts a space when a Latin word wraps', () => {
    y = 0;
    expect(paragraphs([[line('The quick brown', { full: true }), line('fox.')]]).text).toBe('The quick brown fox.');
  });
});
