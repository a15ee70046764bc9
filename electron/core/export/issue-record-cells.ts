import { issueFiles } from '../../../shared/catalog';
import type { Issue } from '../../../shared/catalog';

/**
 * The issue's catalogue record as spreadsheet cells, after the article columns of the catalogue
 * export: every field an archivist keeps (issue 14), the 档号 first.
 */
export const ISSUE_RECORD_COLUMNS = [
  '档号',
  '总第',
  '页数',
  '存放位置',
  '登记号',
  '保管期限',
  '密级',
  '保密期限',
  '发送范围',
  '印数',
  '印发单位',
  '印发日期',
  '准印证号',
  '备注',
  '编辑单位',
  '编辑',
  '文件',
] as const;

export type IssueRecordCells = (string | number | null)[];

export function issueRecordCells(issue: Issue): IssueRecordCells {
  const location = [issue.location.room, issue.location.cabinet, issue.location.box].filter(Boolean).join(' / ');
  return [
    issue.reference,
    issue.totalNumber,
    issue.pages,
    location || null,
    issue.accessionNumber,
    issue.retention && `${issue.retention.label}（${issue.retention.code}）`,
    issue.security,
    issue.securityTerm,
    issue.distribution.map((d) => `${d.role}：${d.recipients.join('、')}`).join('；') || null,
    issue.printRun,
    issue.printedBy,
    issue.printedOn,
    issue.permit,
    issue.remarks,
    issue.publisher,
    issue.editor,
    issueFiles(issue)
      .map((f) => `${f.name}（${f.role}）`)
      .join('；'),
  ];
}
