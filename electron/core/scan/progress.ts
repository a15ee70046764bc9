import type { ScanProgress } from '../../../shared/scan';

/**
 * Turns OCR's "page 3 of 10 done" into what a person waits for: pages done and about how long is
 * left, from the pace of the pages read so far (the first page has no pace yet: no estimate).
 */
export function scanProgressReporter(file: string, report: (progress: ScanProgress) => void, now: () => number = Date.now): (pagesDone: number, pages: number) => void {
  const started = now();
  return (pagesDone, pages) => {
    const elapsed = now() - started;
    const secondsLeft = pagesDone > 0 && pagesDone < pages ? Math.max(1, Math.round(((elapsed / pagesDone) * (pages - pagesDone)) / 1000)) : pagesDone >= pages ? 0 : null;
    report({ file, pagesDone, pages, secondsLeft });
  };
}
