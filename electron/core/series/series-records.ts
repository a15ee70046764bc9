import type { Catalog, Issue } from '../../../shared/catalog';
import { computeHoldings } from '../../../shared/holdings';
import type { HoldingsIssue, SeriesHoldings } from '../../../shared/holdings';
import type { SeriesOverview, SeriesRecord } from '../../../shared/holdings-record';
import { ArchiveError } from '../errors';
import { derivedRecords } from '../library/series-migration';

/**
 * Reading series records from a catalogue: the stored record of each series, or (for a series
 * imported since, that nobody has described yet) one derived from its issues. Every series an
 * issue names has a record; a record whose issues are all gone stays (its run is all missing).
 */

type CatalogView = Pick<Catalog, 'issues' | 'series'>;

export function seriesRecords(catalog: CatalogView): { record: SeriesRecord; stored: boolean }[] {
  const stored = new Set(catalog.series.map((s) => s.name));
  const derived = derivedRecords(catalog.issues.filter((i) => !stored.has(i.series)));
  return [...catalog.series.map((record) => ({ record, stored: true })), ...derived.map((record) => ({ record, stored: false }))].sort((a, b) =>
    a.record.name.localeCompare(b.record.name, 'zh-Hans-CN'),
  );
}

export function seriesOverviews(catalog: CatalogView): SeriesOverview[] {
  return seriesRecords(catalog).map(({ record, stored }) => {
    const years = catalog.issues.filter((i) => i.series === record.name && i.year !== null).map((i) => i.year ?? 0);
    return {
      record,
      stored,
      issueCount: catalog.issues.filter((i) => i.series === record.name).length,
      firstYear: years.length ? Math.min(...years) : null,
      lastYear: years.length ? Math.max(...years) : null,
    };
  });
}

export function seriesRecordOf(catalog: CatalogView, name: string): SeriesRecord {
  const found = seriesRecords(catalog).find((s) => s.record.name === name);
  if (!found) throw ArchiveError.of('not-found', { code: 'series-not-found', series: name });
  return found.record;
}

/** What the holdings computation needs of a catalogue issue. */
export function holdingsIssue(issue: Issue): HoldingsIssue {
  return {
    id: issue.id,
    year: issue.year,
    number: issue.number,
    numberTo: issue.numberTo,
    supplement: issue.supplement,
    totalNumber: issue.totalNumber,
    needsReview: issue.needsReview,
    // One original today; this follows the issue's file list once an issue holds several.
    fileCount: 1,
  };
}

export function holdingsOf(catalog: CatalogView, name: string): SeriesHoldings {
  const record = seriesRecordOf(catalog, name);
  return computeHoldings(
    record,
    catalog.issues.filter((i) => i.series === name).map(holdingsIssue),
  );
}

export function allHoldings(catalog: CatalogView): SeriesHoldings[] {
  return seriesRecords(catalog).map(({ record }) => holdingsOf(catalog, record.name));
}
