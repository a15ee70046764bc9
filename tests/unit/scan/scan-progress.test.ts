import { describe, expect, it } from 'vitest';
import { scanProgressReporter } from '../../../electron/core/scan/progress';
import type { ScanProgress } from '../../../shared/scan';

describe('the progress of a long scan', () => {
  it('estimates the time left from the pace of the pages read so far', () => {
    let clock = 0;
    const said: ScanProgress[] = [];
    const report = scanProgressReporter('issue.pdf', (p) => said.push(p), () => clock);
    report(0, 10);
    clock = 12_000;
    report(3, 10);
    clock = 40_000;
    report(10, 10);
    expect(said).toEqual([
      { file: 'issue.pdf', pagesDone: 0, pages: 10, secondsLeft: null },
      { file: 'issue.pdf', pagesDone: 3, pages: 10, secondsLeft: 28 },
      { file: 'issue.pdf', pagesDone: 10, pages: 10, secondsLeft: 0 },
    ]);
  });
});
