import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { foldCjkRadicals } from '../../../../electron/core/importers/extract/fold-radicals';

export function pdfFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../fixtures/pdf/${name}`, import.meta.url))));
}

export function docxFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../fixtures/docx/${name}`, import.meta.url))));
}

/** For comparisons only: radicals folded, NFKC, no spaces (pdf.js spaces are layout). */
export function compact(text: string): string {
  return foldCjkRadicals(text).normalize('NFKC').replace(/\s+/g, '');
}

/** Mojibake of GBK read as Latin-1 (`Ä¿Â¼`), or replacement characters. */
export const MOJIBAKE = /[\u00c0-\u00ff]{2}|\ufffd/;
