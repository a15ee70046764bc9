import type { MergeReport } from '../../../shared/package';

/**
 * The merge report as files a person keeps or sends on: JSON whole, and CSV with one row per issue
 * and one per conflict (UTF-8 with BOM, so Excel on a Chinese Windows reads it right).
 */
export function mergeReportJson(report: MergeReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function mergeReportCsv(report: MergeReport): string {
  const header = ['ref', 'action', 'packageIssueId', 'issueId', 'matchedBy', 'filesAttached', 'fieldsTaken', 'annotationsAdded', 'annotationsUpdated', 'annotationsConflicted', 'tagsAdded', 'field', 'ours', 'theirs', 'kept', 'rule', 'oursAt', 'theirsAt', 'error'];
  const rows: string[][] = [header];
  for (const row of report.issues) {
    const base = [row.ref, row.action, row.packageIssueId, row.issueId ?? '', row.matchedBy ?? '', String(row.filesAttached), row.fieldsTaken.join(' '), String(row.annotations.added), String(row.annotations.updated), String(row.annotations.conflicted), String(row.tagsAdded)];
    const error = row.error ? row.error.code : '';
    if (row.conflicts.length === 0) rows.push([...base, '', '', '', '', '', '', '', error]);
    for (const c of row.conflicts) rows.push([...base, c.field, c.ours, c.theirs, c.kept, c.rule, c.oursAt ?? '', c.theirsAt ?? '', error]);
  }
  return `\uFEFF${rows.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function csvCell(value: string): string {
  // A cell starting with = + - @ is a formula to a spreadsheet: quoted with a leading apostrophe.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}
