import { SAMPLE_TITLES, expect, importSampleOnFirstRun, issueRow, test } from './fixtures';

test('first run: import the sample, open the issue, read articles, switch language', async ({ page, archive }) => {
  await importSampleOnFirstRun(page, archive.url);

  // The library shows the issue under its series and year.
  await expect(issueRow(page)).toContainText('2024 年第 3 期');
  await expect(issueRow(page)).toContainText('科技情报参考');
  await expect(issueRow(page)).toContainText('6 篇');
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: /科技情报参考/ })).toBeVisible();

  // The issue: masthead as printed, the six titles in the table of contents.
  await issueRow(page).click();
  await expect(page.getByRole('heading', { level: 1, name: '科技情报参考' })).toBeVisible();
  await expect(page.locator('.masthead')).toContainText('2024 年第 3 期');
  await expect(page.locator('.masthead')).toContainText('呼和浩特市科学技术局综合保障中心');
  const toc = page.getByRole('navigation', { name: '目录' });
  await expect(toc.locator('.toc-title-text')).toHaveText(SAMPLE_TITLES);
  await expect(toc.locator('.toc-page')).toHaveText(['2', '5', '7', '8', '9', '10']);

  // The fourth article, read as text.
  await toc.getByRole('button', { name: SAMPLE_TITLES[3] }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLES[3]!);
  await expect(page.locator('.reader-kicker')).toContainText('第 4 篇 / 共 6 篇');
  await expect(page.locator('.reader-body')).toContainText('一是深化金融赋能');
  await expect(page.locator('.reader-meta')).toContainText('南京');

  // Next article by the pager, back and forward by keyboard.
  await page.getByRole('button', { name: /下一篇/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLES[4]!);
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLES[3]!);
  await page.keyboard.press('j');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLES[4]!);

  // Zoom changes the reading size.
  const sizeBefore = await page.locator('.reader').evaluate((el) => getComputedStyle(el).fontSize);
  await page.getByRole('button', { name: '放大字号' }).click();
  await expect(page.locator('.zoom-level')).toHaveText('110%');
  expect(await page.locator('.reader').evaluate((el) => getComputedStyle(el).fontSize)).not.toBe(sizeBefore);

  // English and back; the bulletin's own text stays as printed.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.reader-kicker')).toContainText('Article 5 of 6');
  await expect(page.getByRole('button', { name: /Previous/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLES[4]!);
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('.reader-kicker')).toContainText('第 5 篇 / 共 6 篇');

  // Back to the library through the toolbar.
  await page.getByRole('button', { name: '返回' }).click();
  await expect(page.locator('.toc')).toBeVisible();
});

test('the language choice survives a reload', async ({ page, archive }) => {
  await page.goto(archive.url);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'The library is empty' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'The library is empty' })).toBeVisible();
});
