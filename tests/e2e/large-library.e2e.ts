import type { IssueSummary } from '../../shared/catalog';
import { expect, test } from './fixtures';

/** Thousands of issues: 8 series × 25 years × 24 issues, as the server would list them. */
function manyIssues(): IssueSummary[] {
  const issues: IssueSummary[] = [];
  for (let s = 0; s < 8; s += 1) {
    for (let year = 2024; year > 1999; year -= 1) {
      for (let number = 24; number >= 1; number -= 1) {
        issues.push({
          id: `s${s}-${year}-${number}`,
          series: `工作动态 ${s + 1}`,
          year,
          number,
          totalNumber: null,
          date: `${year}-${String(Math.ceil(number / 2)).padStart(2, '0')}-15`,
          articleCount: 5,
          importedAt: '2024-01-01T00:00:00.000Z',
          needsReview: false,
        });
      }
    }
  }
  return issues;
}

test('a library of thousands of issues renders only what is on screen and scrolls to the oldest', async ({ page, archive }) => {
  const issues = manyIssues();
  await page.route('**/api/issues.list', (route) => route.fulfill({ json: { ok: true, data: issues } }));
  await page.goto(archive.url);
  await expect(page.getByRole('heading', { level: 1, name: '书库' })).toBeVisible();
  await expect(page.locator('.issue-row').first()).toContainText('2024 年第 24 期');
  expect(issues.length).toBe(4800);
  expect(await page.locator('.issue-row').count()).toBeLessThan(80);

  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('button', { name: /工作动态 3/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: '工作动态 3' })).toBeVisible();
  await page.locator('.issue-scroller').evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await expect(page.locator('.issue-row').last()).toContainText('2000 年第 1 期');

  await page.getByRole('searchbox', { name: '筛选期刊' }).fill('2013年第7期');
  await expect(page.locator('.issue-row')).toHaveCount(1);
  await expect(page.locator('.issue-row')).toContainText('工作动态 3');
});
