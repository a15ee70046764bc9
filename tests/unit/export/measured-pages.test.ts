import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createArchive } from '../../../electron/core/api/archive';
import type { PdfEngine } from '../../../electron/core/export';
import { libraryWithSample } from '../../helpers/temp-library';

// Any real PDF will do: the test counts how often a document is printed, not what it says.
const SOME_PDF = new Uint8Array(readFileSync(path.resolve(__dirname, '../../fixtures/pdf/bulletin-2p.pdf')));

function countingEngine(): PdfEngine & { printed: string[] } {
  const printed: string[] = [];
  return { printed, pdf: async (html) => (printed.push(html), SOME_PDF), close: async () => undefined };
}

describe('work done once between the print view and the export', () => {
  it('exports the document the print view laid out without measuring its pages again', async () => {
    const { library, issueId } = await libraryWithSample();
    const engine = countingEngine();
    const archive = createArchive(library, { pdfEngine: () => engine, log: { error: () => undefined } });
    const target = { kind: 'issue', issueId } as const;

    expect((await archive.dispatch('print.document', { target, options: {} })).ok).toBe(true);
    expect(engine.printed).toHaveLength(1); // the first pass, to measure the pages
    expect((await archive.dispatch('export.prepare', { target, format: 'pdf', options: {} })).ok).toBe(true);
    expect(engine.printed).toHaveLength(2); // only the final PDF

    // Another paper size is another document: measured anew.
    expect((await archive.dispatch('export.prepare', { target, format: 'pdf', options: { paper: 'A5' } })).ok).toBe(true);
    expect(engine.printed).toHaveLength(4);
    await archive.close();
  });
});
