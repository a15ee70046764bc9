import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { makeRun } from '../helpers/series-run';
import { expect, importRun, test } from './fixtures';

// Four issues of one series, without 总第, so each row reads plainly 2023 年第 N 期.
const RUN = makeRun({ fromYear: 2023, toYear: 2023, perYear: 4 });

async function shot(page: Page, info: TestInfo, name: string): Promise<void> {
  const dir = process.env['E2E_SCREENSHOTS'];
  await page.screenshot({ path: dir ? join(dir, `${name}.png`) : info.outputPath(`${name}.png`), fullPage: true });
}

const row = (page: Page, number: number) => page.locator('.issue-row', { hasText: `2023 年第 ${number} 期` });

async function showSeries(page: Page, series: string): Promise<void> {
  await page
    .locator('.series-list')
    .getByRole('button', { name: new RegExp(series) })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: series })).toBeVisible({ timeout: 30_000 });
}

test('batch work: select issues, set 保管期限 on all of them, move one to another series', async ({ page, archive }, info) => {
  test.setTimeout(180_000);
  await page.goto(archive.url);
  await importRun(page, '工作动态', RUN);
  await showSeries(page, '工作动态');

  // Ctrl/cmd-click selects without opening; the bar says how many.
  await row(page, 1).click({ modifiers: ['ControlOrMeta'] });
  await row(page, 2).click({ modifiers: ['ControlOrMeta'] });
  const bar = page.getByTestId('batch-bar');
  await expect(bar).toContainText('已选 2 期');
  await expect(page.getByRole('heading', { level: 1, name: '工作动态' })).toBeVisible();

  // Space on a focused row toggles it; the year's checkbox is then partly checked.
  await row(page, 3).focus();
  await page.keyboard.press('Space');
  await expect(bar).toContainText('已选 3 期');
  await page.keyboard.press('Space');
  await expect(bar).toContainText('已选 2 期');

  // A failing batch changes nothing and says why.
  await bar.getByLabel('设置字段').selectOption('remarks');
  await bar.getByLabel('备注').fill('长'.repeat(2100));
  await bar.getByRole('button', { name: '应用于所选各期' }).click();
  await expect(bar.getByRole('status')).toContainText('没有修改任何一期');

  await bar.getByLabel('设置字段').selectOption('retention');
  await bar.getByLabel('保管期限').selectOption('Y');
  await bar.getByRole('button', { name: '应用于所选各期' }).click();
  await expect(bar.getByRole('status')).toHaveText('已修改 2 期。', { timeout: 30_000 });
  await shot(page, info, 'batch-zh');

  // Shift-click selects from the last toggled row (第 3 期) to this one; then basket and export the four.
  await row(page, 4).click({ modifiers: ['Shift'] });
  await expect(bar).toContainText('已选 4 期');
  await bar.getByRole('button', { name: '全部文章加入打印篮' }).click();
  await expect(bar.getByRole('status')).toHaveText('已加入打印篮 12 篇文章。');
  await expect(page.getByRole('button', { name: /打印篮\s*12/ })).toBeVisible();
  const download = page.waitForEvent('download');
  await bar.getByRole('button', { name: 'CSV', exact: true }).click();
  const csv = await (await download).path();
  expect(readFileSync(csv, 'utf8')).toContain('永久');
  await expect(bar.getByRole('status')).toContainText('已导出');
  await bar.getByRole('button', { name: '取消选择' }).click();
  await expect(bar).toHaveCount(0);

  // Each issue's page shows the new retention period; the remarks were not written.
  for (const number of [1, 2]) {
    await row(page, number).click();
    const card = page.getByTestId('catalogue-card');
    await expect(card).toContainText('永久（Y）', { timeout: 30_000 });
    await expect(card).not.toContainText('长长长');
    await showSeries(page, '工作动态');
  }
  await expect(row(page, 3)).toBeVisible();
  await row(page, 3).click();
  await expect(page.getByTestId('catalogue-card')).not.toContainText('永久', { timeout: 30_000 });
  await showSeries(page, '工作动态');

  // Move one issue to another series: it leaves this list and is found under the new name.
  await row(page, 2).click({ modifiers: ['ControlOrMeta'] });
  await expect(bar).toContainText('已选 1 期');
  await bar.getByLabel('移到刊物').fill('科技简报');
  await bar.getByRole('button', { name: '移动', exact: true }).click();
  await expect(row(page, 2)).toHaveCount(0, { timeout: 30_000 });
  await showSeries(page, '科技简报');
  await expect(row(page, 2)).toBeVisible();
  await row(page, 2).click();
  await expect(page.getByTestId('catalogue-card')).toContainText('永久（Y）', { timeout: 30_000 });

  // The bar in English, a whole year selected from its heading.
  await showSeries(page, '工作动态');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('checkbox', { name: /Select every issue of/ }).check();
  await expect(page.getByTestId('batch-bar')).toContainText('3 selected');
  await shot(page, info, 'batch-en');
});
