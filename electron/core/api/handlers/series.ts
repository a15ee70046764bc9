import type { seriesMethods } from '../../../../shared/contract/series';
import { ArchiveError } from '../../errors';
import { safeFileName } from '../../export';
import {
  allHoldings,
  gapReportToCsv,
  gapReportToXlsx,
  gapRows,
  holdingsOf,
  libraryStats,
  mergeSeries,
  noteMissingIssue,
  renameSeries,
  seriesOverviews,
  updateSeries,
} from '../../series';
import type { ApiContext } from '../context';
import type { AreaHandlers } from './types';

const GAP_REPORT_MIME = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export function seriesHandlers({ library, spool }: ApiContext): AreaHandlers<keyof typeof seriesMethods> {
  return {
    'series.list': async () => seriesOverviews(library.catalog()),
    'series.get': async ({ series }) => {
      const catalog = library.catalog();
      const overview = seriesOverviews(catalog).find((s) => s.record.name === series);
      if (!overview) throw ArchiveError.of('not-found', { code: 'series-not-found', series });
      return { overview, holdings: holdingsOf(catalog, series) };
    },
    'series.update': async ({ series, fields }) => updateSeries(library, series, fields),
    'series.rename': async ({ from, to }) => renameSeries(library, from, to),
    'series.merge': async ({ from, into }) => mergeSeries(library, from, into),
    'holdings.get': async ({ series }) => (series === undefined ? allHoldings(library.catalog()) : [holdingsOf(library.catalog(), series)]),
    'holdings.note': async ({ series, year, number, note }) => {
      await noteMissingIssue(library, series, year, number, note);
      return holdingsOf(library.catalog(), series);
    },
    'holdings.export': async ({ series, format, locale }) => {
      const catalog = library.catalog();
      const rows = gapRows(series === undefined ? allHoldings(catalog) : [holdingsOf(catalog, series)]);
      const bytes = format === 'csv' ? gapReportToCsv(rows, locale) : await gapReportToXlsx(rows, locale);
      const stem = `${series ?? (locale === 'zh' ? '全部刊物' : 'all-series')}-${locale === 'zh' ? '缺期报告' : 'missing-issues'}`;
      const fileName = safeFileName(stem, format);
      const mime = GAP_REPORT_MIME[format];
      const { token } = await spool.put(fileName, mime, bytes);
      return { token, fileName, mime, bytes: bytes.byteLength, rows: rows.length };
    },
    'stats.get': async ({ series }) => libraryStats(library.catalog(), series ?? null),
  };
}
