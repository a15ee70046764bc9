import { FILTER_KEYS } from '../../../shared/search-syntax';
import { normalise } from './normalise';
import type { SearchFilters, UnderstoodQuery, YearRange } from './types';

/**
 * The query language, for people rather than programmers: words separated by spaces must all
 * occur; "quoted text" (straight or Chinese quotes) is one term with its spaces; -word excludes;
 * 系列: 年份: 地区: 栏目: (or series: year: region: column:) filter. Everything else is literal
 * text: no character has a special meaning to the engine, so regex or HTML characters are safe.
 */

const OPEN_QUOTES = new Set(['"', '“', '＂', '「', '『']);
const CLOSE_FOR: Record<string, string> = { '"': '"', '“': '”', '＂': '＂', '「': '」', '『': '』' };
const MINUS = new Set(['-', '－', '−']);

interface RawToken {
  text: string;
  quoted: boolean;
  negated: boolean;
}

export function parseQuery(query: string, screenFilters: SearchFilters = {}): UnderstoodQuery {
  const terms: string[] = [];
  const excluded: string[] = [];
  const filters: SearchFilters = { ...screenFilters };
  for (const token of tokenize(query)) {
    if (!token.quoted && !token.negated && applyFilter(token.text, filters)) continue;
    const term = normalise(token.text);
    if (term === '') continue;
    const list = token.negated ? excluded : terms;
    if (!list.includes(term)) list.push(term);
  }
  return { terms, excluded, filters };
}

function tokenize(query: string): RawToken[] {
  const tokens: RawToken[] = [];
  const chars = Array.from(query);
  let i = 0;
  const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/u.test(c);
  while (i < chars.length) {
    while (isSpace(chars[i])) i++;
    if (i >= chars.length) break;
    let negated = false;
    if (MINUS.has(chars[i] ?? '') && i + 1 < chars.length && !isSpace(chars[i + 1])) {
      negated = true;
      i++;
    }
    const open = chars[i] ?? '';
    if (OPEN_QUOTES.has(open)) {
      const close = CLOSE_FOR[open] ?? open;
      let j = i + 1;
      while (j < chars.length && chars[j] !== close) j++;
      tokens.push({ text: chars.slice(i + 1, j).join(''), quoted: true, negated });
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < chars.length && !isSpace(chars[j])) j++;
    tokens.push({ text: chars.slice(i, j).join(''), quoted: false, negated });
    i = j;
  }
  return tokens;
}

/** Reads `key:value` into `filters`; false when the token is not a filter and so is a search term. */
function applyFilter(token: string, filters: SearchFilters): boolean {
  const match = /^([^:：]+)[:：](.*)$/u.exec(token);
  if (!match) return false;
  const key = FILTER_KEYS[(match[1] ?? '').toLowerCase()];
  const value = (match[2] ?? '').trim();
  if (!key) return false;
  if (key === 'years') {
    const years = parseYears(value);
    if (!years) return false;
    filters.years = years;
    return true;
  }
  if (value !== '') filters[key] = value;
  return true;
}

/** `2023`, `2023-2024` (any dash, ~ or 至), `2023-` and `-2024`; null when it is none of these. */
export function parseYears(value: string): YearRange | null {
  const text = value.normalize('NFKC').replace(/\s+/g, '').replace(/年/g, '');
  const single = /^(\d{4})$/.exec(text);
  if (single) return { from: Number(single[1]), to: Number(single[1]) };
  const range = /^(\d{4})?[-–—~至到](\d{4})?$/u.exec(text);
  if (!range || (range[1] === undefined && range[2] === undefined)) return null;
  let from = range[1] !== undefined ? Number(range[1]) : null;
  let to = range[2] !== undefined ? Number(range[2]) : null;
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  return { from, to };
}
