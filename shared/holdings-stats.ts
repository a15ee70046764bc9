/** The statistics page: what the library holds, year by year, region by region, column by column. */

export interface YearStats {
  year: number;
  issues: number;
  articles: number;
  /** Issues of the run missing this year (the holdings' gaps). */
  missing: number;
}

export interface CountByName {
  name: string;
  articles: number;
}

export interface LibraryStats {
  /** The series counted, or null for the whole library. */
  series: string | null;
  totals: { series: number; issues: number; articles: number; missing: number };
  years: YearStats[];
  /** Most frequent first; the long tail is summed into `otherRegions`. */
  regions: CountByName[];
  otherRegions: number;
  columns: CountByName[];
  otherColumns: number;
  /** Articles whose region (column) is not known. */
  noRegion: number;
  noColumn: number;
}

/** How many names a chart shows before it sums the rest. */
export const STATS_TOP = 15;
