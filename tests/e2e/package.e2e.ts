import path from 'node:path';
import { startBrowserMode } from '../../scripts/browser-mode';
import { expect, importSampleOnFirstRun, issueRow, test } from './fixtures';

/**
 * Packages in the app (issue 15), as a person uses them in browser mode: a library with issues and
 * no backup is reminded of it; a package exported from one library (a download) is imported into a
 * second through the dry-run report, then merged.
 */
test('a library with issues and no backup shows the reminder, which can be put away for the session', async ({ page, archive }) => {
  await importSampleOnFirstRun(page, archive.url);
  const reminder = page.getByTestId('backup-reminder');
  await expect(reminder).toContainText('此书库尚未备份');
  await page.screenshot({ path: 'test-results/package-reminder-zh-1280.png' });
  await reminder.getByRole('button', { name: '本次不再提醒' }).click();
  await expect(reminder).toHaveCount(0);
});

test('the reminder backs up now, and then stays away', async ({ page, archive }) => {
  await importSampleOnFirstRun(page, archive.url);
  await page.getByTestId('backup-reminder').getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByTestId('backup-done')).toContainText('已备份', { timeout: 60_000 });
  await expect(page.locator('.backup-list .job')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/package-backup-zh-1280.png', fullPage: true });
  await page.getByRole('button', { name: '全部刊物' }).click();
  await expect(issueRow(page)).toBeVisible();
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0);
});

test('a package exported from one library merges into another: dry run first, then for real', async ({ page, archive }, testInfo) => {
  await importSampleOnFirstRun(page, archive.url);
  await page.getByRole('button', { name: '数据包与备份' }).click();
  await page.getByLabel('来源单位（Source-Organization）').fill('呼和浩特市科学技术局');
  await page.screenshot({ path: 'test-results/package-export-zh-1280.png', fullPage: true });
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: '导出', exact: true }).click();
  const file = path.join(testInfo.outputDir, (await download).suggestedFilename());
  await (await download).saveAs(file);
  expect(file).toMatch(/\.zip$/);
  await expect(page.getByTestId('package-export-done')).toContainText('已导出 1 期');

  const second = await startBrowserMode();
  try {
    const other = await page.context().newPage();
    await other.goto(second.url);
    await expect(other.getByRole('heading', { name: '书库还是空的' })).toBeVisible();
    await other.getByRole('button', { name: '数据包与备份' }).click();
    await other.getByRole('tab', { name: '导入数据包…' }).click();
    const chooser = other.waitForEvent('filechooser');
    await other.getByTestId('package-import-choose').click();
    await (await chooser).setFiles(file);
    const dryRun = other.getByTestId('merge-report-dry-run');
    await expect(dryRun).toBeVisible({ timeout: 60_000 });
    await expect(dryRun.locator('[data-total="added"] dd')).toHaveText('1');
    await expect(dryRun).toContainText('呼和浩特市科学技术局');
    await expect(dryRun.locator('.merge-row[data-action="added"]')).toContainText('科技情报参考');
    await other.screenshot({ path: 'test-results/package-import-dry-run-zh-1280.png', fullPage: true });

    await other.getByRole('button', { name: '合并', exact: true }).click();
    const final = other.getByTestId('merge-report-final');
    await expect(final).toBeVisible({ timeout: 60_000 });
    await expect(final.locator('[data-total="added"] dd')).toHaveText('1');
    await other.screenshot({ path: 'test-results/package-import-final-zh-1280.png', fullPage: true });
    await other.getByRole('button', { name: '全部刊物' }).click();
    await expect(issueRow(other)).toBeVisible();
  } finally {
    await second.stop();
  }
});
