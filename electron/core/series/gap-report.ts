import writeXlsxFile from 'write-excel-file/node';
import type { SheetData } from 'write-excel-file/node';
import type { Locale } from '../../../shared/format';
import type { SeriesHoldings } from '../../../shared/holdings';
import { csvCell, csvNumber } from '../export/to-catalogue';

/**
 * The gap report as a file: one row per missing issue (series, year, number, 总第 where it can be
 * worked out, the archivist's note), and one row for a year of which nothing is held and whose
 * size is unknown. CSV in UTF-8 with a BOM and CRLF (Excel and WPS read it as Chinese), and XLSX.
 */
export interface GapRow {
  series: string;
  year: number;
  number: number | null;
  totalNumber: number | null;
  totalInferred: boolean;
  note: string | null;
}

const HEADERS: Record<Locale, readonly string[]> = {
  zh: ['刊物', '年份', '期号', '总期号', '说明'],
  en: ['Series', 'Year', 'Number', 'Total number', 'Note'],
};
const WHOLE_YEAR: Record<Locale, string> = { zh: '全年均未收藏，期数不详', en: 'Nothing held this year; number of issues unknown' };

export function gapRows(holdings: readonly SeriesHoldings[]): GapRow[] {
  const rows: GapRow[] = [];
  for (const h of holdings) {
    for (const y of h.years) {
      if (y.unknownCount) rows.push({ series: h.series, year: y.year, number: null, totalNumber: null, totalInferred: false, note: null });
      for (const cell of y.cells) {
        if (cell.state !== 'missing') continue;
        rows.push({ series: h.series, year: y.year, number: cell.number, totalNumber: cell.totalNumber, totalInferred: cell.totalInferred, note: cell.note });
      }
    }
  }
  return rows;
}

function cells(row: GapRow, locale: Locale): [string, number, number | null, number | null, string | null] {
  const note = row.number === null ? WHOLE_YEAR[locale] : row.note;
  return [row.series, row.year, row.number, row.totalNumber, note];
}

export function gapReportToCsv(rows: readonly GapRow[], locale: Locale): Uint8Array {
  const lines = [HEADERS[locale].join(',')];
  for (const row of rows) {
    const [series, year, number, total, note] = cells(row, locale);
    lines.push([csvCell(series), csvNumber(year), csvNumber(number), csvNumber(total), csvCell(note)].join(','));
  }
  return new TextEncoder().encode(`\ufeff${lines.join('\r\n')}\r\n`);
}

export async function gapReportToXlsx(rows: readonly GapRow[], locale: Locale): Promise<Uint8Array> {
  const data: SheetData = [HEADERS[locale].map((value) => ({ value, fontWeight: 'bold' as const })), ...rows.map((row) => cells(row, locale))];
  const buffer = await writeXlsxFile(data, {
    sheet: locale === 'zh' ? '缺期' : 'Missing issues',
    stickyRowsCount: 1,
    columns: [{ width: 18 }, { width: 7 }, { width: 7 }, { width: 9 }, { width: 40 }],
  }).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
