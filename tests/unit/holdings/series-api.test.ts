import { describe, expect, it, vi } from 'vitest';
import readXlsxFile from 'read-excel-file/node';
import { createArchive } from '../../../electron/core/api/archive';
import { openLibrary } from '../../../electron/core/library';
import type { LibraryStats } from '../../../shared/holdings-stats';
import type { SeriesHoldings } from '../../../shared/holdings';
import { importRun, makeRun } from '../../helpers/series-run';
import { tempDir } from '../../helpers/temp-library';

async function archiveWithGaps() {
  const library = await openLibrary(tempDir(), { create: true });
  await importRun(library, '工作动态', makeRun({ fromYear: 2023, toYear: 2024, perYear: 4, firstTotal: 1, missing: ['2023:2', '2024:3'] }), 2);
  return createArchive(library, { log: { error: vi.fn() } });
}

describe('the series API', () => {
  it('records a note on a missing issue and answers with the grid that shows it', async () => {
    const archive = await archiveWithGaps();
    const noted = await archive.dispatch('holdings.note', { series: '工作动态', year: 2023, number: 2, note: '仅有纸本，12 号盒' });
    expect(noted.ok).toBe(true);
    const holdings = (noted as { data: SeriesHoldings }).data;
    expect(holdings.years[0]?.cells[1]).toMatchObject({ state: 'missing', note: '仅有纸本，12 号盒' });
    const refused = await archive.dispatch('series.update', { series: '工作动态', fields: { frequency: 'hourly' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    await archive.close();
  });

  it('exports the gap report as CSV that Excel reads as Chinese, and as XLSX', async () => {
    const archive = await archiveWithGaps();
    const csv = await archive.dispatch('holdings.export', { format: 'csv', locale: 'zh' });
    expect(csv).toMatchObject({ ok: true, data: { rows: 2 } });
    const token = (csv as { data: { token: string } }).data.token;
    const taken = (await archive.dispatch('export.take', { token })) as { ok: true; data: { fileName: string; dataBase64: string } };
    const text = Buffer.from(taken.data.dataBase64, 'base64').toString('utf8');
    expect(taken.data.fileName).toBe('全部刊物-缺期报告.csv');
    expect(text).toBe('\ufeff刊物,年份,期号,总期号,说明\r\n工作动态,2023,2,2,\r\n工作动态,2024,3,7,\r\n');

    const xlsx = (await archive.dispatch('holdings.export', { series: '工作动态', format: 'xlsx', locale: 'en' })) as { ok: true; data: { token: string } };
    const file = (await archive.dispatch('export.take', { token: xlsx.data.token })) as { ok: true; data: { dataBase64: string } };
    const sheets = await readXlsxFile(Buffer.from(file.data.dataBase64, 'base64'));
    const rows = sheets[0]?.data ?? [];
    expect(rows[0]).toEqual(['Series', 'Year', 'Number', 'Total number', 'Note']);
    expect(rows.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['工作动态', 2023, 2],
      ['工作动态', 2024, 3],
    ]);
    await archive.close();
  });

  it('counts issues, articles and missing issues per year, and articles per region and column', async () => {
    const archive = await archiveWithGaps();
    const result = (await archive.dispatch('stats.get', {})) as { ok: true; data: LibraryStats };
    expect(result.data.years).toEqual([
      { year: 2023, issues: 3, articles: 6, missing: 1 },
      { year: 2024, issues: 3, articles: 6, missing: 1 },
    ]);
    expect(result.data.totals).toEqual({ series: 1, issues: 6, articles: 12, missing: 2 });
    expect(result.data.regions.reduce((sum, r) => sum + r.articles, 0) + result.data.otherRegions + result.data.noRegion).toBe(12);
    expect(result.data.columns.map((c) => c.name).sort()).toEqual(expect.arrayContaining(['要闻']));
    await archive.close();
  });
});
