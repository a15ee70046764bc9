/**
 * Prints the sample issue to PDF the way a workstation with no Chinese font installed would
 * (fontconfig sees DejaVu only), to check by eye that the bundled print fonts carry the page:
 *   node --import tsx scripts/print-without-cjk-fonts.ts OUT.pdf
 *   pdffonts OUT.pdf && pdftoppm -png -r 60 -f 1 -l 2 OUT.pdf page
 * tests/unit/export/print-fonts.test.ts checks the same print automatically.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser } from '../electron/core/export/pdf/find-browser';
import { layOutPrintDocument } from '../electron/core/export/print/print-document';
import { printHtmlPage } from '../electron/core/export/print/print-html';
import { loadPrintSource } from '../electron/core/export/print/print-source';
import { openLibrary } from '../electron/core/library';
import { DEFAULT_PRINT_OPTIONS } from '../shared/contract/export';

const out = path.resolve(process.argv[2] ?? 'no-cjk-fonts.pdf');
const dir = mkdtempSync(path.join(tmpdir(), 'no-cjk-'));
const conf = path.join(dir, 'fonts.conf');
mkdirSync(path.join(dir, 'cache'));
writeFileSync(
  conf,
  `<?xml version="1.0"?><fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>${path.join(dir, 'cache')}</cachedir></fontconfig>`,
);
const env = { ...process.env, FONTCONFIG_FILE: conf, HOME: dir };
console.log(
  `Chinese fonts fontconfig sees: ${execFileSync('fc-list', [':lang=zh', 'family'], { env, encoding: 'utf8' }).trim() || 'none'}`,
);

const library = await openLibrary(path.join(dir, 'library'), { create: true });
const sample = new URL('../resources/sample-kjqbck-2024-03.txt', import.meta.url);
const imported = await library.importBulletin({ name: 'kjqbck-2024-03.txt', bytes: readFileSync(sample) });
if (imported.status !== 'imported') throw new Error(imported.message);
const source = await loadPrintSource(library, { kind: 'issue', issueId: imported.issueId });
const { view } = await layOutPrintDocument(source, DEFAULT_PRINT_OPTIONS, { marks: [], warnings: [] }, null, { pdf: false });
const executablePath = findBrowser();
if (!executablePath) throw new Error('No Chromium found.');
const browser = await chromium.launch({ executablePath, env, chromiumSandbox: process.getuid?.() !== 0 });
const page = await (await browser.newContext({ javaScriptEnabled: false, offline: true })).newPage();
await page.setContent(printHtmlPage(view), { waitUntil: 'load' });
writeFileSync(out, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
await browser.close();
await library.close();
console.log(`Printed ${out}`);
console.log(execFileSync('pdffonts', [out], { encoding: 'utf8' }));
