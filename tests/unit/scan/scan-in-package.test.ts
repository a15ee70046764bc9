import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary, verifyLibrary } from '../../../electron/core/library';
import { readScanFile } from '../../../electron/core/library/scan-file';
import { exportPackage } from '../../../electron/core/package/export-package';
import { importPackage } from '../../../electron/core/package/import-package';
import { scannedPage } from '../../helpers/scanned-page';
import { scannedRead } from '../../helpers/scanned-read';
import { tempDir } from '../../helpers/temp-library';

describe('a scanned issue in a package (issue 16)', () => {
  it('brings its reading along: the receiving library can show its page boxes and verify it', async () => {
    const a = await openLibrary(tempDir(), { create: true });
    const page = await scannedPage();
    const outcome = await a.importBulletin({ name: page.name, bytes: page.bytes }, { read: await scannedRead(page) });
    if (outcome.status !== 'imported') throw new Error(outcome.message);
    const bag = path.join(tempDir('package-'), 'scanned.zip');
    await exportPackage(a, { out: bag });

    const b = await openLibrary(tempDir(), { create: true });
    await importPackage(b, bag);
    const received = b.issues().find((i) => i.original.sha256 === page.reading.sha256);
    expect(received).toBeDefined();
    expect(await readScanFile(b.dir, received!.id)).toEqual(page.reading);
    expect((await verifyLibrary(b)).problems).toEqual([]);
  });
});
