import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { startBrowserMode } from '../../scripts/browser-mode';
import type { BrowserModeRun } from '../../scripts/browser-mode';
import { bulletinText } from '../helpers/series-run';
import type { RunIssue } from '../helpers/series-run';

export const SAMPLE_TITLES = [
  '内蒙古：高能级创新平台助力科技“突围”',
  '安徽省六安市综合施策推动科技特派员创新创业',
  '湖北武汉：“武创通”科创平台上线服务大数据科技治理',
  '南京持续强化四链融合打通科技成果转化“最后一公里”',
  '南京市厚植科创沃土推动创新型民营经济高质量发展',
  '武汉出台促进科技成果转化20条新政',
];

/** A browser-mode server of its own, on an empty library in a temporary folder. */
export const test = base.extend<{ archive: BrowserModeRun }>({
  archive: async ({}, use) => {
    const run = await startBrowserMode();
    await use(run);
    await run.stop();
  },
});

export { expect };

export async function importSampleOnFirstRun(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { name: '书库还是空的' })).toBeVisible();
  await page.getByRole('button', { name: /导入示例期刊/ }).click();
  await expect(issueRow(page)).toBeVisible();
}

export function issueRow(page: Page) {
  return page.locator('.issue-row', { hasText: '2024 年第 3 期' });
}

/** Chooses files on the import screen, as a person does (`review: false` saves without review). */
export async function chooseImportFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[], options: { review?: boolean } = {}): Promise<void> {
  await page.getByRole('button', { name: '导入期刊' }).click();
  if (options.review === false) await page.getByLabel(/不核对，直接保存/).check();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件…' }).click();
  await (await chooser).setFiles(files);
}

/** Imports a generated run of a series as text files and waits until every one is in. */
export async function importRun(page: Page, series: string, run: readonly RunIssue[]): Promise<void> {
  const files = run.map((issue) => ({ name: `${series}-${issue.year}-${issue.number}.txt`, mimeType: 'text/plain', buffer: Buffer.from(bulletinText(series, issue)) }));
  await chooseImportFiles(page, files);
  await expect(page.locator('.job[data-status="imported"]')).toHaveCount(run.length, { timeout: 60_000 });
}
