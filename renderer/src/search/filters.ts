import type { SearchFilters } from '../../../shared/search';
import { FILTER_KEYS } from '../../../shared/search-syntax';
import type { FilterName } from '../../../shared/search-syntax';

/** The filter controls of the search screen, as typed (strings, so half-typed years stay put). */
export interface ScreenFilters {
  series: string;
  yearFrom: string;
  yearTo: string;
  region: string;
  column: string;
  /** A tag on the article (annotations). */
  tag: string;
  /** 'yes': only articles with highlights or notes. */
  annotated: '' | 'yes';
}

export type { FilterName } from '../../../shared/search-syntax';

export const NO_FILTERS: ScreenFilters = { series: '', yearFrom: '', yearTo: '', region: '', column: '', tag: '', annotated: '' };

export function hasScreenFilters(filters: ScreenFilters): boolean {
  return Object.values(filters).some((value) => value.trim() !== '');
}

/** What the API gets: only complete values (a year of four digits), never an empty string. */
export function apiFilters(filters: ScreenFilters): SearchFilters {
  const result: SearchFilters = {};
  const series = filters.series.trim();
  const region = filters.region.trim();
  const column = filters.column.trim();
  if (series) result.series = series.slice(0, 200);
  if (region) result.region = region.slice(0, 200);
  if (column) result.column = column.slice(0, 200);
  const tag = filters.tag.trim();
  if (tag) result.tag = tag.slice(0, 100);
  if (filters.annotated === 'yes') result.annotated = true;
  const from = year(filters.yearFrom);
  const to = year(filters.yearTo);
  if (from !== null || to !== null) result.years = from !== null && to !== null && from > to ? { from: to, to: from } : { from, to };
  return result;
}

function year(text: string): number | null {
  const digits = text.normalize('NFKC').trim();
  return /^\d{4}$/.test(digits) && Number(digits) >= 1000 ? Number(digits) : null;
}

/**
 * The filters typed into the query (`年份:2023-2024`), as written, by name: the screen shows
 * that a control was set from the search box. The engine's parse (`understood.filters`) stays
 * the authority on the values; this only finds the words to quote back.
 */
export function typedFilterTokens(query: string): Partial<Record<FilterName, string>> {
  const found: Partial<Record<FilterName, string>> = {};
  for (const token of query.split(/\s+/u)) {
    const match = /^([^:："“]+)[:：](.+)$/u.exec(token);
    const name = match ? FILTER_KEYS[(match[1] ?? '').toLowerCase()] : undefined;
    if (name) found[name] = token;
  }
  return found;
}

/** `2023–2024`, `2023 起`, `至 2024`: a year range for the screen. */
export function yearsText(years: SearchFilters['years'], any: string): string {
  if (!years) return any;
  const { from, to } = years;
  if (from !== null && to !== null) return from === to ? String(from) : `${from}–${to}`;
  if (from !== null) return `${from}–`;
  if (to !== null) return `–${to}`;
  return any;
}
