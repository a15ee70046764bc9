import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page, TestInfo } from '@playwright/test';
import { chooseImportFiles, expect, importSampleOnFirstRun, issueRow, test } from './fixtures';

const SAMPLE_PDF = fileURLToPath(new URL('../fixtures/pdf/sample-kjqbck-2024-03.pdf', import.meta.url));

async function shot(page: Page, info: TestInfo, name: string): Promise<void> {
  const dir = process.env['E2E_SCREENSHOTS'];
  await page.screenshot({ path: dir ? join(dir, `${name}.png`) : info.outputPath(`${name}.png`), fullPage: true });
}

test('another file of an issue held offers three choices; attach it; delete the issue, find it in the recycle bin, restore it', async ({ page, archive }, info) => {
  test.setTimeout(180_000);
  await importSampleOnFirstRun(page, archive.url);

  // The PDF of the issue held as text, chosen in the app, saved without review.
  await chooseImportFiles(page, [{ name: 'kjqbck-2024-03.pdf', mimeType: 'application/pdf', buffer: readFileSync(SAMPLE_PDF) }], { review: false });

  const row = page.locator('.job', { hasText: 'kjqbck-2024-03.pdf' });
  await expect(row).toHaveAttribute('data-status', 'duplicate', { timeout: 60_000 });
  const choices = row.getByTestId('same-issue-choices');
  await expect(choices.getByRole('button')).toHaveText(['作为该期的另一文件附加', '用它替换正文', '另存为变体']);
  await expect(row.getByRole('button', { name: '打开' })).toBeVisible();
  await shot(page, info, 'same-issue-choices-zh');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(choices.getByRole('button')).toHaveText(['Attach to that issue', 'Replace the text from it', 'Keep as a variant']);
  // The page scrolls inside its own pane: the row is brought into view before it is photographed.
  await row.scrollIntoViewIfNeeded();
  await shot(page, info, 'same-issue-choices-en');
  await page.getByRole('button', { name: '中文' }).click();

  await choices.getByRole('button', { name: '作为该期的另一文件附加' }).click();
  await expect(row).toHaveAttribute('data-status', 'imported', { timeout: 60_000 });
  await expect(row).toContainText('已把 kjqbck-2024-03.pdf 附到');
  await expect(row).toContainText('（另一格式）');
  await expect(row.getByTestId('same-issue-choices')).toHaveCount(0);
  await shot(page, info, 'same-issue-attached-zh');

  // The row's link opens the issue held: it lists its two files.
  await row.getByRole('button', { name: '打开' }).click();
  const files = page.getByTestId('issue-files');
  await expect(files.locator('li')).toHaveCount(2, { timeout: 30_000 });
  await expect(files.locator('li').nth(1)).toContainText('kjqbck-2024-03.pdf');

  // Deleted (there is no delete button yet: the API call the app would make), it waits in the recycle bin.
  const deleted = await page.evaluate(async () => {
    const token = document.querySelector<HTMLMetaElement>('meta[name="archive-token"]')!.content;
    const headers = { 'Content-Type': 'application/json', 'X-Archive-Token': token };
    const list = await (await fetch('/api/issues.list', { method: 'POST', headers, body: '{}' })).json();
    const id: string = list.data[0].id;
    return (await fetch('/api/issues.delete', { method: 'POST', headers, body: JSON.stringify({ issueId: id }) })).json();
  });
  expect(deleted).toMatchObject({ ok: true });
  await page.reload();
  await expect(issueRow(page)).toHaveCount(0, { timeout: 30_000 });

  await page.getByRole('button', { name: '回收站' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '回收站' })).toBeVisible();
  const bin = page.getByTestId('recycle-list');
  await expect(bin.locator('li')).toHaveCount(1);
  await expect(bin).toContainText('2024 年第 3 期');
  await shot(page, info, 'recycle-zh');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Recycle bin' })).toBeVisible();
  await shot(page, info, 'recycle-en');
  await page.getByRole('button', { name: '中文' }).click();

  // Restored, the issue opens, with both files, and is back in the library.
  await bin.getByRole('button', { name: '恢复' }).click();
  await expect(page.getByTestId('issue-files').locator('li')).toHaveCount(2, { timeout: 30_000 });
  await page.getByRole('button', { name: '回收站' }).click();
  await expect(page.getByText('回收站是空的。')).toBeVisible();
  await page.goto(archive.url);
  await expect(issueRow(page)).toBeVisible({ timeout: 30_000 });
});
