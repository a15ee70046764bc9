import type { Catalog } from '../../../shared/catalog';
import { STATS_TOP } from '../../../shared/holdings-stats';
import type { CountByName, LibraryStats, YearStats } from '../../../shared/holdings-stats';
import { allHoldings, holdingsOf, seriesRecords } from './series-records';

/** Counts for the statistics page, for one series or the whole library, from the catalogue alone (no texts read). */
export function libraryStats(catalog: Pick<Catalog, 'issues' | 'series'>, series: string | null): LibraryStats {
  const issues = catalog.issues.filter((i) => series === null || i.series === series);
  const holdings = series === null ? allHoldings(catalog) : [holdingsOf(catalog, series)];
  const years = new Map<number, YearStats>();
  const yearOf = (year: number): YearStats => {
    const found = years.get(year) ?? { year, issues: 0, articles: 0, missing: 0 };
    years.set(year, found);
    return found;
  };
  const regions = new Map<string, number>();
  const columns = new Map<string, number>();
  let noRegion = 0;
  let noColumn = 0;
  let articles = 0;
  for (const issue of issues) {
    articles += issue.articles.length;
    if (issue.year !== null) {
      const y = yearOf(issue.year);
      y.issues += 1;
      y.articles += issue.articles.length;
    }
    for (const article of issue.articles) {
      if (article.region) regions.set(article.region, (regions.get(article.region) ?? 0) + 1);
      else noRegion += 1;
      if (article.column) columns.set(article.column, (columns.get(article.column) ?? 0) + 1);
      else noColumn += 1;
    }
  }
  let missing = 0;
  for (const h of holdings) {
    for (const y of h.years) {
      yearOf(y.year).missing += y.missing.length;
      missing += y.missing.length;
    }
  }
  const [topRegions, otherRegions] = top(regions);
  const [topColumns, otherColumns] = top(columns);
  return {
    series,
    totals: { series: series === null ? seriesRecords(catalog).length : 1, issues: issues.length, articles, missing },
    years: [...years.values()].sort((a, b) => a.year - b.year),
    regions: topRegions,
    otherRegions,
    columns: topColumns,
    otherColumns,
    noRegion,
    noColumn,
  };
}

function top(counts: ReadonlyMap<string, number>): [CountByName[], number] {
  const sorted = [...counts].map(([name, articles]) => ({ name, articles })).sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name, 'zh-Hans-CN'));
  const rest = sorted.slice(STATS_TOP).reduce((sum, c) => sum + c.articles, 0);
  return [sorted.slice(0, STATS_TOP), rest];
}
