import { issueNumberLabel } from '../../../shared/format';
import type { Article } from '../../../shared/catalog';
import type { IssueDocument } from './issue-document';
import type { PrintSource } from './print/print-source';
import { colophonLines } from '../../../shared/masthead';

/** Plain text laid out like the printed bulletin: masthead, contents, articles, colophon. */
export function issueToText(doc: IssueDocument): string {
  const { issue } = doc;
  const out: string[] = [issue.series, '', issueNumberLabel(issue, 'zh')];
  const masthead = [issue.publisher, issue.date].filter((v): v is string => Boolean(v));
  if (masthead.length > 0) out.push('', masthead.join('　'));
  out.push('', '本期目录', '');
  for (const a of doc.articles) out.push(`${a.index}. ${a.title}${a.page !== null ? ` …… ${a.page}` : ''}`);
  for (const a of doc.articles) out.push('', '', ...articleToText(a));
  const colophon = colophonLines(issue);
  if (colophon.length > 0) out.push('', '', colophon.join('　'));
  return `${out.join('\n')}\n`;
}

function articleToText(a: Article): string[] {
  const out = [a.title];
  for (const section of a.sections) {
    if (section.heading) out.push('', section.heading);
    for (const paragraph of section.paragraphs) out.push('', `　　${paragraph}`);
  }
  if (a.source) out.push('', `（来源：${a.source}）`);
  return out;
}

export function printSourceToText(source: PrintSource): string {
  if (source.kind === 'issue' && source.groups[0]) return issueToText(source.groups[0]);
  const out: string[] = source.kind === 'articles' ? [source.title] : [];
  for (const group of source.groups) {
    for (const article of group.articles) {
      if (out.length > 0) out.push('', '');
      out.push(`${group.issue.series}　${issueNumberLabel(group.issue, 'zh')}`, '', ...articleToText(article));
    }
  }
  return `${out.join('\n')}\n`;
}
