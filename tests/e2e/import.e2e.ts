import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/browser-mode';
import { expect, importSampleOnFirstRun, issueRow, test } from './fixtures';

test('a file that is not a bulletin goes to review as a document; discarded, it leaves the library unchanged', async ({ page, archive }) => {
  await importSampleOnFirstRun(page, archive.url);

  await page.getByRole('button', { name: '导入期刊' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件…' }).click();
  await (
    await chooser
  ).setFiles([
    { name: 'shopping-list.txt', mimeType: 'text/plain', buffer: Buffer.from('milk, eggs, bread, and a note to self') },
    { name: 'drawing.psd', mimeType: 'image/vnd.adobe.photoshop', buffer: Buffer.from([0x38, 0x42, 0x50, 0x53, 0, 1, 0, 0, 0xff, 0x00]) },
  ]);

  // Nothing is refused for its shape (issue 13): it is offered as a document with all its text.
  await expect(page.getByRole('heading', { name: '核对后保存' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('note')).toContainText('将作为一篇文档保存');
  await expect(page.getByLabel('刊名')).toHaveValue('');
  await expect(page.getByRole('region', { name: '原文' })).toContainText('milk, eggs, bread');
  await page.getByRole('button', { name: '放弃导入' }).click();

  await expect(page.locator('.job[data-status="discarded"]', { hasText: 'shopping-list.txt' })).toBeVisible();
  // A kind of file the app does not read is not sent at all: it is listed as skipped.
  await expect(page.locator('.job[data-status="skipped"]', { hasText: 'drawing.psd' })).toContainText('只接受 .txt、.pdf、.docx、扫描图像');

  await page.getByRole('button', { name: /全部刊物/ }).click();
  await expect(page.locator('.issue-row')).toHaveCount(1);
  await expect(issueRow(page)).toBeVisible();
});

test('importing the same file twice reports a duplicate', async ({ page, archive }) => {
  await importSampleOnFirstRun(page, archive.url);
  await page.getByRole('button', { name: '导入期刊' }).click();
  await page.getByRole('button', { name: '导入示例期刊' }).click();
  await expect(page.locator('.job[data-status="duplicate"]')).toBeVisible();
  await page.getByRole('button', { name: /全部刊物/ }).click();
  await expect(page.locator('.issue-row')).toHaveCount(1);
});

test('a file dropped on the window is read, and the page does not navigate away', async ({ page, archive }) => {
  await page.goto(archive.url);
  await expect(page.getByRole('heading', { name: '书库还是空的' })).toBeVisible();
  // The printed address has taken the browser in and left the address bar clean.
  const here = page.url();
  expect(here).not.toContain('token=');
  const drop = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['not a bulletin at all'], 'dropped.txt', { type: 'text/plain' }));
    return transfer;
  });
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: drop });
  await page.dispatchEvent('body', 'drop', { dataTransfer: drop });
  // Not a bulletin: it is read and offered for review as a document (issue 13).
  await expect(page.getByRole('heading', { name: '核对后保存' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('文件：dropped.txt')).toBeVisible();
  // The page stayed (only its address names the view now: #/review, issue 17).
  expect(page.url().split('#')[0]).toBe(here.split('#')[0]);
  expect(new URL(page.url()).hash).toBe('#/review');
});

// A few classic payloads (after DOMPurify's corpus): each must show as text and run nothing.
const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(2)</script>',
  '<svg onload=alert(3)><circle r=10></circle></svg>',
  '<a href="javascript:alert(4)">点我</a>',
  '<iframe srcdoc="<script>parent.alert(5)</script>"></iframe>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(6)>',
  '<form><button formaction=javascript:alert(7)>x</button></form>',
  '<div popover id=p>x</div><button popovertarget=p>y</button>',
];

test('markup inside a bulletin is shown as text, never run', async ({ page, archive }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const sample = readFileSync(join(ROOT, 'resources/sample-kjqbck-2024-03.txt'), 'utf8');
  const anchor = '科技创新、平台先行。';
  const bulletin = sample
    .replace('2024 年第 3 期', '2024 年第 4 期')
    .replace(anchor, `${PAYLOADS.map((payload) => `${payload}\n\n`).join('')}${anchor}`);

  await page.goto(archive.url);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件导入…' }).click();
  await (await chooser).setFiles([{ name: 'payloads.txt', mimeType: 'text/plain', buffer: Buffer.from(bulletin) }]);
  // A single file is shown for review first: the payloads are text there too.
  await expect(page.getByRole('region', { name: '原文' })).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('.review').locator('img, script, svg, iframe, form, math, [popover]')).toHaveCount(0);
  await page.getByRole('button', { name: '保存到书库' }).click();
  await expect(page.locator('.job', { hasText: 'payloads.txt' })).toHaveAttribute('data-status', 'imported');
  await page.getByRole('button', { name: '打开' }).click();
  await page.locator('.toc-entry').first().click();

  const reader = page.locator('.reader');
  await expect(reader).toContainText('<img src=x onerror=alert(1)>');
  await expect(reader).toContainText('<script>alert(2)</script>');
  await expect(reader.locator('img, script, svg, iframe, a, form, button, math, [popover]')).toHaveCount(0);
  expect(dialogs).toBe(0);
});
