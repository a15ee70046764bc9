import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT, startBrowserMode } from '../../scripts/browser-mode';
import { expect, test } from './fixtures';

// Issue 13: the review screen shows exactly the doubtful parts, beside their lines of the source;
// a file that is not a bulletin is kept as a document once its masthead is filled in.
const PDF_3P = join(ROOT, 'tests/fixtures/pdf/bulletin-3p.pdf');
const REPORT = join(ROOT, 'tests/fixtures/layouts/pdf/report-not-bulletin.pdf');
const LONG = { timeout: 60_000 };

async function chooseFiles(page: Page, files: string[]): Promise<void> {
  await page.getByRole('button', { name: '导入期刊' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件…' }).click();
  await (await chooser).setFiles(files);
}

async function shoot(page: Page, name: string): Promise<void> {
  if (process.env.E2E_SCREENSHOTS) await page.screenshot({ path: join(process.env.E2E_SCREENSHOTS, name) });
}

test('a PDF whose paragraph was joined across a page break lists it to check, and choosing it marks its line in the source', async ({ page, archive }) => {
  await page.goto(archive.url);
  await chooseFiles(page, [PDF_3P]);
  await expect(page.getByRole('heading', { name: '核对后保存' })).toBeVisible(LONG);

  const doubts = page.getByRole('region', { name: /需要核对/ });
  await expect(doubts.getByRole('heading')).toHaveText(/需要核对（1 处）/);
  const join = doubts.getByRole('button', { name: /跨页接上的段落/ });
  await expect(join).toContainText('依据：跨页断开后接上的段落');

  const source = page.getByRole('region', { name: '原文' });
  await expect(source.locator('.source-line-doubt')).toHaveCount(0);
  await join.click();
  await expect(join).toHaveAttribute('aria-pressed', 'true');
  const marked = source.locator('.source-line-doubt');
  await expect(marked).toHaveCount(1);
  await expect(marked).toContainText('鄂尔多斯市聚焦煤炭清洁高效利用');
  await expect(marked).toContainText('待核对');
  await shoot(page, 'review-doubts-zh.png');
  await expect(marked).toBeInViewport();
  expect(await source.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
  await shoot(page, 'review-doubts-zh.png');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: /To check \(1\)/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /joined across a page break/ })).toContainText('Found by: paragraph joined across a page break');
  await shoot(page, 'review-doubts-en.png');
});

test('a PDF that is not a bulletin is offered for review, its empty masthead flagged, and kept as a document once the series is filled in', async ({
  page,
  archive,
}) => {
  await page.goto(archive.url);
  await page.getByRole('button', { name: '导入期刊' }).click();
  await page.getByRole('radio', { name: /不核对，直接保存/ }).check();
  await chooseFiles(page, [REPORT]);

  // Not imported on its own, but not refused either: the row offers the document path.
  const failed = page.locator('.job[data-status="failed"]');
  await expect(failed).toContainText('仍可把它作为一篇文档保存', LONG);
  await failed.getByRole('button', { name: '审阅并作为文档保存' }).click();
  await expect(page.getByRole('heading', { name: '核对后保存' })).toBeVisible(LONG);

  await expect(page.getByRole('note')).toContainText('将作为一篇文档保存');
  const series = page.getByLabel('刊名');
  await expect(series).toHaveValue('');
  await expect(series).toHaveAccessibleDescription(/待核对/);
  await expect(page.locator('.review-article')).toHaveCount(1);
  await expect(page.locator('.review-title-input')).toHaveValue(/档案工作情况的报告/);

  // The guessed title is listed to check; choosing it marks the line it came from.
  const title = page.getByRole('button', { name: /第 1 篇的标题/ });
  await expect(title).toContainText('依据：以第一行作为标题');
  await title.click();
  await expect(page.getByRole('region', { name: '原文' }).locator('.source-line-doubt')).toContainText('档案工作情况的报告');
  await shoot(page, 'review-document-zh.png');

  // The series is required before anything is saved.
  await page.getByRole('button', { name: '保存到书库' }).click();
  await expect(series).toHaveAttribute('aria-invalid', 'true');
  await series.fill('档案工作文件');
  await page.getByLabel('年份').fill('2024');
  await page.getByRole('button', { name: '保存到书库' }).click();

  const imported = page.locator('.job[data-status="imported"]');
  await expect(imported).toContainText('档案工作文件', LONG);
  await imported.getByRole('button', { name: '打开' }).click();
  await expect(page.locator('.masthead-series')).toHaveText('档案工作文件');
  await expect(page.locator('.toc-entry')).toHaveCount(1);
  await expect(page.locator('.toc-entry')).toContainText('档案工作情况的报告');
});

test('unplaced text kept with an issue is shown on its page, where a line is added to an article and another discarded', async ({ page }) => {
  const scratch = await mkdtemp(join(tmpdir(), 'bulletin-archive-e2e-'));
  const libraryDir = join(scratch, 'library');
  await seedWithUnplaced(libraryDir, scratch);
  const run = await startBrowserMode({ libraryDir });
  try {
    await page.goto(run.url);
    await page.getByRole('button', { name: /^2024 年第 3 期 科技情报参考/ }).click(LONG);
    const section = page.getByRole('region', { name: /未归位的文字/ });
    await expect(section.getByRole('heading')).toHaveText(/未归位的文字（2 行）/, LONG);
    await expect(section).toContainText('（本期责任编辑：王芳）');
    await section.scrollIntoViewIfNeeded();
    await shoot(page, 'issue-unplaced-zh.png');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Unplaced text (2 lines)' })).toBeVisible();
    await shoot(page, 'issue-unplaced-en.png');
    await page.getByRole('button', { name: '中文' }).click();

    await section.getByLabel('把第 4 行归入哪一篇文章').selectOption({ index: 6 });
    await section.getByRole('button', { name: '归入' }).first().click();
    await expect(section.getByRole('status')).toContainText('已把第 4 行归入');
    await section.getByRole('button', { name: /舍弃第 5 行/ }).click();
    await expect(section.getByRole('status')).toContainText('已舍弃第 5 行');
    await expect(section.locator('.unplaced-line')).toHaveCount(0);

    // The line is now the last paragraph of the sixth article, and stays so after a reload.
    // A reload keeps the issue open (issue 17: every view has an address).
    await page.reload();
    await expect(page.locator('.toc-entry').first()).toBeVisible(LONG);
    await expect(page.getByRole('region', { name: /未归位的文字/ })).toHaveCount(0);
    await page.locator('.toc-entry', { hasText: '武汉出台促进科技成果转化20条新政' }).click();
    await expect(page.locator('article')).toContainText('（本期责任编辑：王芳）', LONG);
    await expect(page.locator('article')).not.toContainText('手写批注');
  } finally {
    await run.stop();
    await rm(scratch, { recursive: true, force: true });
  }
});

/**
 * The sample saved from the review screen with two lines the parser could not place. The core
 * runs in a child (this runner loads tests as CommonJS; the core is ESM), as print.e2e.ts does.
 */
async function seedWithUnplaced(libraryDir: string, scratch: string): Promise<void> {
  const script = join(scratch, 'seed.mts');
  const at = (path: string) => JSON.stringify(join(ROOT, path));
  await writeFile(
    script,
    [
      `import { readFileSync } from 'node:fs';`,
      `import { readBulletin } from ${at('electron/core/importers/read-bulletin.ts')};`,
      `import { openLibrary } from ${at('electron/core/library/index.ts')};`,
      `const library = await openLibrary(${JSON.stringify(libraryDir)}, { create: true });`,
      `const bytes = readFileSync(${at('resources/sample-kjqbck-2024-03.txt')});`,
      `const read = await readBulletin('kjqbck-2024-03.txt', bytes);`,
      `const unplaced = [{ line: 3, text: '（本期责任编辑：王芳）' }, { line: 4, text: '扫描件页边的手写批注' }];`,
      `await library.importBulletin({ name: 'kjqbck-2024-03.txt', bytes }, { reviewed: { ...read.parsed, unplaced }, read });`,
      `await library.close();`,
    ].join('\n'),
  );
  execFileSync(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, stdio: 'inherit' });
}
