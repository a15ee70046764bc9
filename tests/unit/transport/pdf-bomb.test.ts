import { describe, expect, it } from 'vitest';
import { extractBulletinText } from '../../../electron/core/importers/extract';
import { findOverInflatedStream, MAX_INFLATED_MB } from '../../../electron/core/importers/extract/inflate-guard';
import { extractInWorker } from '../../../electron/core/importers/extract/run-worker';
import { makePdfBomb } from '../../helpers/pdf-bomb';

const MB = 1024 * 1024;

describe('a PDF whose content inflates far beyond any bulletin (issue 20, defect 3)', () => {
  it('is refused with a clear, coded message before pdf.js inflates it', async () => {
    const bomb = await makePdfBomb(160 * MB);
    expect(bomb.length).toBeLessThan(MB);
    const result = await extractBulletinText('炸弹.pdf', new Uint8Array(bomb));
    expect(result).toMatchObject({ ok: false, code: 'too-large', said: { code: 'pdf-stream-too-large', file: '炸弹.pdf', megabytes: MAX_INFLATED_MB } });
    if (!result.ok) expect(result.message).toMatch(/^炸弹\.pdf: a compressed part of this PDF expands to more than 64 MB/);
  });

  it('lets a page whose content stays within the limit through to the reader', async () => {
    expect(await findOverInflatedStream(await makePdfBomb(4 * MB))).toBeNull();
    expect(await findOverInflatedStream(await makePdfBomb(MAX_INFLATED_MB * MB + MB))).toEqual({ megabytes: MAX_INFLATED_MB });
  });

  it('a reader that grows the process past its memory limit (not only its JS heap) is stopped with a clear message', async () => {
    // pdf.js inflating 48 MB of page content (under the 64 MB guard)
    // grows the process far past 16 MB. The extraction worker may already be warm (reused across
    // files), so the growth must come from this file, not from starting a worker.
    const request = { name: 'gross.pdf', bytes: new Uint8Array(await makePdfBomb(48 * MB)), options: { pdfAssets: true } };
    const result = await extractInWorker(request, 'pdf', 120_000, 768, 16);
    expect(result).toMatchObject({ ok: false, code: 'too-large', said: { code: 'out-of-memory', file: 'gross.pdf', megabytes: 16 } });
  });
});
