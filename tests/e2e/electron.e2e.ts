import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectron } from '../../scripts/electron-binary.mjs';
import { ROOT } from '../../scripts/browser-mode';
import { DESKTOP_BRIDGE_KEYS } from '../../shared/contract/bridge';

const runtime = findElectron();

test('the desktop app opens, shows the library and closes', async () => {
  if (runtime.path === null) console.log(`Electron smoke test skipped: ${runtime.reason}.`);
  test.skip(runtime.path === null, `${runtime.reason ?? ''}; the Electron smoke test needs it.`);
  const home = await mkdtemp(join(tmpdir(), 'bulletin-archive-electron-'));
  const app = await electron.launch({
    executablePath: runtime.path ?? undefined,
    args: [ROOT, `--user-data-dir=${join(home, 'user-data')}`],
    env: { ...process.env, BULLETIN_ARCHIVE_LIBRARY: join(home, 'library') },
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { name: '书库还是空的' })).toBeVisible();
    expect(page.url()).toBe('app://bundle/index.html');
    // The page has the bridge the preload's type declares (DesktopBridge) and nothing of Node.
    expect(await page.evaluate(() => Object.keys(window.archive ?? {}).sort())).toEqual([...DESKTOP_BRIDGE_KEYS].sort());
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    await page.getByRole('button', { name: /导入示例期刊/ }).click();
    await expect(page.locator('.issue-row', { hasText: '2024 年第 3 期' })).toBeVisible();
  } finally {
    await app.close();
    await rm(home, { recursive: true, force: true });
  }
});
