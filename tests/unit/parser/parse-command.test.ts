import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';

const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/layouts/${name}`, import.meta.url));

describe('bulletin-archive parse on the layouts', () => {
  it('--json prints marks, 合刊, closing block, unplaced lines and evidence', async () => {
    const run = await cli(['parse', fixture('combined-one-line.txt'), '--json']);
    expect(run.code).toBe(0);
    const parsed = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(parsed).toMatchObject({
      marks: { notices: ['内部资料', '注意保存'] },
      closing: { printRun: 80, printedOn: '2023-06-08' },
      numberTo: null,
      supplement: false,
      unplaced: [],
    });
    expect(parsed.evidence).toContainEqual({ field: 'publisher', lines: [4], rule: 'masthead-combined-line', certain: true });
  });

  it('says marks, the closing block, unplaced lines and doubtful fields briefly, in Chinese and English', async () => {
    const en = await cli(['parse', fixture('unplaced-preface.txt')]);
    expect(en.stdout).toContain('Unplaced lines: 2');
    const zh = await cli(['parse', fixture('combined-one-line.txt')], { LANG: 'zh_CN.UTF-8' });
    expect(zh.stdout).toContain('标记: 内部资料 · 注意保存');
    expect(zh.stdout).toContain('版记: 报: 3 · 送: 1 · 发: 2 · 2023-06-08 印发 · 共印 80 份');
    const guessed = await cli(['parse', fixture('iso-date-no-toc.txt')]);
    expect(guessed.stdout).toMatch(/Uncertain fields: \d+/);
  });
});
