/**
 * `npm run screenshots`: the library, issue and article screens at 1280×800, in Chinese, on a
 * fresh library with the sample issue, written to screenshots/ (git-ignored).
 * Expects a built renderer (`npm run build`).
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './chromium';
import { ROOT, startBrowserMode } from './browser-mode';

const outDir = join(ROOT, 'screenshots');
await mkdir(outDir, { recursive: true });
const server = await startBrowserMode();
const browser = await chromium.launch(CHROMIUM_LAUNCH);
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const shot = async (name: string): Promise<void> => {
    const path = join(outDir, `${name}.png`);
    await page.screenshot({ path });
    console.log(`wrote ${path}`);
  };
  await page.goto(server.url);
  await page.getByRole('button', { name: /导入示例期刊/ }).waitFor();
  await shot('empty-library');
  await page.getByRole('button', { name: /导入示例期刊/ }).click();
  const issueRow = page.locator('.issue-row', { hasText: '2024 年第 3 期' });
  await issueRow.waitFor();
  await shot('library');
  await issueRow.click();
  await page.locator('.toc-entry').first().waitFor();
  await shot('issue');
  await page.locator('.toc-entry').nth(0).click();
  await page.locator('.reader-body p').first().waitFor();
  await shot('article');
  await page.getByRole('button', { name: '导入期刊' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件…' }).click();
  await (
    await chooser
  ).setFiles([
    { name: '会议通知.txt', mimeType: 'text/plain', buffer: Buffer.from('请各部门于周五前报送材料。') },
    { name: 'sample-again.txt', mimeType: 'text/plain', buffer: readFileSync(join(ROOT, 'resources/sample-kjqbck-2024-03.txt')) },
  ]);
  await page.locator('.job[data-status="duplicate"]').waitFor();
  await shot('import');
} finally {
  await browser.close();
  await server.stop();
}
