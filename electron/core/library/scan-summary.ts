import type { ScanSummary } from '../../../shared/contract/import';
import type { ScanReading } from '../../../shared/scan';

/** What the review screen says of a scan before it asks for the pages: how many, how sure, how many doubts. */
export function summariseScan(reading: ScanReading): ScanSummary {
  let doubtful = 0;
  for (const page of reading.pages) for (const line of page.lines) doubtful += line.doubtful.length;
  return { pages: reading.pages.length, confidence: Math.round(reading.confidence), doubtful };
}
