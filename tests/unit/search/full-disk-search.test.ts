import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { libraryWithSample } from '../../helpers/temp-library';
import type * as SegmentFile from '../../../electron/core/search/segment-file';

// The disk refuses every segment file (ENOSPC), as a full disk does; everything else is real.
vi.mock('../../../electron/core/search/segment-file', async (importOriginal) => {
  const real = await importOriginal<typeof SegmentFile>();
  return {
    ...real,
    writeSegment: async () => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    },
  };
});

const { LibrarySearch } = await import('../../../electron/core/search');

/**
 * Issue 20, defect 2: reading never depends on writing. With no index yet and a disk that takes no
 * more writes, a search still answers (from memory), says why the index was not saved, and leaves
 * no manifest naming a segment that is not there.
 */
describe('searching a library on a full disk', () => {
  it('answers from memory and says the index could not be saved', async () => {
    const { library } = await libraryWithSample();
    const search = await LibrarySearch.open(library);
    expect(search.query('稀土').total).toBe(1);
    expect(search.notices).toEqual([{ code: 'search-index-not-saved', reason: 'disk-full' }]);
    search.close();
    const manifest = await fs.readFile(path.join(library.dir, 'index', 'manifest.json'), 'utf8').catch(() => null);
    if (manifest !== null) expect(JSON.parse(manifest).segments).toEqual([]);
  });
});
