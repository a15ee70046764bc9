/**
 * `npm run screenshots`: the library, issue and article screens at 1280×800, in Chinese, on a
 * fresh library with the sample issue, written to screenshots/ (git-ignored).
 * Expects a built renderer (`npm run build`).
 */
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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
  // Annotations: highlights in three colours (one with a note), a tag and an article note.
  await page.getByRole('button', { name: /下一篇/ }).click();
  await page.getByRole('button', { name: /下一篇/ }).click();
  await page.getByRole('button', { name: /下一篇/ }).click();
  await page.locator('.reader-body p').first().waitFor();
  for (const [start, color, note] of [
    ['南京市着力推进', '黄色', null],
    ['一是深化金融赋能', '绿色', '周会上讨论：引导基金的投向和规模'],
    ['二是强化需求对接', '蓝色', null],
  ] as const) {
    await selectSentence(page, start);
    const toolbar = page.getByRole('dialog', { name: '标注所选文字' });
    if (note) {
      await toolbar.getByRole('button', { name: '标注并写批注…' }).click();
      await toolbar.getByRole('button', { name: `用${color}标注` }).click();
      await toolbar.getByRole('textbox').fill(note);
      await toolbar.getByRole('button', { name: '保存' }).click();
    } else {
      await toolbar.getByRole('button', { name: `用${color}标注` }).click();
    }
    await page.locator(`.highlight-item`).nth(0).waitFor();
  }
  const panel = page.getByRole('complementary', { name: '本篇批注' });
  await panel.getByRole('combobox', { name: '添加标签…' }).fill('成果转化');
  await panel.getByRole('combobox', { name: '添加标签…' }).press('Enter');
  await panel.locator('.tag-chip').waitFor();
  await panel.getByRole('textbox', { name: '对整篇文章的批注…' }).fill('整篇可作为本季度案例材料。');
  await panel.getByRole('button', { name: '保存' }).click();
  await panel.locator('.article-note').waitFor();
  await page.getByRole('button', { name: '关闭' }).click().catch(() => undefined);
  await shot('article-annotations');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '批注与收藏' }).click();
  await page.locator('.annotation-row').first().waitFor();
  await shot('annotations');
  // Search: the help before a query, results for a phrase, nothing found, a hit opened in its
  // article (over the annotations made above), and Ctrl+F within an article.
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('button', { name: /全文搜索/ })
    .click();
  const searchBox = page.getByRole('combobox', { name: '搜索全部文章' });
  await page.getByRole('heading', { name: '搜索写法' }).waitFor();
  await shot('search-empty');
  await searchBox.fill('"成果转化"');
  await page.locator('.search-total').waitFor();
  await shot('search-results');
  await searchBox.fill('量子引力波 年份:2023-2024');
  await page.locator('.search-no-hits').waitFor();
  await shot('search-no-hits');
  await searchBox.fill('"成果转化"');
  await page.locator('.search-total').waitFor();
  await page.getByRole('option', { name: /南京持续强化/ }).click();
  await page.locator('#find-counter', { hasText: '/' }).waitFor();
  await page.waitForTimeout(300);
  await shot('search-article');
  await page.getByRole('button', { name: /下一篇/ }).click();
  await page.keyboard.press('Control+f');
  await page.getByRole('searchbox', { name: '在本文中查找' }).fill('南京');
  await page.locator('#find-counter', { hasText: '/' }).waitFor();
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  await shot('search-find-in-article');
  await page.keyboard.press('Escape');
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
  // Import review: a PDF the parser had doubts about (no table of contents), an article chosen
  // in the source, a split under way; then a folder saved without review, "needs review", and
  // the issue screen's banner and masthead editor.
  await page.getByRole('button', { name: '清除列表' }).click();
  const reviewChooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件…' }).click();
  await (await reviewChooser).setFiles(join(ROOT, 'tests/fixtures/pdf/bulletin-3p.pdf'));
  await page.getByRole('heading', { name: '核对后保存' }).waitFor();
  await page.getByRole('button', { name: /^原文位置：鄂尔多斯市/ }).click();
  await page.locator('.source-line-title').waitFor();
  await shot('review');
  await page.getByRole('button', { name: /^拆分“包头市/ }).click();
  await page.getByRole('radio', { name: /创新平台加快建设/ }).check();
  await page.locator('.split-form').evaluate((form) => form.scrollIntoView({ block: 'end' }));
  await shot('review-split');
  await page.getByRole('button', { name: '取消', exact: true }).click();
  await page.getByLabel('年份').fill('24');
  await page.getByRole('button', { name: '保存到书库' }).click();
  await page.locator('.review-problems').waitFor();
  await shot('review-invalid');
  await page.getByRole('button', { name: '放弃导入' }).click();
  const folder = await mkdtemp(join(tmpdir(), 'bulletin-screens-'));
  await mkdir(join(folder, '2024'), { recursive: true });
  await copyFile(join(ROOT, 'tests/fixtures/pdf/bulletin-2p.pdf'), join(folder, '2024', 'nongye-keji-xinxi-2024-12.pdf'));
  await copyFile(join(ROOT, 'tests/fixtures/pdf/bulletin-3p.pdf'), join(folder, '2024', 'keji-gongzuo-dongtai-2024-05.pdf'));
  await copyFile(join(ROOT, 'tests/fixtures/pdf/REDHAT-1531897-0.pdf'), join(folder, '2024', 'damaged.pdf'));
  await copyFile(join(ROOT, 'resources/sample-kjqbck-2024-03.txt'), join(folder, 'kjqbck-2024-03.txt'));
  await writeFile(join(folder, 'cover.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
  await page.getByRole('button', { name: '清除列表' }).click();
  const folderChooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件夹…' }).click();
  await (await folderChooser).setFiles(folder);
  await page.locator('.import-progress[role="status"]', { hasText: '新增' }).waitFor({ timeout: 60_000 });
  await rm(folder, { recursive: true, force: true });
  await shot('import-folder');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: /^待核对/ }).click();
  await page.locator('.needs-review-warnings').first().waitFor();
  await shot('needs-review');
  await page.getByRole('button', { name: '打开核对' }).first().click();
  await page.getByRole('button', { name: '修改刊头…' }).click();
  await page.locator('.masthead-editor').waitFor();
  await shot('issue-needs-review');

  /** Drags the mouse across the sentence of the article that starts with `start`. */
  async function selectSentence(on: typeof page, start: string): Promise<void> {
    const box = await on.evaluate((needle) => {
      const paragraph = [...document.querySelectorAll('.reader-body p')].find((el) => el.textContent?.includes(needle));
      const walker = document.createTreeWalker(paragraph!, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode();
      while (node && !node.textContent?.includes(needle)) node = walker.nextNode();
      const text = node!.textContent!;
      const range = document.createRange();
      range.setStart(node!, text.indexOf(needle));
      range.setEnd(node!, text.indexOf('。', text.indexOf(needle)) + 1);
      const rects = range.getClientRects();
      const first = rects[0]!;
      const last = rects[rects.length - 1]!;
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }, start);
    await on.mouse.move(box.x1, box.y1);
    await on.mouse.down();
    await on.mouse.move(box.x2, box.y2, { steps: 8 });
    await on.mouse.up();
    await on.getByRole('dialog', { name: '标注所选文字' }).waitFor();
  }
} finally {
  await browser.close();
  await server.stop();
}
