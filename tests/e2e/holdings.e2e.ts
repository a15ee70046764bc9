import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { makeRun } from '../helpers/series-run';
import { expect, importRun, test } from './fixtures';

// A monthly run of 2023 missing 第7–8期, and 2024 第1–3期 with 总第 counted on: 2023 第11期 missing too.
const RUN = makeRun({ fromYear: 2023, toYear: 2024, perYear: 12, firstTotal: 77, missing: ['2023:7', '2023:8', '2023:11'] }).filter((i) => i.year === 2023 || i.number <= 3);

async function shot(page: Page, info: TestInfo, name: string): Promise<void> {
  const dir = process.env['E2E_SCREENSHOTS'];
  await page.screenshot({ path: dir ? join(dir, `${name}.png`) : info.outputPath(`${name}.png`), fullPage: true });
}

test('a run imported with gaps shows them on the grid, and a missing issue takes a paper-copy note', async ({ page, archive }, info) => {
  test.setTimeout(180_000);
  await page.goto(archive.url);
  await importRun(page, '工作动态', RUN);

  await page.locator('.series-list').getByRole('button', { name: /工作动态/ }).click();
  await page.getByRole('button', { name: '刊物档案与收藏表' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '工作动态' })).toBeVisible({ timeout: 30_000 });

  const grid = page.getByRole('table', { name: /工作动态收藏表/ });
  await expect(grid.getByRole('button', { name: '2023 年第 6 期：已收藏，总第 82 期' })).toBeVisible();
  // Missing by the numbering (7, 8) and by 总第 continuity into 2024 (12 is 总第 88, 2024 第1期 is 总第 89).
  for (const number of [7, 8, 11]) await expect(grid.getByRole('button', { name: new RegExp(`^2023 年第 ${number} 期：缺期`) })).toBeVisible();
  await expect(grid.getByRole('button', { name: /^2024 年第 1 期：已收藏，总第 89 期/ })).toBeVisible();
  await expect(page.getByText('收藏 12 期，缺 3 期')).toBeVisible();

  // The record: a monthly series that closed with 2024 — the rest of 2024 is now missing too.
  await page.getByRole('button', { name: '编辑刊物信息' }).click();
  await page.getByLabel('刊期').selectOption('monthly');
  await page.getByLabel('停刊年份').fill('2024');
  await page.getByLabel('准印证号').fill('苏内资准字（2023）第 123 号');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('收藏 12 期，缺 12 期')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('苏内资准字（2023）第 123 号')).toBeVisible();

  await grid.getByRole('button', { name: /^2023 年第 7 期：缺期/ }).click();
  await page.getByLabel('缺期说明').fill('仅有纸本，12 号盒');
  await page.getByRole('button', { name: '保存说明' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存缺期说明。' })).toBeVisible();
  await expect(grid.getByRole('button', { name: /^2023 年第 7 期：缺期.*说明：仅有纸本，12 号盒/ })).toBeVisible();
  await shot(page, info, 'holdings-series-zh');

  // A held cell opens its issue.
  await grid.getByRole('button', { name: /^2023 年第 6 期：已收藏/ }).click();
  await expect(page.getByText('2023 年第 6 期').first()).toBeVisible({ timeout: 30_000 });

  // The note survives a reload, and is in the gap report.
  await page.reload();
  await page.getByRole('button', { name: '缺期报告' }).click();
  const report = page.locator('.report-table');
  await expect(report.getByRole('row', { name: /工作动态 2023 7–8, 11 3 7: 仅有纸本，12 号盒/ })).toBeVisible({ timeout: 30_000 });
  await expect(report.getByRole('row', { name: /工作动态 2024 4–12 9/ })).toBeVisible();
  await shot(page, info, 'holdings-gaps-zh');

  await page.getByRole('button', { name: '统计' }).click();
  await expect(page.getByRole('heading', { name: '各年期数与文章数' })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.stats-chart svg').first()).toBeVisible();
  await shot(page, info, 'holdings-stats-zh');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Issues and articles per year' })).toBeVisible();
  await shot(page, info, 'holdings-stats-en');
  await page.getByRole('button', { name: 'Missing issues' }).click();
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeVisible({ timeout: 30_000 });
  await shot(page, info, 'holdings-gaps-en');
  await page.locator('.report-table').getByRole('button', { name: '工作动态' }).first().click();
  await expect(page.getByRole('button', { name: /^2023 No\. 7: missing.*note: 仅有纸本，12 号盒/ })).toBeVisible({ timeout: 30_000 });
  await shot(page, info, 'holdings-series-en');
});
