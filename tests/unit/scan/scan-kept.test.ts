import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { openLibrary, verifyLibrary } from '../../../electron/core/library';
import { recycleIssue, restoreRecycled } from '../../../electron/core/library/recycle';
import { archiveCaller } from '../../helpers/archive-call';
import { scannedPage } from '../../helpers/scanned-page';
import { scannedRead } from '../../helpers/scanned-read';
import { snapshot, tempDir } from '../../helpers/temp-library';

async function libraryWithScan() {
  const dir = tempDir();
  const library = await openLibrary(dir, { create: true });
  const page = await scannedPage();
  const outcome = await library.importBulletin({ name: page.name, bytes: page.bytes }, { read: await scannedRead(page) });
  if (outcome.status !== 'imported') throw new Error(outcome.message);
  return { dir, library, page, issueId: outcome.issueId };
}

describe('a scanned issue in the library (issue 16)', () => {
  it('keeps what OCR read as scans/<id>.json beside the issue, and the scan as its original', async () => {
    const { dir, library, page, issueId } = await libraryWithScan();
    const kept = JSON.parse(await fs.readFile(path.join(dir, 'scans', `${issueId}.json`), 'utf8'));
    expect(kept).toEqual(page.reading);
    const issue = library.getIssue(issueId);
    expect(issue.original).toMatchObject({ sha256: page.reading.sha256, ext: 'png', name: page.name });
    expect(await fs.readFile(path.join(dir, 'files', `${page.reading.sha256}.png`))).toEqual(Buffer.from(page.bytes));
    expect((await verifyLibrary(library)).problems).toEqual([]);
  });

  it('writes no scan file when the commit is refused (the same scan twice)', async () => {
    const { dir, library, page } = await libraryWithScan();
    await fs.rm(path.join(dir, 'scans'), { recursive: true });
    const before = await snapshot(dir);
    const again = await library.importBulletin({ name: 'again.png', bytes: page.bytes }, { read: await scannedRead(page) });
    expect(again.status).toBe('duplicate');
    expect(await snapshot(dir)).toEqual(before);
  });

  it('answers scan.get for the issue and draws its page image again from the original', async () => {
    const { library, page, issueId } = await libraryWithScan();
    const { call, close } = archiveCaller(library);
    try {
      expect(await call('scan.get', { of: { issueId } })).toEqual(page.reading);
      const image = await call('scan.pageImage', { of: { issueId }, page: 1, maxWidth: 620 });
      expect(image).toMatchObject({ page: 1, mime: 'image/png', width: 620, height: 877 });
      // The picture is the page: dark ink where the title's box is, the copier's grey outside.
      const drawn = await loadImage(Buffer.from(image.dataBase64, 'base64'));
      const canvas = createCanvas(drawn.width, drawn.height);
      canvas.getContext('2d').drawImage(drawn, 0, 0);
      const [left, top, right, bottom] = page.reading.pages[0]!.lines[0]!.box.map((v) => Math.round(v / 2));
      const ink = canvas.getContext('2d').getImageData(left!, top!, right! - left!, bottom! - top!).data;
      let darkest = 255;
      for (let i = 0; i < ink.length; i += 4) darkest = Math.min(darkest, ink[i]!);
      expect(darkest).toBeLessThan(80);
      const margin = canvas.getContext('2d').getImageData(5, 5, 1, 1).data;
      expect(margin[0]).toBeGreaterThan(200);
      await expect(call('scan.pageImage', { of: { issueId }, page: 2 })).rejects.toThrow(/no page 2/);
    } finally {
      await close();
    }
  });

  it('says an issue that was not scanned has no scan', async () => {
    const dir = tempDir();
    const library = await openLibrary(dir, { create: true });
    const imported = await library.importSample();
    if (imported.status !== 'imported') throw new Error(imported.message);
    const { call, close } = archiveCaller(library);
    try {
      expect(await call('scan.get', { of: { issueId: imported.issueId } })).toBeNull();
      await expect(call('scan.pageImage', { of: { issueId: imported.issueId }, page: 1 })).rejects.toThrow(/not scanned/);
    } finally {
      await close();
    }
  });

  it('keeps the scan through delete and restore; verify names a scan of no issue and a damaged one', async () => {
    const { dir, library, page, issueId } = await libraryWithScan();
    await recycleIssue(library, issueId);
    expect((await verifyLibrary(library)).problems).toEqual([]);
    await restoreRecycled(library, issueId);
    const { call, close } = archiveCaller(library);
    try {
      expect(await call('scan.get', { of: { issueId } })).toEqual(page.reading);
    } finally {
      await close();
    }
    await fs.writeFile(path.join(dir, 'scans', 'ffffffffffff.json'), '{}');
    await fs.writeFile(path.join(dir, 'scans', `${issueId}.json`), '{"version":1');
    const kinds = (await verifyLibrary(library)).problems.map((p) => `${p.kind} ${p.path}`);
    expect(kinds.sort()).toEqual([`orphan-scan ${path.join('scans', 'ffffffffffff.json')}`, `scan-damaged ${path.join('scans', `${issueId}.json`)}`].sort());
  });
});
