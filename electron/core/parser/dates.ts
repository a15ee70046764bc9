import { parseIssueNumber } from './cn-number';

/** Chinese numerals as years are written: `二〇二三`, `二○二四` (a circle for 〇), `二零二四`. */
export const CN_YEAR_DIGITS = '〇○零一二三四五六七八九';
const CN_SMALL = '〇○零一二两三四五六七八九十';
/** A four-digit year in Arabic or Chinese numerals. */
export const YEAR = `\\d{4}|[${CN_YEAR_DIGITS}]{4}`;

// `2024 年 6 月 18 日`, `二〇二三年六月八日`, `2023.6.8`, `2023-06-08`, `2023/6/8`.
const DATE_FORMS: readonly RegExp[] = [
  /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/,
  new RegExp(`([${CN_YEAR_DIGITS}]{4})\\s*年\\s*([${CN_SMALL}]{1,3})\\s*月\\s*([${CN_SMALL}]{1,4})\\s*日`),
  /(?<![\d.])(\d{4})\s*(?<sep>[.\-/])\s*(\d{1,2})\s*\k<sep>\s*(\d{1,2})(?![\d.])/,
];

/** `2024 年 6 月 18 日` / `2023年12月5日` anywhere in a line (Arabic numerals only). */
export const DATE_IN_LINE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/** Any date form the parser reads, for tests of a whole line. */
export const ANY_DATE = new RegExp(DATE_FORMS.map((form) => form.source).join('|'));

/** `2023`, `二〇二三`, `二○二四`, `二零二四` → 2023…; null when it is not a year. */
export function parseYear(text: string): number | null {
  if (/^\d{4}$/.test(text)) return Number(text);
  if (!new RegExp(`^[${CN_YEAR_DIGITS}]{4}$`).test(text)) return null;
  // Each numeral is one digit of the year (二〇二三 is 2-0-2-3, not a count).
  return Number([...text].map((ch) => String(parseIssueNumber(ch === '○' ? '〇' : ch) ?? 0)).join(''));
}

/**
 * The ISO date (`2024-06-18`) printed in a line, in any of the forms above, or null when there
 * is none or it is impossible. `rest` is the line without it; `chinese` says it was written in
 * Chinese numerals.
 */
export function isoDateFromLine(line: string): { iso: string; year: number; rest: string; chinese: boolean } | null {
  for (const [index, form] of DATE_FORMS.entries()) {
    const match = form.exec(line);
    if (match === null) continue;
    const parts = index === 2 ? [match[1], match[3], match[4]] : [match[1], match[2], match[3]];
    const year = parseYear(parts[0] ?? '');
    const month = parseIssueNumber(parts[1] ?? '');
    const day = parseIssueNumber(parts[2] ?? '');
    if (year === null || month === null || day === null) continue;
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (month < 1 || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) continue;
    const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const rest = line.replace(match[0], ' ').trim();
    return { iso, year, rest, chinese: index === 1 };
  }
  return null;
}
