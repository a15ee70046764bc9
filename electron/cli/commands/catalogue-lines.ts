import type { Issue } from '../../../shared/catalog';
import { issueFiles } from '../../../shared/catalog';
import type { Locale } from '../../../shared/format';

/** The catalogue record as lines of text (`show`, `edit`), leaving out what is blank. */
const LABELS = {
  zh: { reference: '档号', pages: '页数', location: '存放位置', accessionNumber: '登记号', retention: '保管期限', security: '密级', distribution: '发送范围', printRun: '印数', printed: '印发', permit: '准印证号', remarks: '备注', files: '文件' },
  en: { reference: 'Reference', pages: 'Pages', location: 'Location', accessionNumber: 'Accession no.', retention: 'Retention', security: 'Security', distribution: 'Distribution', printRun: 'Print run', printed: 'Printed', permit: 'Permit', remarks: 'Remarks', files: 'Files' },
} as const;

export function catalogueLines(issue: Issue, locale: Locale): string[] {
  const l = LABELS[locale];
  const location = [issue.location.room, issue.location.cabinet, issue.location.box].filter(Boolean).join(' / ');
  const facts: [string, string | null][] = [
    [l.reference, issue.reference],
    [l.pages, issue.pages === null ? null : String(issue.pages)],
    [l.location, location || null],
    [l.accessionNumber, issue.accessionNumber],
    [l.retention, issue.retention && `${issue.retention.label} (${issue.retention.code})`],
    [l.security, [issue.security, issue.securityTerm].filter(Boolean).join('★') || null],
    [l.distribution, issue.distribution.map((d) => `${d.role}：${d.recipients.join('、')}`).join('；') || null],
    [l.printRun, issue.printRun === null ? null : String(issue.printRun)],
    [l.printed, [issue.printedBy, issue.printedOn].filter(Boolean).join(' ') || null],
    [l.permit, issue.permit],
    [l.remarks, issue.remarks],
  ];
  const lines = facts.filter((f): f is [string, string] => f[1] !== null).map(([label, value]) => `${label}: ${value}`);
  const files = issueFiles(issue);
  if (files.length > 1) lines.push(`${l.files}: ${files.map((f) => `${f.name} (${f.role})`).join(', ')}`);
  return lines;
}
