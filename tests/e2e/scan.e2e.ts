import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { scannedPage } from '../helpers/scanned-page';
import { chooseImportFiles, expect, test } from './fixtures';

/**
 * Issue 16: a scanned issue goes through OCR into the review beside its scan, a word is corrected
 * there, and the corrected word is what the library finds. The page is drawn here with a Chinese
 * font (tests/helpers/scanned-page.ts), so its text is known.
 */
async function shot(page: Page, info: TestInfo, name: string): Promise<void> {
  const dir = process.env['E2E_SCREENSHOTS'];
  await page.screenshot({ path: dir ? join(dir, `${name}.png`) : info.outputPath(`${name}.png`) });
}

const BODY_LINE = /势头/;
const CORRECTED = '今年以来，全市稀土新材料产业保持良好态势，';

test('a scanned page: reviewed beside its scan, a line corrected, saved, found by the corrected word, shown as a page', async ({ page, archive }, info) => {
  test.setTimeout(240_000);
  const scan = await scannedPage();
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto(archive.url);
  await chooseImportFiles(page, [{ name: scan.name, mimeType: 'image/png', buffer: Buffer.from(scan.bytes) }]);

  // OCR runs offline in a worker; the review then shows the page image beside the lines it read.
  await expect(page.getByRole('heading', { name: '核对后保存' })).toBeVisible({ timeout: 120_000 });
  const pane = page.getByRole('region', { name: '扫描原页' });
  await expect(pane.getByRole('img', { name: '第 1 页扫描图像' })).toBeVisible({ timeout: 60_000 });
  await expect(pane.locator('.scan-line')).not.toHaveCount(0);
  await expect(page.getByLabel('刊名')).toHaveValue('扫描简报');

  // Choosing a line opens it for correction and boxes it on the image; a box click goes to its line.
  const bodyLine = pane.locator('.scan-line', { hasText: BODY_LINE }).first();
  const lineIndex = Number(await bodyLine.getAttribute('data-line'));
  // Held by its place: once corrected, its text changes.
  const sameLine = pane.locator(`.scan-line[data-line="${lineIndex}"]`);
  await pane.locator(`rect[data-line="${lineIndex}"]`).click();
  await expect(pane.locator('rect.scan-box-current')).toHaveAttribute('data-line', String(lineIndex));
  const field = sameLine.locator('input');
  await expect(field).toBeFocused();
  await shot(page, info, 'scan-review-zh');
  // At 1024 wide the picture stands above its lines; the current line stays boxed.
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect(pane.locator('rect.scan-box-current')).toHaveAttribute('data-line', String(lineIndex));
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await shot(page, info, 'scan-review-1024-zh');
  await page.setViewportSize({ width: 1280, height: 860 });

  await field.fill(CORRECTED);
  await field.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '已改正' })).toBeVisible();
  await expect(sameLine.locator('.scan-line-corrected')).toHaveText(CORRECTED);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('region', { name: 'Page scan' })).toBeVisible();
  await shot(page, info, 'scan-review-en');
  await page.getByRole('button', { name: '中文' }).click();

  await page.getByRole('button', { name: '保存到书库' }).click();
  await expect(page.locator('.job[data-status="imported"]')).toContainText('扫描简报', { timeout: 60_000 });

  // The corrected words are in the library's text: search finds them, and the article shows its page.
  await page.keyboard.press('Control+k');
  const searchBox = page.getByRole('combobox', { name: '搜索全部文章' });
  await searchBox.fill('良好态势');
  await expect(page.locator('.search-total')).toContainText('共 1 篇文章', { timeout: 60_000 });
  await searchBox.press('Enter');
  await expect(page.locator('.reader')).toContainText('良好态势');
  await page.getByRole('button', { name: '查看原页' }).click();
  await expect(page.getByRole('img', { name: '第 1 页扫描图像' })).toBeVisible({ timeout: 60_000 });
  await shot(page, info, 'scan-reader-zh');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: 'Hide page scan' })).toBeVisible();
  await shot(page, info, 'scan-reader-en');
});
