import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startBrowserMode } from '../../scripts/browser-mode';
import { expect, test } from './fixtures';

/**
 * Issue 19: a library whose index is not built yet (thousands of generated articles, no index
 * folder). The search screen shows how far the background build is, the rest of the archive
 * answers meanwhile, and the results come once the index is ready. No timing is asserted; the
 * waits are generous because the build's length depends on the machine.
 */
const ARTICLES = 6000;

test('search shows the index being built, the library stays usable, then the results come', async ({ page }) => {
  test.setTimeout(600_000);
  const root = await mkdtemp(join(tmpdir(), 'bulletin-archive-building-'));
  const libraryDir = join(root, 'library');
  // Written by a script: Playwright's loader cannot import the core.
  execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/generated-library.ts'), libraryDir, String(ARTICLES)], { cwd: ROOT });
  const run = await startBrowserMode({ libraryDir });
  try {
    await page.goto(run.url);
    const nav = page.getByRole('navigation', { name: '主导航' });
    await nav.getByRole('button', { name: /全文搜索/ }).click();
    const box = page.getByRole('combobox', { name: '搜索全部文章' });
    await box.fill('科技');
    // Not ready yet: the screen says how far the index is rather than waiting.
    await expect(page.locator('.search-index')).toContainText(/正在建立索引 \d+%（已处理 \d+ \/ 6000 篇）/, { timeout: 60_000 });

    // Meanwhile the library answers: its issues are listed.
    await nav.getByRole('button', { name: /全部刊物/ }).click();
    await expect(page.locator('.issue-row').first()).toBeVisible({ timeout: 30_000 });

    // Back to search: once the index is ready, the query runs again by itself and the progress goes.
    await nav.getByRole('button', { name: /全文搜索/ }).click();
    await expect(page.locator('.search-total')).toContainText(/共 \d+ 篇/, { timeout: 480_000 });
    await expect(page.locator('.search-index')).toHaveCount(0);
    await expect(page.getByRole('listbox', { name: '搜索结果' }).getByRole('option').first()).toBeVisible();
  } finally {
    await run.stop();
    await rm(root, { recursive: true, force: true });
  }
});
