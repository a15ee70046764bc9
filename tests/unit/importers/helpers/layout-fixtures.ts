import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A PDF printed from tests/fixtures/layouts/pdf/<name>.html by scripts/make-layout-pdfs.ts. */
export function layoutPdf(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../fixtures/layouts/pdf/${name}`, import.meta.url))));
}
