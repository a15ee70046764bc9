import { describe, expect, it } from 'vitest';
import { measureImportAtSize } from '../../bench/import-at-size';

describe("the bench's import at size (issue 19)", () => {
  // The bench's own path (a catalogue laid down in the previous schema, opened, then imported
  // into): the figure it prints must not grow with the library. It once did, because the first
  // import also wrote the whole older catalogue again in the current schema.
  it('writes and reads the same bytes per import into 60 articles as into 6,000', async () => {
    const small = await measureImportAtSize(60, 2);
    const large = await measureImportAtSize(6000, 2);
    expect(Math.abs(large.bytesWrittenPerImport - small.bytesWrittenPerImport), JSON.stringify({ small, large })).toBeLessThanOrEqual(64);
    expect(Math.abs(large.bytesReadPerImport - small.bytesReadPerImport)).toBeLessThanOrEqual(64);
    // One text bulletin: its original, its texts, a journal line, a history line — tens of kB.
    expect(large.bytesWrittenPerImport).toBeLessThan(64 * 1024);
    // The upgrade of the older catalogue is counted apart, once, and it is the part that grows.
    expect(large.upgradeBytesWritten).toBeGreaterThan(50 * small.upgradeBytesWritten);
  });
});
