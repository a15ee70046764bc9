import { issueNumberLabel } from '../../../shared/format';
import type { Article } from '../../../shared/catalog';
import type { IssueDocument } from './issue-document';
import type { PrintSource } from './print/print-source';
import { colophonLines } from '../../../shared/masthead';

/**
 * Markdown for people: masthead, contents, articles. Bulletin text is escaped so that a `#`,
 * `*` or `<script>` printed in a bulletin stays text in any Markdown viewer.
 */
export function issueToMarkdown(doc: IssueDocument): string {
  const { issue } = doc;
  const lines: string[] = [`# ${escapeMarkdown(issue.series)}`, '', `**${issueNumberLabel(issue, 'zh')}**`];
  const masthead = [issue.publisher, issue.date].filter((v): v is string => Boolean(v)).map(escapeMarkdown);
  if (masthead.length > 0) lines.push('', masthead.join(' · '));
  lines.push('', '## 目录', '');
  for (const a of doc.articles) lines.push(`${a.index}. ${escapeMarkdown(a.title)}${a.page !== null ? ` …… ${a.page}` : ''}`);
  for (const a of doc.articles) lines.push('', '---', '', ...articleToMarkdown(a));
  const colophon = colophonLines(issue);
  if (colophon.length > 0) lines.push('', '---', '', escapeMarkdown(colophon.join('　')));
  return `${lines.join('\n')}\n`;
}

export function articleToMarkdown(article: Article): string[] {
  const lines = [`## ${escapeMarkdown(article.title)}`];
  const facts = [
    article.column ? `栏目：${article.column}` : null,
    article.region ? `地区：${article.region}` : null,
    article.source ? `来源：${article.source}` : null,
    article.page !== null ? `第 ${article.page} 页` : null,
  ].filter((v): v is string => v !== null);
  if (facts.length > 0) lines.push('', `*${escapeMarkdown(facts.join(' · '))}*`);
  for (const section of article.sections) {
    if (section.heading) lines.push('', `### ${escapeMarkdown(section.heading)}`);
    for (const paragraph of section.paragraphs) lines.push('', escapeMarkdown(paragraph));
  }
  return lines;
}

export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`).replace(/^(\s*)([#+\-=]|\d+[.)])(?=\s|$)/, '$1\\$2');
}

/** Any print source: whole issues as above; single articles and baskets under their issue's name. */
export function printSourceToMarkdown(source: PrintSource): string {
  if (source.kind === 'issue' && source.groups[0]) return issueToMarkdown(source.groups[0]);
  const lines: string[] = source.kind === 'articles' ? [`# ${escapeMarkdown(source.title)}`] : [];
  for (const group of source.groups) {
    const label = `${escapeMarkdown(group.issue.series)} ${issueNumberLabel(group.issue, 'zh')}`;
    for (const article of group.articles) {
      if (lines.length > 0) lines.push('', '---', '');
      lines.push(`*${label}*`, '', ...articleToMarkdown(article));
    }
  }
  return `${lines.join('\n')}\n`;
}
