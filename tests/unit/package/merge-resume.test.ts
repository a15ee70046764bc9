import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openLibrary, verifyLibrary } from '../../../electron/core/library';
import type { Library } from '../../../electron/core/library';
import { mergePackage } from '../../../electron/core/package/merge/merge-package';
import { MERGING_DIR } from '../../../electron/core/package/merge/resume';
import { libraryView, setClock, twoLibraries } from '../../helpers/merge-libraries';
import { openPackageFolder, writePackageFolder } from '../../helpers/package-folder';
import { tempDir } from '../../helpers/temp-library';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function shareNote(a: Library, b: Library): Promise<void> {
  const only = (id: string) => a.getIssue(id).series === '科技情报参考';
  await mergePackage(b, await openPackageFolder(await writePackageFolder(a, path.join(tempDir('package-'), 'bag'), { only })));
}

/** A's package merged into B without interruption, for comparison. */
async function uninterrupted(bag: string, b: Library): Promise<unknown> {
  const copy = await openLibrary(tempDir(), { create: true });
  await mergePackage(copy, await openPackageFolder(await writePackageFolder(b, path.join(tempDir('package-'), 'bag'))));
  await mergePackage(copy, await openPackageFolder(bag));
  return libraryView(copy);
}

describe('a merge interrupted half-way', () => {
  it('goes on from the issues not yet merged when run again, says it resumed, and ends as an uninterrupted run', async () => {
    const { a, b } = await twoLibraries(shareNote);
    const bag = await writePackageFolder(a, path.join(tempDir('package-'), 'bag'));
    setClock('13:00');
    const expected = await uninterrupted(bag, b);
    const stop = new AbortController();
    const first = mergePackage(b, await openPackageFolder(bag), {
      signal: stop.signal,
      onProgress: (p) => {
        // Asked while the second issue is being merged: it finishes, the third is not begun.
        if (p.done === 1) stop.abort();
      },
    });
    await expect(first).rejects.toMatchObject({ said: { code: 'package-merge-cancelled', done: 2, total: 3 } });
    expect(existsSync(path.join(b.dir, MERGING_DIR))).toBe(true);
    expect((await verifyLibrary(b)).problems).toEqual([]);

    const reopened = await openLibrary(b.dir);
    const again = await mergePackage(reopened, await openPackageFolder(bag));
    expect(again.resumed).toBe(true);
    expect(again.issues.map((r) => r.action)).not.toContain('failed');
    expect(again.totals.added).toBe(1);
    expect(existsSync(path.join(b.dir, MERGING_DIR))).toBe(false);
    expect(await libraryView(reopened)).toEqual(expected);
    expect((await verifyLibrary(reopened)).problems).toEqual([]);
  });

  it('finishes an issue whose catalogue change was written but whose annotations were not', async () => {
    const { a, b } = await twoLibraries(shareNote);
    const bag = await writePackageFolder(a, path.join(tempDir('package-'), 'bag'));
    setClock('13:00');
    const expected = await uninterrupted(bag, b);
    // The process dies right after the first issue's commit: the annotations never arrive.
    const spy = vi.spyOn(b, 'changeAnnotations').mockRejectedValueOnce(new Error('killed'));
    const first = await mergePackage(b, await openPackageFolder(bag));
    expect(first.totals.failed).toBe(1);
    spy.mockRestore();
    const again = await mergePackage(await openLibrary(b.dir), await openPackageFolder(bag));
    expect(again.totals.failed).toBe(0);
    expect(await libraryView(await openLibrary(b.dir))).toEqual(expected);
  });
});
