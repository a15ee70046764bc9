import { expect, importSampleOnFirstRun, test } from './fixtures';

/**
 * The package screens as a person sees them, in both languages and at both window sizes the app
 * is used at: every tab is shown and photographed (test-results/package-*.png) for a look.
 */
for (const size of [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
]) {
  test(`every package tab at ${size.width}×${size.height}, in Chinese and English`, async ({ page, archive }) => {
    await page.setViewportSize(size);
    await importSampleOnFirstRun(page, archive.url);
    for (const language of ['zh', 'en'] as const) {
      if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
      const reminder = page.getByTestId('backup-reminder');
      await expect(reminder).toBeVisible();
      await page.screenshot({ path: `test-results/package-library-${language}-${size.width}.png` });
      await page.getByRole('button', { name: language === 'zh' ? '数据包与备份' : 'Packages & backups' }).click();
      const tabs = page.getByRole('tab');
      await expect(tabs).toHaveCount(4);
      for (let index = 0; index < 4; index += 1) {
        await tabs.nth(index).click();
        await expect(tabs.nth(index)).toHaveAttribute('aria-selected', 'true');
        await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toBeVisible();
        await page.screenshot({ path: `test-results/package-tab${index}-${language}-${size.width}.png`, fullPage: true });
      }
      await page.getByRole('button', { name: language === 'zh' ? '全部刊物' : 'All series' }).click();
    }
  });
}
