import { describe, expect, it } from 'vitest';
import { extractBulletinText } from '../../../electron/core/importers/extract/index';
import { pdfFixture } from './helpers/fixtures';

// Hostile PDFs from mozilla/pdf.js test/pdfs (Apache-2.0): each fails cleanly, with its own
// code and a message naming the file, well within the default 30 s deadline.
const WITHIN_MS = 10_000;

async function failureOf(file: string, bytes = pdfFixture(file), timeoutMs?: number) {
  const started = performance.now();
  const result = await extractBulletinText(file, bytes, timeoutMs === undefined ? {} : { timeoutMs });
  if (result.ok) throw new Error(`${file} was read`);
  expect(performance.now() - started).toBeLessThan(WITHIN_MS);
  expect(result.message.startsWith(file)).toBe(true);
  return result;
}

describe('hostile PDFs fail cleanly', () => {
  it('encrypted: asks for a copy without the password', async () => {
    const result = await failureOf('issue3371.pdf');
    expect(result.code).toBe('encrypted-pdf');
    expect(result.message).toContain('password-protected');
  });

  it('a circular page tree: damaged, with the detail', async () => {
    const result = await failureOf('Pages-tree-refs.pdf');
    expect(result.code).toBe('damaged-pdf');
    expect(result.message).toMatch(/damaged.*circular reference/);
  });

  it('a page tree claiming 213,804,087 pages: no text, nothing allocated per claimed page', async () => {
    const result = await failureOf('poppler-85140-0.pdf');
    expect(result.code).toBe('damaged-pdf');
    expect(result.message).toContain('no text');
  });

  it('malformed (bad stream length, no trailer): damaged', async () => {
    const result = await failureOf('REDHAT-1531897-0.pdf');
    expect(result.code).toBe('damaged-pdf');
    expect(result.message).toContain('Invalid Root reference');
  });

  it('refuses more than 2,000 real pages before reading any', async () => {
    const result = await failureOf('many-pages.pdf', manyPagesPdf(2_001));
    expect(result.code).toBe('too-large');
    expect(result.message).toContain('2,001 pages');
  });

  it('a file that is not a PDF or DOCX at all: unsupported, without starting a worker', async () => {
    const result = await failureOf('notes.pdf', new TextEncoder().encode('not really a pdf'));
    expect(result.code).toBe('unsupported');
  });

  it('stops a reader that runs past the deadline: too-slow', async () => {
    const result = await failureOf('issue19360.pdf', pdfFixture('issue19360.pdf'), 1);
    expect(result.code).toBe('too-slow');
    expect(result.message).toContain('took more than');
  });
});

/** A valid PDF of `count` empty pages, all sharing one page object's content. */
function manyPagesPdf(count: number): Uint8Array {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>'];
  const kids = Array.from({ length: count }, (_, i) => `${i + 3} 0 R`).join(' ');
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${count} /MediaBox [0 0 595 842] >>`);
  for (let i = 0; i < count; i += 1) objects.push('<< /Type /Page /Parent 2 0 R >>');
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}
