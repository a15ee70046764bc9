import { describe, expect, it } from 'vitest';
import { extractInWorker } from '../../../electron/core/importers/extract/run-worker';
import { writeDocx } from './helpers/docx-writer';

describe('the extraction worker', () => {
  it('turns running out of memory into a clear failure, and this process carries on', async () => {
    // A 16 MB heap is far too small for the reader (pdf.js alone is 2 MB of source, 8 MB of
    // paragraphs follow): the worker dies of it, the caller gets an answer.
    const paragraphs = Array.from({ length: 40_000 }, (_, i) => ({ runs: [{ text: `第 ${i} 段：科技创新平台作为科技创新的主要阵地。` }] }));
    const docx = writeDocx(paragraphs);
    const request = { name: 'huge.docx', bytes: new Uint8Array(docx), options: { pdfAssets: true } };
    const result = await extractInWorker(request, 'docx', 20_000, 16);
    expect(result).toMatchObject({ ok: false, code: 'too-large' });
    if (!result.ok) expect(result.message).toMatch(/^huge\.docx needed more than 16 MB of memory/);
    expect(process.memoryUsage().heapUsed).toBeGreaterThan(0);
  });
});
