/**
 * The filter words a person may type into a search (`年份:2023-2024`, `series:…`), shared by
 * the engine's query parser and the search screen. Zod-free, so the renderer can import it.
 */
export type FilterName = 'series' | 'years' | 'region' | 'column';

export const FILTER_KEYS: Readonly<Record<string, FilterName>> = {
  系列: 'series',
  刊物: 'series',
  series: 'series',
  年份: 'years',
  年: 'years',
  year: 'years',
  years: 'years',
  地区: 'region',
  region: 'region',
  栏目: 'column',
  column: 'column',
};
