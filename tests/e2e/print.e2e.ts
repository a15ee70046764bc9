import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { ROOT, startBrowserMode } from '../../scripts/browser-mode';
import corpus from '../fixtures/xss/dompurify-expect.mjs';
import { handmadeIssueExport } from '../helpers/handmade-issue';
import { armTripwire } from '../helpers/tripwire';
import { SAMPLE_TITLES, expect, importSampleOnFirstRun, issueRow, test } from './fixtures';

const compact = (text: string): string => text.replace(/\s+/g, '');

/** The page numbers of a printed table of contents: the last number of each ★ entry. */
function tocNumbers(pageText: string): number[] {
  return pageText
    .replace(/—\s*\d+\s*—\s*$/, '')
    .split('★')
    .slice(1)
    .map((entry) => Number(/(\d+)\s*$/.exec(entry.trimEnd())?.[1]));
}

/**
 * Laying a document out prints it in Chromium twice (page numbers, then the document); the first
 * time also starts Chromium. On a loaded two-core machine that takes tens of seconds, so waits
 * for a layout allow for it rather than for a quiet machine.
 */
const LAYOUT = { timeout: 60_000 };

function pdfPages(file: string): string[] {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
}

test('print an issue from browser mode: the print view, then a PDF whose contents show the pages the articles print on', async ({
  page,
  archive,
}, info) => {
  test.setTimeout(120_000);
  await importSampleOnFirstRun(page, archive.url);
  await issueRow(page).click();
  await page.getByRole('button', { name: '打印', exact: true }).click();

  // The print view: masthead, contents numbered with the pages they print at, every article.
  const preview = page.getByRole('document', { name: /打印预览/ });
  await expect(preview.locator('.pd-series')).toHaveText('科技情报参考', LAYOUT);
  await expect(preview.locator('.pd-toc-page').first()).not.toHaveText('', LAYOUT);
  const tocPages = (await preview.locator('.pd-toc-page').allTextContents()).map(Number);
  expect(tocPages).toHaveLength(6);
  expect(tocPages[0]).toBe(2);
  expect([...tocPages].sort((a, b) => a - b)).toEqual(tocPages);
  await expect(preview.locator('.pd-article .pd-title')).toHaveText(SAMPLE_TITLES);
  await page.screenshot({ path: info.outputPath('print-view.png') });
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // What the print dialog prints: the document alone, paginated with — n — footers.
  await page.emulateMedia({ media: 'print' });
  const printed = info.outputPath('window-print.pdf');
  await page.pdf({ path: printed, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const printedPages = pdfPages(printed);
  expect(printedPages[0]).toMatch(/^\s*科技情报参考/);
  expect(printedPages.join('')).not.toContain('全部刊物');
  expect(printedPages.join('')).not.toContain('打印设置');
  printedPages.forEach((text, i) => expect(text).toMatch(new RegExp(`—\\s*${i + 1}\\s*—\\s*$`)));

  // Export PDF: a download whose contents point at the pages the titles are printed on.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 PDF…' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('科技情报参考 2024年第3期.pdf');
  const file = info.outputPath('issue.pdf');
  await download.saveAs(file);
  await expect(page.getByRole('status').filter({ hasText: '已导出' })).toContainText('科技情报参考 2024年第3期.pdf');
  const pages = pdfPages(file);
  const titlePages = SAMPLE_TITLES.map((title) => pages.findIndex((p, i) => i > 0 && compact(p).includes(compact(title))) + 1);
  expect(titlePages).toEqual(tocPages);
  const tocInPdf = tocNumbers(pages[0] ?? '');
  expect(tocInPdf).toEqual(tocPages);
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '2', file, info.outputPath('issue-page')]);
});

test('a print basket gathers articles from the reader, prints them together and exports them as Word', async ({ page, archive }) => {
  test.setTimeout(120_000);
  await importSampleOnFirstRun(page, archive.url);
  await issueRow(page).click();
  await page.getByRole('navigation', { name: '目录' }).getByRole('button', { name: SAMPLE_TITLES[5] }).click();
  await page.getByRole('button', { name: '加入打印篮' }).click();
  await expect(page.getByRole('button', { name: /已在打印篮/ })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: /上一篇/ }).click();
  await page.getByRole('button', { name: '加入打印篮' }).click();
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('button', { name: /打印篮/ })
    .click();
  await expect(page.getByText('打印篮中有 2 篇文章')).toBeVisible();
  const preview = page.getByRole('document', { name: /打印预览/ });
  await expect(preview.locator('.pd-article .pd-title')).toHaveText([SAMPLE_TITLES[5]!, SAMPLE_TITLES[4]!], LAYOUT);
  await expect(preview.locator('.pd-toc-issue').first()).toContainText('科技情报参考');

  // A5 and a smaller body size re-lay the document.
  await page.getByLabel('纸张').selectOption('A5');
  await expect(preview.locator('.pd')).toHaveClass(/pd-a5/, LAYOUT);

  await page.getByLabel('导出格式').selectOption('docx');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出…' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^文章选编 \d{4}-\d{2}-\d{2}\.docx$/);

  await page.getByRole('button', { name: '清空打印篮' }).click();
  await expect(page.getByText(/打印篮是空的/)).toBeVisible();
});

test('the XSS corpus as a bulletin: the reader and the print view show every payload as text and run none', async ({ page }) => {
  test.setTimeout(120_000);
  const payloads = corpus.map((entry) => entry.payload).filter((p) => p.trim() !== '');
  const dir = await mkdtemp(join(tmpdir(), 'bulletin-archive-xss-'));
  const libraryDir = join(dir, 'library');
  const { json } = handmadeIssueExport(
    payloads,
    (i) => [{ heading: payloads[(i + 7) % payloads.length] ?? null, paragraphs: [payloads[i] ?? ''] }],
    { date: null, publisher: payloads[1] ?? null, editor: null, importedAt: '2024-01-01T00:00:00.000Z' },
  );
  await restoreInto(libraryDir, json, dir);
  const run = await startBrowserMode({ libraryDir });
  try {
    const tripped = await armTripwire(page, { allowed: (url) => new URL(url).hostname === '127.0.0.1' });
    await page.goto(run.url);
    await page.locator('.issue-row').first().click();
    await expect(page.locator('.toc-title-text')).toHaveCount(payloads.length);
    // A few articles in the reader: title and body are the payloads, as text.
    for (const index of [0, 40, 100, payloads.length - 1]) {
      await page.locator('.toc-entry').nth(index).click();
      await expect(page.locator('#article-title')).toBeVisible();
      expect(visible((await page.locator('#article-title').textContent()) ?? '')).toBe(visible(payloads[index]!));
      await page.getByRole('button', { name: '返回' }).click();
    }
    // The whole issue in the print view.
    await page.getByRole('button', { name: '打印', exact: true }).click();
    const preview = page.getByRole('document', { name: /打印预览/ });
    await expect(preview.locator('.pd-article')).toHaveCount(payloads.length, LAYOUT);
    const tags = await preview.evaluate((el) => [...new Set([...el.querySelectorAll('*')].map((node) => node.localName))]);
    expect(tags.filter((tag) => !PRINT_TAGS.includes(tag))).toEqual([]);
    const titles = await preview.locator('.pd-article .pd-title').allTextContents();
    expect(titles.map(visible)).toEqual(payloads.map(visible));
    await page.waitForTimeout(500);
    expect(tripped).toEqual([]);
  } finally {
    await run.stop();
    await rm(dir, { recursive: true, force: true });
  }
});

const PRINT_TAGS = ['div', 'section', 'article', 'header', 'footer', 'nav', 'h1', 'h2', 'h3', 'p', 'span', 'ol', 'li', 'mark', 'sup'];
const visible = (text: string): string => text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/g, '');

/**
 * The core's own JSON restore, in a Node process of its own (the test runner's loader cannot load
 * the core): builds a library holding exactly the issue given.
 */
async function restoreInto(libraryDir: string, json: string, scratch: string): Promise<void> {
  const data = join(scratch, 'issue.json');
  const script = join(scratch, 'restore.mts');
  await writeFile(data, json);
  await writeFile(
    script,
    [
      `import { readFileSync } from 'node:fs';`,
      `import { openLibrary, restoreIssueFromJson } from ${JSON.stringify(join(ROOT, 'electron/core/library/index.ts'))};`,
      `const library = await openLibrary(${JSON.stringify(libraryDir)}, { create: true });`,
      `await restoreIssueFromJson(library, readFileSync(${JSON.stringify(data)}, 'utf8'));`,
      `await library.close();`,
    ].join('\n'),
  );
  execFileSync(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, stdio: 'inherit' });
}
