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
  const dates = issue.date ? [issue.date, formatDate(issue.date, 'zh-CN')] : [];
  const haystack = [issue.series, numberLabel(issue, 'zh-CN'), numberLabel(issue, 'en'), ...dates].map(squash).join('|');
  return haystack.includes(needle);
}

function squash(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

/**
 * Every date the interface shows goes through here, in the interface language's own form
 * (never the browser's locale): 2024年3月15日 / 2024-03-15. Stored dates are ISO: a day
 * (2024-03-15), a month or a year as bulletins print them, or a moment (2024-03-15T06:05:00Z),
 * shown in local time with hours and minutes. Anything else is shown as it is.
 */
export function formatDate(iso: string, language: Language): string {
  const day = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (day) return dayLabel(Number(day[1]), day[2] ? Number(day[2]) : null, day[3] ? Number(day[3]) : null, language);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso)) return iso;
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return iso;
  const time = `${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
  return `${dayLabel(moment.getFullYear(), moment.getMonth() + 1, moment.getDate(), language)} ${time}`;
}

function dayLabel(year: number, month: number | null, day: number | null, language: Language): string {
  if (language === 'en')
    return [String(year).padStart(4, '0'), month === null ? null : pad(month), day === null ? null : pad(day)].filter(Boolean).join('-');
  return `${year}年${month === null ? '' : `${month}月`}${month === null || day === null ? '' : `${day}日`}`;
}

/** The local calendar day of a moment, as ISO (2024-03-15): "printed on" today. */
export function localDay(moment: Date): string {
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A day typed by a person, in either language's form or the usual office ones — 2024年3月15日,
 * 2024-03-15, 2024/3/15, 2024.3.15, 20240315, with full-width digits too — as ISO (2024-03-15);
 * null when it is not a real day. Month-first forms (03/15/2024) are refused: 03/04 is ambiguous.
 */
export function parseDate(text: string): string | null {
  const typed = text.normalize('NFKC').replace(/\s+/g, '');
  const match =
    /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/.exec(typed) ??
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(typed) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(typed);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}
