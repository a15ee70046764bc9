import writeXlsxFile from 'write-excel-file/node';
import type { SheetData } from 'write-excel-file/node';
import type { Article, Issue } from '../../../shared/catalog';
import { ISSUE_RECORD_COLUMNS, issueRecordCells } from './issue-record-cells';
import type { IssueRecordCells } from './issue-record-cells';

/**
 * The catalogue of exported articles, one row per article, for Excel and WPS: CSV in UTF-8 with
 * a byte-order mark (without it Excel reads Chinese as mojibake) and CRLF line ends, and XLSX.
 */
export const CATALOGUE_COLUMNS = ['刊物', '年份', '期号', '日期', '标题', '地区', '栏目', '页码', '标签', ...ISSUE_RECORD_COLUMNS] as const;

export interface CatalogueRow {
  series: string;
  year: number | null;
  number: number | null;
  date: string | null;
  title: string;
  region: string | null;
  column: string | null;
  page: number | null;
  tags: readonly string[];
  /** The issue's catalogue record (issue 14), repeated on each of its articles' rows. */
  record: IssueRecordCells;
}

export function catalogueRows(
  items: readonly { issue: Issue; article: Pick<Article, 'id' | 'title' | 'region' | 'column' | 'page'> }[],
  tagsOf: (articleId: string) => readonly string[],
): CatalogueRow[] {
  return items.map(({ issue, article }) => ({
    series: issue.series,
    year: issue.year,
    number: issue.number,
    date: issue.date,
    title: article.title,
    region: article.region,
    column: article.column,
    page: article.page,
    tags: tagsOf(article.id),
    record: issueRecordCells(issue),
  }));
}

export function catalogueToCsv(rows: readonly CatalogueRow[]): Uint8Array {
  const lines = [CATALOGUE_COLUMNS.join(',')];
  for (const r of rows) {
    lines.push(
      [
        text(r.series),
        num(r.year),
        num(r.number),
        text(r.date),
        text(r.title),
        text(r.region),
        text(r.column),
        num(r.page),
        text(r.tags.join('；')),
        ...r.record.map((cell) => (typeof cell === 'number' ? num(cell) : text(cell))),
      ].join(','),
    );
  }
  return new TextEncoder().encode(`\ufeff${lines.join('\r\n')}\r\n`);
}

export async function catalogueToXlsx(rows: readonly CatalogueRow[]): Promise<Uint8Array> {
  const header = CATALOGUE_COLUMNS.map((value) => ({ value, fontWeight: 'bold' as const }));
  const data: SheetData = [
    header,
    ...rows.map((r) => [
      r.series,
      r.year ?? null,
      r.number ?? null,
      r.date ?? null,
      r.title,
      r.region ?? null,
      r.column ?? null,
      r.page ?? null,
      r.tags.length > 0 ? r.tags.join('；') : null,
      ...r.record,
    ]),
  ];
  const buffer = await writeXlsxFile(data, {
    sheet: '目录',
    stickyRowsCount: 1,
    columns: [
      { width: 16 },
      { width: 7 },
      { width: 6 },
      { width: 12 },
      { width: 50 },
      { width: 12 },
      { width: 10 },
      { width: 6 },
      { width: 20 },
      ...ISSUE_RECORD_COLUMNS.map(() => ({ width: 14 })),
    ],
  }).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

function num(value: number | null): string {
  return value === null ? '' : String(value);
}

/**
 * RFC 4180 quoting, and a leading apostrophe before `=`, `+`, `-`, `@`, tab or CR so that a
 * title can never become a spreadsheet formula (CSV injection).
 */
function text(value: string | null): string {
  if (value === null || value === '') return '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The same cell rules for every CSV the archive writes (the gap report too). */
export { text as csvCell, num as csvNumber };
