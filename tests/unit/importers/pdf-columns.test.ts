import { describe, expect, it } from 'vitest';
import { readColumns } from '../../../electron/core/importers/pdf/columns';
import { groupLines } from '../../../electron/core/importers/pdf/page-lines';
import type { TextRun } from '../../../electron/core/importers/pdf/text-runs';

/** A run of `text` at x on baseline y, 10 pt, each character one em wide. */
function run(text: string, x: number, y: number): TextRun {
  return { text, x, xEnd: x + text.length * 10, y, size: 10 };
}

const texts = (runs: TextRun[]) => readColumns(groupLines(runs)).map((line) => line.text);

describe('readColumns', () => {
  it('reads a two-column page column by column, with a title over both columns first', () => {
    const runs = [
      run('通栏标题', 60, 20),
      run('左一左一左一左一', 0, 40),
      run('右一右一右一右一', 120, 40),
      run('左二左二左二左二', 0, 55),
      run('右二右二右二右二', 120, 57),
      run('左三左三', 0, 70),
      run('右三右三右三右三', 120, 72),
    ];
    expect(texts(runs)).toEqual(['通栏标题', '左一左一左一左一', '左二左二左二左二', '左三左三', '右一右一右一右一', '右二右二右二右二', '右三右三右三右三']);
  });

  it('gives each column its own block, so its wrapped lines can join', () => {
    const lines = readColumns(groupLines([run('左左左左左左左左', 0, 40), run('右右右右', 120, 40), run('左左左', 0, 55), run('右右右右', 120, 55), run('左', 0, 70), run('右右', 120, 70)]));
    expect(lines.map((line) => line.block)).toEqual([...Array(3).fill({ left: 0, right: 80 }), ...Array(3).fill({ left: 120, right: 160 })]);
  });

  it('leaves a one-column page alone, even with a colophon whose fields are far apart', () => {
    const runs = [
      run('正文正文正文正文正文正文正文正文正文正文正文正文', 0, 40),
      run('正文正文正文正文正文正文正文正文正文正文正文正文', 0, 55),
      run('正文正文正文正文正文正文正文正文正文正文', 0, 70),
      run('编辑：王芳', 0, 90),
      run('审核：张建国', 120, 90),
      run('印发', 200, 105),
    ];
    expect(texts(runs)).toEqual(groupLines(runs).map((line) => line.text));
  });
});
