import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../electron/core/library';
import { noteMissingIssue } from '../../../electron/core/series';
import { cli } from '../../helpers/cli';
import { importRun, makeRun } from '../../helpers/series-run';
import { tempDir } from '../../helpers/temp-library';

async function libraryWithGaps(): Promise<string> {
  const dir = tempDir();
  const library = await openLibrary(dir, { create: true });
  // 2023 ends at 总第 8 (第 8期 of 10); 2024 begins at 总第 11 (第1期): 2023 第9–10期 are missing.
  await importRun(library, '工作动态', makeRun({ fromYear: 2023, toYear: 2024, perYear: 10, firstTotal: 1, missing: ['2023:4', '2023:9', '2023:10', '2024:5', '2024:6', '2024:7', '2024:8', '2024:9', '2024:10'] }), 1);
  await noteMissingIssue(library, '工作动态', 2023, 4, '仅有纸本，12 号盒');
  return dir;
}

describe('bulletin-archive holdings', () => {
  it('--json gives, per series and year, the held and missing numbers', async () => {
    const dir = await libraryWithGaps();
    const run = await cli(['holdings', '--library', dir, '--json']);
    expect(run.code).toBe(0);
    const [series] = JSON.parse(run.stdout) as { series: string; years: { year: number; held: number[]; missing: number[]; notes: { number: number; note: string }[] }[] }[];
    expect(series?.series).toBe('工作动态');
    expect(series?.years.map((y) => ({ year: y.year, held: y.held, missing: y.missing }))).toEqual([
      { year: 2023, held: [1, 2, 3, 5, 6, 7, 8], missing: [4, 9, 10] },
      { year: 2024, held: [1, 2, 3, 4], missing: [] },
    ]);
    expect(series?.years[0]?.notes).toEqual([{ number: 4, note: '仅有纸本，12 号盒' }]);
  });

  it('prints the grid and the missing issues with their notes, in the reader\'s language', async () => {
    const dir = await libraryWithGaps();
    const english = await cli(['holdings', '工作动态', '--library', dir]);
    expect(english.code).toBe(0);
    expect(english.stdout).toContain('工作动态  (11 held, 3 missing)');
    expect(english.stdout.split('\n')).toContain('  2023    1   2   3   —   5   6   7   8   —   —');
    expect(english.stdout).toContain('missing 2023: 4, 9–10  (4: 仅有纸本，12 号盒)');
    const chinese = await cli(['holdings', '--library', dir], { LANG: 'zh_CN.UTF-8' });
    expect(chinese.stdout).toContain('收藏 11 期，缺 3 期');
    expect(chinese.stdout).toContain('缺期 2023: 4, 9–10');
  });

  it('names a series that is not in the library, and exits 1', async () => {
    const dir = await libraryWithGaps();
    const run = await cli(['holdings', '科技简报', '--library', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('There is no series “科技简报” in this library.');
  });
});
