import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SAMPLE_TITLES, chooseImportFiles, expect, importSampleOnFirstRun, issueRow, test } from './fixtures';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SAMPLE_PDF = path.resolve(HERE, '../fixtures/pdf/sample-kjqbck-2024-03.pdf');
const SHOTS = path.resolve(HERE, '../../test-results/catalogue');

test('the issue record: attach a PDF to an issue held as text, edit a title, undo it, and find every change in the history', async ({ page, archive }) => {
  test.setTimeout(180_000);
  await importSampleOnFirstRun(page, archive.url);

  // Another file of the issue held (its PDF): without a choice it is named as such and nothing
  // changes; with "attach" it joins the issue.
  await chooseImportFiles(page, [{ name: 'kjqbck-2024-03.pdf', mimeType: 'application/pdf', buffer: readFileSync(SAMPLE_PDF) }], { review: false });
  const row = page.locator('.job', { hasText: 'kjqbck-2024-03.pdf' });
  await expect(row).toHaveAttribute('data-status', 'duplicate', { timeout: 60_000 });
  await row.getByTestId('same-issue-choices').getByRole('button', { name: '作为该期的另一文件附加' }).click();
  await expect(row).toHaveAttribute('data-status', 'imported', { timeout: 60_000 });

  // A reload keeps the view it was on (issue 17): the import screen; the issue is reached from the library.
  await page.reload();
  await page.getByRole('button', { name: '全部刊物' }).click();
  await issueRow(page).click();
  const files = page.getByTestId('issue-files');
  await expect(files).toContainText('文件（2 个）', { timeout: 30_000 });
  await expect(files.locator('li')).toHaveCount(2);
  await expect(files.locator('li').nth(0)).toContainText('原件');
  await expect(files.locator('li').nth(1)).toContainText('kjqbck-2024-03.pdf');
  await expect(files.locator('li').nth(1)).toContainText('另一格式');

  // The catalogue card: fill some fields and save.
  const card = page.getByTestId('catalogue-card');
  await card.getByRole('button', { name: '编辑著录' }).click();
  await card.getByLabel('页数').fill('24');
  await card.getByLabel('库房').fill('档案室 2');
  await card.getByLabel('盒号').fill('12');
  await card.getByLabel('保管期限').selectOption('D30');
  await card.getByRole('button', { name: '保存' }).click();
  await expect(card).toContainText('档案室 2 / 12', { timeout: 30_000 });
  await expect(card).toContainText('定期30年（D30）');

  // Edit an article title after import.
  await page.getByRole('button', { name: '编辑文章' }).click();
  const title = page.locator('input[name="title-1"]');
  await expect(title).toHaveValue(SAMPLE_TITLES[1]!, { timeout: 30_000 });
  await title.fill('六安市：科技特派员创新创业');
  await page.locator('.catalogue-articles').getByRole('button', { name: '保存' }).click();
  const toc = page.getByRole('navigation', { name: '目录' });
  await expect(toc.locator('.toc-title-text').nth(1)).toHaveText('六安市：科技特派员创新创业', { timeout: 30_000 });

  // Every change is in the history, newest first, by the browser.
  const history = page.getByTestId('issue-history');
  await expect(history.locator('li[data-action]')).toHaveCount(4, { timeout: 30_000 });
  await expect(history.locator('li[data-action]').first()).toContainText('编辑文章');
  await expect(history.locator('li[data-action]').first()).toContainText('浏览器');
  await expect(history.locator('li[data-action="attach"]')).toContainText('附加文件');
  await expect(history.locator('li[data-action="edit"]')).toContainText('档案室 2 / 12');
  await expect(history.locator('li[data-action="edit"]')).toContainText('页数');

  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'issue-record-card-zh.png') });
  await history.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'issue-record-zh.png') });

  // Undo the title edit: the old title is back, and the undo is recorded too.
  await history.getByRole('button', { name: '撤销最近一次修改' }).click();
  await expect(toc.locator('.toc-title-text').nth(1)).toHaveText(SAMPLE_TITLES[1]!, { timeout: 30_000 });
  await expect(history.locator('li[data-action]')).toHaveCount(5, { timeout: 30_000 });
  await expect(history.locator('li[data-action]').first()).toContainText('撤销');
  await expect(history.locator('li[data-action="edit-articles"]')).toContainText('已撤销');

  // The same screen in English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('catalogue-card')).toContainText('Catalogue record', { timeout: 30_000 });
  await expect(page.getByTestId('issue-files')).toContainText('other format');
  await page.getByTestId('catalogue-card').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'issue-record-card-en.png') });
  await page.getByTestId('issue-history').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'issue-record-en.png') });
});
