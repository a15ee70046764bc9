import { readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT } from '../../scripts/browser-mode';
import { expect, test } from './fixtures';

const PDF_3P = join(ROOT, 'tests/fixtures/pdf/bulletin-3p.pdf');
const PDF_2P = join(ROOT, 'tests/fixtures/pdf/bulletin-2p.pdf');
const BROKEN_PDF = join(ROOT, 'tests/fixtures/pdf/REDHAT-1531897-0.pdf');
const SAMPLE = join(ROOT, 'resources/sample-kjqbck-2024-03.txt');

async function chooseFiles(page: Page, files: string[] | { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
  await page.getByRole('button', { name: '导入期刊' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件…' }).click();
  await (await chooser).setFiles(files);
}

async function openReview(page: Page, url: string, file: string): Promise<void> {
  await page.goto(url);
  await chooseFiles(page, [file]);
  await expect(page.getByRole('heading', { name: '核对后保存' })).toBeVisible();
}

function articleCards(page: Page) {
  return page.locator('.review-article');
}

test('a PDF reviewed before saving: the number is corrected, and the issue is in the library under it', async ({ page, archive }) => {
  await openReview(page, archive.url, PDF_3P);

  // The parsed masthead, the articles and the source text side by side; nothing is saved yet.
  await expect(page.getByLabel('刊名')).toHaveValue('科技工作动态');
  await expect(page.getByLabel('年份')).toHaveValue('2024');
  await expect(page.getByLabel('期号', { exact: true })).toHaveValue('5');
  await expect(page.getByLabel('编辑')).toHaveValue('王芳');
  await expect(articleCards(page)).toHaveCount(3);
  const source = page.getByRole('region', { name: '原文' });
  await expect(source).toContainText('包头市科学技术局');

  // Choosing an article brings its title into view in the source text.
  await page.getByRole('button', { name: '原文位置：赤峰市科技特派员助力乡村振兴' }).click();
  const title = page.locator('.source-line-title');
  await expect(title).toContainText('赤峰市科技特派员助力乡村振兴');
  await expect(title).toBeInViewport();
  expect(await source.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);

  // An impossible correction is refused at its field, and nothing is sent.
  await page.getByLabel('年份').fill('24');
  await page.getByRole('button', { name: '保存到书库' }).click();
  await expect(page.getByLabel('年份')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('年份')).toBeFocused();
  await expect(page.locator('.review-problems')).toContainText('1 处需要更正');
  await page.getByLabel('年份').fill('2024');

  await page.getByLabel('期号', { exact: true }).fill('6');
  await page.getByRole('button', { name: '保存到书库' }).click();

  const imported = page.locator('.job[data-status="imported"]');
  await expect(imported).toContainText('科技工作动态 2024 年第 6 期');
  await page.getByRole('button', { name: /全部刊物/ }).click();
  await expect(page.locator('.issue-row', { hasText: '2024 年第 6 期' })).toBeVisible();
  await expect(page.locator('.issue-row', { hasText: '2024 年第 5 期' })).toHaveCount(0);
  // Reviewed, so it is not waiting for review.
  await page.getByRole('button', { name: /^待核对/ }).click();
  await expect(page.getByText('没有待核对的期刊。')).toBeVisible();
});

test('merging an article into the previous one leaves one fewer; splitting adds one; both can be undone', async ({ page, archive }) => {
  await openReview(page, archive.url, PDF_3P);
  await expect(articleCards(page)).toHaveCount(3);

  await page.getByRole('button', { name: '把“鄂尔多斯市加快能源领域关键技术攻关”并入上一篇' }).click();
  await expect(articleCards(page)).toHaveCount(2);
  await expect(page.getByRole('heading', { name: '文章（2 篇）' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '已把' })).toContainText('并入上一篇');
  await page.getByRole('button', { name: '撤销上一步' }).click();
  await expect(articleCards(page)).toHaveCount(3);

  // Split the first article where its sub-heading 创新平台加快建设 starts: the heading is offered as the title.
  await page.getByRole('button', { name: '拆分“包头市稀土新材料产业创新发展取得新进展”' }).click();
  await page.getByRole('radio', { name: /创新平台加快建设/ }).check();
  await expect(page.getByLabel('新文章的标题')).toHaveValue('创新平台加快建设');
  await page.getByLabel('新文章的标题').fill('包头市加快建设稀土创新平台');
  await page.getByRole('button', { name: '拆分', exact: true }).click();
  await expect(articleCards(page)).toHaveCount(4);
  await expect(page.getByLabel('第 2 篇的标题')).toHaveValue('包头市加快建设稀土创新平台');

  // Rename, merge for good, and save: the issue has the corrected articles.
  await page.getByLabel('第 4 篇的标题').fill('赤峰市科技特派员服务乡村振兴');
  await page.getByRole('button', { name: '把“鄂尔多斯市加快能源领域关键技术攻关”并入上一篇' }).click();
  await expect(articleCards(page)).toHaveCount(3);
  await page.getByRole('button', { name: '保存到书库' }).click();
  await page.locator('.job[data-status="imported"]').getByRole('button', { name: '打开' }).click();
  const toc = page.locator('.toc-entry');
  await expect(toc).toHaveCount(3);
  await expect(toc.nth(0)).toContainText('包头市稀土新材料产业创新发展取得新进展');
  await expect(toc.nth(1)).toContainText('包头市加快建设稀土创新平台');
  await expect(toc.nth(2)).toContainText('赤峰市科技特派员服务乡村振兴');

  // The merged article carries the merged one's text under its old title as a sub-heading.
  await toc.nth(1).click();
  await expect(page.locator('.reader')).toContainText('鄂尔多斯市加快能源领域关键技术攻关');
  await expect(page.locator('.reader')).toContainText('煤炭清洁高效利用');
});

test('saving a duplicate keeps the draft and says why; discarding saves nothing', async ({ page, archive }) => {
  await openReview(page, archive.url, PDF_3P);
  await page.getByRole('button', { name: '保存到书库' }).click();
  await expect(page.locator('.job[data-status="imported"]')).toBeVisible();

  // The same file again: reviewed, then refused as a duplicate with the reason, the draft kept.
  await chooseFiles(page, [PDF_3P]);
  await expect(page.getByRole('heading', { name: '核对后保存' })).toBeVisible();
  await page.getByLabel('编辑').fill('王芳芳');
  await page.getByRole('button', { name: '保存到书库' }).click();
  const failure = page.locator('.review-failure');
  await expect(failure).toContainText('书库中已经有这一期');
  await expect(failure).toContainText('书库中已有这个文件');
  await expect(page.getByLabel('编辑')).toHaveValue('王芳芳');
  await expect(failure.getByRole('button', { name: '打开书库中已有的那一期' })).toBeVisible();

  await page.getByRole('button', { name: '放弃导入' }).click();
  await expect(page.locator('.job[data-status="discarded"]')).toContainText('没有保存');
  await page.getByRole('button', { name: /全部刊物/ }).click();
  await expect(page.locator('.issue-row')).toHaveCount(1);
});

test('a folder: each file imported one by one, the broken one failing with its reason, the others going on', async ({ page, archive }) => {
  const folder = await mkdtemp(join(tmpdir(), 'bulletin-folder-'));
  try {
    await mkdir(join(folder, '2024', '12'), { recursive: true });
    await copyFile(PDF_2P, join(folder, '2024', '12', 'nongye-2024-12.pdf'));
    await copyFile(BROKEN_PDF, join(folder, '2024', 'broken.pdf'));
    await copyFile(SAMPLE, join(folder, 'kjqbck-2024-03.txt'));
    await writeFile(join(folder, 'cover.psd'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

    await page.goto(archive.url);
    await page.getByRole('button', { name: '导入期刊' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '选择文件夹…' }).click();
    await (await chooser).setFiles(folder);

    const jobs = page.locator('.job');
    await expect(jobs).toHaveCount(4);
    await expect(page.locator('.import-progress[role="status"]')).toContainText('新增 2 期，已存在 0 期，失败 1 个，跳过 1 个', { timeout: 30_000 });
    const broken = jobs.filter({ hasText: 'broken.pdf' });
    await expect(broken).toHaveAttribute('data-status', 'failed');
    await expect(broken.locator('.job-reason')).toContainText('PDF 文件已损坏');
    await expect(broken.locator('.job-message')).toContainText('已损坏');
    await expect(jobs.filter({ hasText: 'cover.psd' })).toHaveAttribute('data-status', 'skipped');
    await expect(jobs.filter({ hasText: 'nongye-2024-12.pdf' })).toHaveAttribute('data-status', 'imported');
    await expect(jobs.filter({ hasText: 'kjqbck-2024-03.txt' })).toHaveAttribute('data-status', 'imported');
    // The path inside the folder names each file.
    await expect(jobs.filter({ hasText: /2024\/12\/nongye-2024-12\.pdf/ })).toHaveCount(1);

    // The doubtful one (no table of contents) waits under Needs review, with its warning.
    await expect(jobs.filter({ hasText: 'nongye-2024-12.pdf' }).locator('.job-flag')).toHaveText('待核对');
    await page.getByRole('button', { name: /^待核对/ }).click();
    const row = page.locator('.needs-review-row', { hasText: '农业科技信息 2024 年第 12 期' });
    await expect(row).toBeVisible();
    await expect(row).toContainText('没有找到目录');
    await expect(page.locator('.needs-review-row')).toHaveCount(1);

    // On the issue screen: the banner with the warning, a masthead correction, then "checked".
    await row.getByRole('button', { name: '打开核对' }).click();
    const banner = page.getByRole('region', { name: /这一期待核对/ });
    await expect(banner).toContainText('没有找到目录');
    await page.getByRole('button', { name: '修改刊头…' }).click();
    await page.getByLabel('总期号').fill('156');
    await page.getByRole('button', { name: '保存刊头' }).click();
    await expect(page.locator('.issue-catalogue-message')).toHaveText('刊头已保存。');
    await expect(page.locator('.masthead-number')).toContainText('总第 156 期');
    await page.getByRole('button', { name: '标为已核对' }).click();
    await expect(banner).toHaveCount(0);
    await page.getByRole('button', { name: /^待核对/ }).click();
    await expect(page.getByText('没有待核对的期刊。')).toBeVisible();
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('"mark as checked" in the Needs review list clears the issue from it', async ({ page, archive }) => {
  await page.goto(archive.url);
  await page.getByRole('button', { name: '导入期刊' }).click();
  await page.getByRole('radio', { name: /不核对，直接保存/ }).check();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件…' }).click();
  await (await chooser).setFiles([PDF_2P]);
  await expect(page.locator('.job[data-status="imported"]')).toBeVisible();
  await expect(page.locator('.nav-count-warn')).toContainText('1');

  await page.getByRole('button', { name: /^待核对/ }).click();
  await page.locator('.needs-review-row').getByRole('button', { name: '标为已核对' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已标为核对完毕' })).toContainText('农业科技信息');
  await expect(page.locator('.needs-review-row')).toHaveCount(0);
  await expect(page.locator('.nav-count-warn')).toHaveCount(0);
});

test('Cancel stops after the current file; what was imported stays', async ({ page, archive }) => {
  const sample = readFileSync(SAMPLE, 'utf8');
  const files = [4, 5, 6, 7, 8].map((number) => ({
    name: `kjqbck-2024-0${number}.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(sample.replace('2024 年第 3 期', `2024 年第 ${number} 期`)),
  }));
  // Each import takes a moment, so that Cancel lands while the first one is under way.
  await page.route('**/api/import.bulletins', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  await page.goto(archive.url);
  await chooseFiles(page, files);
  await expect(page.locator('.run-progress')).toContainText('已处理 0 / 5');
  await expect(page.locator('.run-progress')).toContainText('当前：kjqbck-2024-04.txt');
  await expect(page.locator('.run-progress')).toContainText('已用');
  await page.getByRole('button', { name: '取消导入' }).click();

  await expect(page.locator('.import-progress[role="status"]')).toContainText('已取消', { timeout: 15_000 });
  await expect(page.locator('.job[data-status="imported"]')).toHaveCount(1);
  await expect(page.locator('.job[data-status="cancelled"]')).toHaveCount(4);
  await page.getByRole('button', { name: /全部刊物/ }).click();
  await expect(page.locator('.issue-row')).toHaveCount(1);
  await expect(page.locator('.issue-row', { hasText: '2024 年第 4 期' })).toBeVisible();
});

test('the original PDF opens in a new tab from the issue screen, inline and with the very bytes imported', async ({ page, archive }) => {
  await openReview(page, archive.url, PDF_3P);
  await page.getByRole('button', { name: '保存到书库' }).click();
  await page.locator('.job[data-status="imported"]').getByRole('button', { name: '打开' }).click();
  await expect(page.locator('.toc-entry')).toHaveCount(3);

  // The browser can show a PDF: a new tab with the file's own address, sent inline as a PDF.
  const opening = page.context().waitForEvent('page');
  const answered = page.context().waitForEvent('response', (r) => r.url().includes('/original/') && r.request().method() === 'GET');
  await page.getByRole('button', { name: '打开原件：bulletin-3p.pdf' }).click();
  const tab = await opening;
  const response = await answered;
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect(response.headers()['content-disposition']).toMatch(/^inline; filename="bulletin-3p\.pdf"; filename\*=UTF-8''bulletin-3p\.pdf$/);
  expect(tab.url()).toMatch(/\/original\/[^/]+$/);
  expect(tab.url()).not.toContain(archive.libraryDir);
  const bytes = await (await page.request.get(tab.url())).body();
  expect(bytes.equals(readFileSync(PDF_3P))).toBe(true);
  await expect(page.locator('.issue-catalogue-message')).toContainText('已在新标签页打开原件 bulletin-3p.pdf');
});
