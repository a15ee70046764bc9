import type { IssueSummary } from '../../shared/catalog';
import { issueNumberLabel } from '../../shared/format';
import type { Language } from './i18n';

export function numberLabel(issue: Pick<IssueSummary, 'year' | 'number' | 'totalNumber'>, language: Language): string {
  return issueNumberLabel(issue, language === 'en' ? 'en' : 'zh');
}

/** Matching ignores spaces, so 2024年第3期 finds 2024 年第 3 期. */
export function matchesFilter(issue: IssueSummary, filter: string): boolean {
  const needle = squash(filter);
  if (needle === '') return true;
  const haystack = [issue.series, numberLabel(issue, 'zh-CN'), numberLabel(issue, 'en'), issue.date ?? ''].map(squash).join('|');
  return haystack.includes(needle);
}

function squash(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

export function formatDate(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(date);
}
