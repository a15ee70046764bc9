import { execFileSync } from 'node:child_process';
import { SAMPLE_TITLES, expect, importSampleOnFirstRun, issueRow, test } from './fixtures';

/** Laying out a document prints it in Chromium; on a loaded machine that takes a while. */
const LAYOUT = { timeout: 60_000 };
const compact = (text: string): string => text.replace(/\s+/g, '');

test('the print basket: articles taken out one by one and reordered by buttons and keys, and the PDF prints them in that order', async ({
  page,
  archive,
}, info) => {
  test.setTimeout(180_000);
  await importSampleOnFirstRun(page, archive.url);
  await issueRow(page).click();
  // Articles 6, 5, 4 and 3 into the basket, in that order.
  await page.getByRole('navigation', { name: '目录' }).getByRole('button', { name: SAMPLE_TITLES[5] }).click();
  for (let i = 0; i < 4; i += 1) {
    await page.getByRole('button', { name: '加入打印篮' }).click();
    await expect(page.getByRole('button', { name: /已在打印篮/ })).toHaveAttribute('aria-pressed', 'true');
    if (i < 3) await page.getByRole('button', { name: /上一篇/ }).click();
  }
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('button', { name: /打印篮/ })
    .click();
  const list = page.getByRole('list', { name: '打印篮中的文章（按打印顺序）' });
  const preview = page.getByRole('document', { name: /打印预览/ });
  const titles = (indexes: number[]) => indexes.map((i) => SAMPLE_TITLES[i]!);
  await expect(preview.locator('.pd-article .pd-title')).toHaveText(titles([5, 4, 3, 2]), LAYOUT);
  await expect(list.locator('.basket-item-title')).toHaveText(titles([5, 4, 3, 2]));

  // Out goes one from the middle; the others keep their places.
  await list.getByRole('button', { name: `把《${SAMPLE_TITLES[3]}》移出打印篮` }).click();
  await expect(list.locator('.basket-item-title')).toHaveText(titles([5, 4, 2]));
  await expect(page.getByText('打印篮中有 3 篇文章')).toBeVisible();

  // The last one up by its button, then the (new) last one up with Alt+↑ from the keyboard.
  await list.getByRole('button', { name: `上移《${SAMPLE_TITLES[2]}》` }).click();
  await expect(list.locator('.basket-item-title')).toHaveText(titles([5, 2, 4]));
  await list.getByRole('button', { name: `下移《${SAMPLE_TITLES[5]}》` }).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(list.locator('.basket-item-title')).toHaveText(titles([2, 5, 4]));
  await expect(list.getByRole('button', { name: `上移《${SAMPLE_TITLES[2]}》` })).toBeDisabled();
  await expect(preview.locator('.pd-article .pd-title')).toHaveText(titles([2, 5, 4]), LAYOUT);
  await page.screenshot({ path: info.outputPath('basket-zh.png') });

  // The order on screen is the order on paper.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 PDF…' }).click();
  const file = info.outputPath('basket.pdf');
  await (await downloading).saveAs(file);
  const text = compact(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f').slice(1).join(''));
  const at = titles([2, 5, 4]).map((title) => text.indexOf(compact(title)));
  expect(at.every((i) => i >= 0)).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
  expect(text).not.toContain(compact(SAMPLE_TITLES[3]!));
});

test('English: “Contents” is one word, not letter-spaced like 目录; counts say “1 article”; dates typed and shown as 2024-03-15', async ({
  page,
  archive,
}, info) => {
  test.setTimeout(120_000);
  await importSampleOnFirstRun(page, archive.url);
  await issueRow(page).click();
  const heading = page.locator('#toc-title');
  await expect(heading).toHaveText('目录');
  expect(await heading.evaluate((el) => parseFloat(getComputedStyle(el).letterSpacing))).toBeGreaterThan(5);
  await page.screenshot({ path: info.outputPath('issue-zh.png') });

  await page.getByRole('button', { name: 'English' }).click();
  await expect(heading).toHaveText('Contents');
  expect(await heading.evaluate((el) => getComputedStyle(el).letterSpacing)).toBe('normal');
  await page.screenshot({ path: info.outputPath('issue-en.png') });

  // One article in the basket reads in the singular.
  await page.getByRole('navigation', { name: 'Contents' }).getByRole('button', { name: SAMPLE_TITLES[0] }).click();
  await page.getByRole('button', { name: 'Add to print basket' }).click();
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('button', { name: /Print basket/ })
    .click();
  await expect(page.getByText('Articles in the print basket: 1')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Articles in the basket, in printed order' }).locator('.basket-item-title')).toHaveText(
    [SAMPLE_TITLES[0]!],
    LAYOUT,
  );
  await page.screenshot({ path: info.outputPath('basket-en.png') });

  // A date filter follows the interface language, not the browser's locale (mm/dd/yyyy).
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: 'Notes & bookmarks' }).click();
  const from = page.getByLabel('From', { exact: true });
  await expect(from).toHaveAttribute('type', 'text');
  await from.fill('2024/3/5');
  await from.blur();
  await expect(from).toHaveValue('2024-03-05');
  await from.fill('03/05/2024');
  await from.blur();
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expect(from).toHaveValue('03/05/2024');
  await from.fill('2024-03-05');
  await from.blur();
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByLabel('自', { exact: true })).toHaveValue('2024年3月5日');
  await page.screenshot({ path: info.outputPath('dates-zh.png') });
});
