import { afterAll, describe, expect, it } from 'vitest';
import { extractBulletinText } from '../../../electron/core/importers/extract/index';
import { extractionWorkersStarted, stopIdleExtractionWorkers } from '../../../electron/core/importers/extract/warm-workers';
import { openPdf } from '../../../electron/core/importers/pdf/open-pdf';
import { pdfFixture } from './helpers/fixtures';
import { layoutPdf } from './helpers/layout-fixtures';

afterAll(() => stopIdleExtractionWorkers());

describe('the extraction worker is kept warm between files', () => {
  it('reads several files in one worker, each as a fresh worker reads it', async () => {
    await stopIdleExtractionWorkers();
    const before = extractionWorkersStarted();
    const first = await extractBulletinText('two-columns.pdf', layoutPdf('two-columns.pdf'));
    const other = await extractBulletinText('bulletin-3p.pdf', pdfFixture('bulletin-3p.pdf'));
    const again = await extractBulletinText('two-columns.pdf', layoutPdf('two-columns.pdf'));
    expect(extractionWorkersStarted() - before).toBe(1);
    expect(first.ok && other.ok).toBe(true);
    // Nothing of one file leaks into the next: the same file reads the same the second time.
    expect(again).toEqual(first);
  });

  it('never reuses a worker that was stopped mid-file: the next file gets a new one and its full text', async () => {
    // A warm worker is waiting (the test above left it): the file that runs out of time takes it.
    await extractBulletinText('two-columns.pdf', layoutPdf('two-columns.pdf'));
    const before = extractionWorkersStarted();
    const stopped = await extractBulletinText('bulletin-3p.pdf', pdfFixture('bulletin-3p.pdf'), { timeoutMs: 1 });
    expect(stopped).toMatchObject({ ok: false, code: 'too-slow' });
    const next = await extractBulletinText('two-columns.pdf', layoutPdf('two-columns.pdf'));
    expect(next.ok).toBe(true);
    expect(extractionWorkersStarted() - before).toBe(1);
  });
});

describe('pdf.js leaves the built-ins of the thread it runs in as they were', () => {
  it('keeps the native Array.prototype.push and JSON, which its legacy build swaps for polyfills', async () => {
    const opened = await openPdf(pdfFixture('bulletin-2p.pdf'), false);
    expect(opened.ok).toBe(true);
    if (opened.ok) await opened.doc.destroy();
    for (const builtIn of [Array.prototype.push, JSON.parse, JSON.stringify]) expect(String(builtIn)).toMatch(/\{ \[native code\] \}$/);
  });
});
