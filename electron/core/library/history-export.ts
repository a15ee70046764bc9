import type { HistoryRow } from '../../../shared/history';

/**
 * The history as a file a person keeps or hands on: CSV for a spreadsheet (UTF-8 with a BOM and
 * CRLF, as the catalogue export, so Excel and WPS read Chinese), JSON for programs.
 */
const COLUMNS = ['时间 when', '操作 action', '期 issue', '系列 series', '字段 fields', '改前 before', '改后 after', '程序 program', '用户 user', '撤销 undoes'] as const;

export function historyToCsv(rows: readonly HistoryRow[]): string {
  const lines = [COLUMNS.join(',')];
  for (const r of rows) {
    lines.push(
      [
        r.at,
        r.action,
        r.ref ?? '',
        r.series ?? '',
        r.fields.join(' '),
        r.changes.map((c) => `${c.field}: ${c.before}`).join('; '),
        r.changes.map((c) => `${c.field}: ${c.after}`).join('; '),
        r.program,
        r.user,
        r.undoes ?? '',
      ]
        .map(cell)
        .join(','),
    );
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

export function historyToJson(rows: readonly HistoryRow[]): string {
  return `${JSON.stringify({ format: 'bulletin-archive/history', rows }, null, 2)}\n`;
}

/** RFC 4180 quoting, and no cell that a spreadsheet would run as a formula. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
