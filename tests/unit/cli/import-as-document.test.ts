import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../electron/core/library';
import { cli } from '../../helpers/cli';
import { snapshot, tempDir } from '../../helpers/temp-library';

const REPORT = path.resolve('tests/fixtures/layouts/pdf/report-not-bulletin.pdf');

describe('bulletin-archive import --as-document', () => {
  it('keeps a PDF that is not a bulletin as a one-article document under the series given', async () => {
    const lib = path.join(tempDir(), 'library');
    const plain = await cli(['import', REPORT, '--library', lib]);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain('--as-document');
    expect(plain.stdout).not.toMatch(/\.txt/);

    const kept = await cli(['import', REPORT, '--as-document', '--series', '档案工作文件', '--year', '2024', '--date', '2024-01-15', '--library', lib]);
    expect(kept.code).toBe(0);
    const library = await openLibrary(lib);
    try {
      const [issue] = library.issues();
      expect(issue).toMatchObject({ series: '档案工作文件', year: 2024, number: null, date: '2024-01-15', needsReview: true });
      expect(issue?.articles).toHaveLength(1);
      expect(issue?.articles[0]?.title.normalize('NFKC')).toMatch(/档案工作情况的报告$/);
      const texts = await library.getTexts(issue!.id);
      const body = texts.articles[0]!.sections.flatMap((section) => section.paragraphs).join('');
      expect(body).toContain('特此报告。');
    } finally {
      await library.close();
    }
  });

  it('says which option is missing or wrong, and touches nothing', async () => {
    const lib = path.join(tempDir(), 'library');
    const noSeries = await cli(['import', REPORT, '--as-document', '--library', lib]);
    expect(noSeries.code).not.toBe(0);
    expect(noSeries.stderr).toContain('--series');
    expect(existsSync(lib)).toBe(false);

    await fs.mkdir(lib);
    const before = await snapshot(lib);
    const badYear = await cli(['import', REPORT, '--as-document', '--series', '档案', '--year', '24年', '--library', lib]);
    expect(badYear.code).not.toBe(0);
    expect(badYear.stderr).toContain('--year "24年"');
    expect(await snapshot(lib)).toEqual(before);

    const zh = await cli(['import', REPORT, '--as-document', '--library', lib], { LANG: 'zh_CN.UTF-8' });
    expect(zh.stderr).toContain('需要刊名');
  });
});
