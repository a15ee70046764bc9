import type { Page } from '@playwright/test';
import { SAMPLE_TITLES, expect, importSampleOnFirstRun, issueRow, test } from './fixtures';

/** Everything the page says went wrong: console errors and warnings, page errors, failed or refused requests. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

test('a clean run walks library, issue, article, search, annotations and import with nothing in the console', async ({ page, archive }) => {
  const problems = watchProblems(page);

  // Library (first run, then with the sample in it).
  await importSampleOnFirstRun(page, archive.url);
  // The page has its icon, served like its other files.
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(icon).toBeTruthy();
  expect((await page.request.get(new URL(icon ?? '', archive.url).href)).headers()['content-type']).toBe('image/png');

  // Issue.
  await issueRow(page).click();
  const toc = page.getByRole('navigation', { name: '目录' });
  await expect(toc.locator('.toc-title-text')).toHaveText(SAMPLE_TITLES);

  // Article.
  await toc.getByRole('button', { name: SAMPLE_TITLES[0] }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLES[0]!);

  // Search, and a hit opened in the reader.
  const nav = page.getByRole('navigation', { name: '主导航' });
  await nav.getByRole('button', { name: /全文搜索/ }).click();
  await page.getByRole('combobox', { name: '搜索全部文章' }).fill('稀土');
  const hits = page.getByRole('listbox', { name: '搜索结果' }).getByRole('option');
  await expect(hits.first()).toBeVisible({ timeout: 30_000 });

  // Annotations.
  await nav.getByRole('button', { name: '批注与收藏' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '批注与收藏' })).toBeVisible();

  // Import.
  await page.getByRole('button', { name: '导入期刊' }).last().click();
  await expect(page.locator('#choose-files')).toBeVisible();

  // A reload, as a person coming back would, asks for nothing that is missing either.
  await page.reload();
  await expect(page.locator('#root')).not.toBeEmpty();
  expect(problems).toEqual([]);
});
