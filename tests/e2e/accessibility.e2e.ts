import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
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
