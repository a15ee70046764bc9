import type { Issue } from './catalog';

/**
 * How an issue is named to people, in the bulletin's own style: 2024 年第 3 期（总第 88 期）.
 * Pure and locale-aware so the command line, the reader and the exports agree.
 */
export type Locale = 'zh' | 'en';

type IssueNumbering = Pick<Issue, 'year' | 'number' | 'totalNumber'>;

export function issueNumberLabel(issue: IssueNumbering, locale: Locale): string {
  if (locale === 'zh') {
    const year = issue.year !== null ? `${issue.year} 年` : '';
    const number = issue.number !== null ? `第 ${issue.number} 期` : '';
    const total = issue.totalNumber !== null ? `（总第 ${issue.totalNumber} 期）` : '';
    return `${year}${number}${total}` || '（期号不详）';
  }
  const parts = [issue.year !== null ? String(issue.year) : null, issue.number !== null ? `No. ${issue.number}` : null].filter(Boolean);
  const total = issue.totalNumber !== null ? ` (overall No. ${issue.totalNumber})` : '';
  return parts.length > 0 ? `${parts.join(', ')}${total}` : '(number unknown)';
}

export function issueTitle(issue: IssueNumbering & Pick<Issue, 'series'>, locale: Locale): string {
  return `${issue.series} ${issueNumberLabel(issue, locale)}`;
}
