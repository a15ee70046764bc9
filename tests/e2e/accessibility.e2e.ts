import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT } from '../../scripts/browser-mode';
import { expect, importSampleOnFirstRun, issueRow, test } from './fixtures';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('library, issue and article screens have no serious or critical accessibility violations', async ({ page, archive }) => {
  await page.goto(archive.url);
  await expect(page.getByRole('heading', { name: '书库还是空的' })).toBeVisible();
  expect(await seriousViolations(page), 'empty library').toEqual([]);

  await importSampleOnFirstRun(page, archive.url);
  expect(await seriousViolations(page), 'library').toEqual([]);

  await issueRow(page).click();
  await expect(page.locator('.toc-entry')).toHaveCount(6);
  expect(await seriousViolations(page), 'issue').toEqual([]);

  await page.locator('.toc-entry').nth(3).click();
  await expect(page.locator('.reader-body p').first()).toBeVisible();
  expect(await seriousViolations(page), 'article').toEqual([]);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await seriousViolations(page), 'article in English').toEqual([]);
});

test('the search screen and the find bar have no serious or critical accessibility violations', async ({ page, archive }) => {
  await importSampleOnFirstRun(page, archive.url);
  await page.keyboard.press('Control+k');
  const box = page.getByRole('combobox', { name: '搜索全部文章' });
  await expect(page.getByRole('heading', { name: '搜索写法' })).toBeVisible();
  expect(await seriousViolations(page), 'search, before a query').toEqual([]);

  await box.fill('"成果转化" 年份:2024');
  await expect(page.locator('.search-total')).toContainText('共 4 篇文章');
  expect(await seriousViolations(page), 'search results, grouped').toEqual([]);
  await page.getByRole('button', { name: '平铺列表' }).click();
  expect(await seriousViolations(page), 'search results, flat').toEqual([]);

  await box.fill('成果转换');
  await expect(page.locator('.hit-badge').first()).toBeVisible();
  expect(await seriousViolations(page), 'near titles').toEqual([]);

  await box.fill('量子引力波');
  await expect(page.locator('.search-no-hits')).toBeVisible();
  expect(await seriousViolations(page), 'no hits').toEqual([]);

  await box.fill('稀土');
  await expect(page.locator('.search-total')).toContainText('共 1 篇文章');
  await box.press('Enter');
  await expect(page.locator('#find-counter')).toContainText('/ 5');
  expect(await seriousViolations(page), 'article with the find bar').toEqual([]);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.keyboard.press('Control+k');
  await expect(page.locator('.search-total')).toContainText('Articles found: 1');
  expect(await seriousViolations(page), 'search in English').toEqual([]);
});

test('the import review, batch results, needs review and the issue tools have no serious or critical accessibility violations', async ({ page, archive }) => {
  await page.goto(archive.url);
  await page.getByRole('button', { name: '导入期刊' }).click();
  expect(await seriousViolations(page), 'import screen').toEqual([]);

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件…' }).click();
  await (await chooser).setFiles(join(ROOT, 'tests/fixtures/pdf/bulletin-2p.pdf'));
  await expect(page.getByRole('heading', { name: '核对后保存' })).toBeVisible();
  await expect(page.locator('.review-warnings')).toBeVisible();
  expect(await seriousViolations(page), 'review screen').toEqual([]);

  // With a split under way and a field refused.
  await page.getByRole('button', { name: /^拆分/ }).first().click();
  await page.getByLabel('刊名').fill('');
  await page.getByRole('button', { name: '保存到书库' }).click();
  await expect(page.getByLabel('刊名')).toHaveAttribute('aria-invalid', 'true');
  expect(await seriousViolations(page), 'review screen, splitting, with a refused field').toEqual([]);

  // Keyboard only: the series field, then saving with Enter on the focused button.
  await page.getByLabel('刊名').fill('农业科技信息');
  await page.getByRole('button', { name: '保存到书库' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.job[data-status="imported"]')).toBeVisible();
  expect(await seriousViolations(page), 'import results').toEqual([]);

  await page.getByRole('button', { name: '打开' }).click();
  await page.getByRole('button', { name: '修改刊头…' }).click();
  expect(await seriousViolations(page), 'issue with the masthead editor').toEqual([]);

  await page.getByRole('button', { name: /^待核对/ }).click();
  expect(await seriousViolations(page), 'needs review').toEqual([]);

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose files…' }).click();
  await (await again).setFiles(join(ROOT, 'tests/fixtures/pdf/bulletin-3p.pdf'));
  await expect(page.getByRole('heading', { name: 'Review before saving' })).toBeVisible();
  expect(await seriousViolations(page), 'review screen in English').toEqual([]);
});
