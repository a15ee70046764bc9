import { describe, expect, it } from 'vitest';
import { closeLetterSpacing, lineText } from '../../../electron/core/importers/pdf/line-text';
import { groupLines } from '../../../electron/core/importers/pdf/page-lines';
import type { TextRun } from '../../../electron/core/importers/pdf/text-runs';

/** A run of `text` at x, on baseline y, each character one em wide unless `width` says. */
function run(text: string, x: number, y = 100, size = 10, width = text.length * size): TextRun {
  return { text, x, xEnd: x + width, y, size };
}

describe('lineText', () => {
  it('never puts spaces between Chinese glyph groups', () => {
    expect(lineText([run('全', 0), run('世', 10.5), run('界', 21)])).toBe('全世界');
  });

  it('separates Latin words and numbers that have a real gap between them', () => {
    expect(lineText([run('Word', 0, 100, 10, 22), run('2024', 25, 100, 10, 22)])).toBe('Word 2024');
    expect(lineText([run('Word', 0, 100, 10, 22), run('s', 22.2, 100, 10, 5)])).toBe('Words');
  });

  it('marks a wide gap between fields with two spaces, which are never closed up', () => {
    const line = lineText([run('编辑：王 芳', 0, 100, 10, 60), run(' ', 60, 100, 10, 40), run('审核：张建国', 100)]);
    expect(line).toBe('编辑：王芳  审核：张建国');
  });
});

describe('closeLetterSpacing', () => {
  it('closes up characters spread for display', () => {
    expect(closeLetterSpacing('全 世 界 无 产 者，联 合 起 来')).toBe('全世界无产者，联合起来');
    expect(closeLetterSpacing('目 录')).toBe('目录');
  });

  it('keeps spaces between phrases, and next to Latin or digits', () => {
    expect(closeLetterSpacing('科技投入再加大 支持力度前所未有')).toBe('科技投入再加大 支持力度前所未有');
    expect(closeLetterSpacing('2024 年第 3 期')).toBe('2024 年第 3 期');
    expect(closeLetterSpacing('★ 内蒙古')).toBe('★ 内蒙古');
  });
});

describe('groupLines', () => {
  it('orders by position, not by drawing order, and keeps a slightly lower glyph on its line', () => {
    const lines = groupLines([run('— 3 —', 40, 580, 9), run('第二行', 0, 130), run('１', 30, 100.7, 9), run('第一行', 0, 100)]);
    expect(lines.map((line) => line.text)).toEqual(['第一行１', '第二行', '— 3 —']);
    expect(lines[0]).toMatchObject({ x0: 0, x1: 39, size: 10 });
  });
});
