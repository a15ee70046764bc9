import { randomBytes } from 'node:crypto';

/**
 * A PDF of about `totalBytes`: `base` with an incremental update appended that adds one
 * unreferenced stream of random (incompressible, like a scan) bytes. Readers see the same pages
 * and text; the file is as large as a scanned issue. Generated in tests, never committed.
 */
export function paddedPdf(base: Buffer, totalBytes: number): Buffer {
  const text = base.toString('latin1');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1];
  const trailers = [...text.matchAll(/trailer\s*<<([\s\S]*?)>>/g)];
  const trailer = trailers.at(-1)?.[1] ?? '';
  const size = /\/Size\s+(\d+)/.exec(trailer)?.[1];
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer)?.[1];
  if (!startxref || !size || !root) throw new Error('paddedPdf needs a PDF with a classic trailer');
  const objectNumber = Number(size);
  const padLength = Math.max(0, totalBytes - base.length - 400);
  const head = Buffer.from(`\n${objectNumber} 0 obj\n<< /Length ${padLength} >>\nstream\n`, 'latin1');
  const objectOffset = base.length + 1;
  const tail = Buffer.from('\nendstream\nendobj\n', 'latin1');
  const xrefOffset = base.length + head.length + padLength + tail.length;
  const xref = Buffer.from(
    `xref\n${objectNumber} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \n` +
      `trailer\n<< /Size ${objectNumber + 1} /Root ${root} /Prev ${startxref} >>\nstartxref\n${xrefOffset}\n%%EOF\n`,
    'latin1',
  );
  return Buffer.concat([base, head, randomBytes(padLength), tail, xref]);
}
