export { allHoldings, holdingsOf, seriesOverviews, seriesRecordOf, seriesRecords } from './series-records';
export { mergeClashes, mergeSeries, noteMissingIssue, renameSeries, updateSeries } from './series-edits';
export { libraryStats } from './library-stats';
export { gapReportToCsv, gapReportToXlsx, gapRows } from './gap-report';
export type { GapRow } from './gap-report';
