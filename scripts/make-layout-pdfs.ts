// Prints the PDF layout fixtures (tests/fixtures/layouts/pdf/*.html) to PDF with headless
// Chromium and the Noto CJK fonts, beside their sources. Run it only to change them:
// `node --import tsx scripts/make-layout-pdfs.ts`. Tests read the committed PDFs and never
// need Chromium. Running headers and page numbers are CSS @page margin boxes, so they are real
// page furniture, and pages and columns break where Chromium breaks them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_LAUNCH } from './chromium';

const folder = fileURLToPath(new URL('../tests/fixtures/layouts/pdf/', import.meta.url));
const chromium = process.env.CHROMIUM ?? CHROMIUM_LAUNCH.executablePath;
const work = mkdtempSync(join(tmpdir(), 'layout-pdfs-'));
const only = process.argv.slice(2);

try {
  for (const source of readdirSync(folder).filter((name) => name.endsWith('.html'))) {
    const name = basename(source, '.html');
    if (only.length > 0 && !only.includes(name)) continue;
    const printed = join(work, `${name}.pdf`);
    // --no-pdf-header-footer: Chromium's own date/URL lines would be furniture we did not write.
    execFileSync(chromium, [...CHROMIUM_LAUNCH.args, '--headless', '--no-pdf-header-footer', `--print-to-pdf=${printed}`, join(folder, source)], {
      stdio: 'ignore',
    });
    renameSync(printed, join(folder, `${name}.pdf`));
    console.log(`${name}.pdf`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
