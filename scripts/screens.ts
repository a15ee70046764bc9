/**
 * The screenshot walk (issue 17), run by hand, not by `npm test`:
 *
 *   npm run screens                       # build, then every screen at every size
 *   node --import tsx scripts/screens.ts [--out DIR] [--only 1024-zh,1280-en]
 *
 * Opens every screen (library, series and holdings, issue, catalogue record and history, article
 * with annotations and its side panel, find in article, print preview, search with results,
 * annotations list, import, review and its unplaced text, needs review, recycle bin, packages and
 * backups, about) at 1024×768, 1280×800 and 1920×1080 in Chinese and 1280 and 1024 in English,
 * plus the article at 150 % zoom (683×512 CSS pixels), on a fresh library with the sample issue.
 * PNGs are named `screen-size-lang.png` (in screenshots/walk/, git-ignored). Every screen also
 * reports whether it scrolls sideways, the fault this walk was made to catch.
 * Expects a built renderer (`npm run build`).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './chromium';
import { ROOT, startBrowserMode } from './browser-mode';

type Language = 'zh' | 'en';
interface Size {
  name: string;
  width: number;
  height: number;
}

const SIZES: Record<string, Size> = {
  '1024': { name: '1024', width: 1024, height: 768 },
  '1280': { name: '1280', width: 1280, height: 800 },
  '1920': { name: '1920', width: 1920, height: 1080 },
  // A 1024×768 screen at 150 % browser zoom lays out in 683×512 CSS pixels.
  zoom150: { name: 'zoom150', width: 683, height: 512 },
};
const RUNS: readonly [string, Language][] = [
  ['1024', 'zh'],
  ['1280', 'zh'],
  ['1920', 'zh'],
  ['1280', 'en'],
  ['1024', 'en'],
  ['zoom150', 'zh'],
];
/** Either language's name of a thing, so one walk serves both. */
const name = (zh: string, en: string): RegExp => new RegExp(`^\\s*(${zh}|${en})`);

const { values } = parseArgs({ options: { out: { type: 'string' }, only: { type: 'string' } } });
const outDir = values.out ?? join(ROOT, 'screenshots/walk');
const only = values.only?.split(',');
await mkdir(outDir, { recursive: true });

const server = await startBrowserMode();
const browser = await chromium.launch(CHROMIUM_LAUNCH);
const wide: string[] = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  page.setDefaultTimeout(60_000);
  await prepareLibrary(page);
  for (const [sizeName, language] of RUNS) {
    if (only && !only.includes(`${sizeName}-${language}`)) continue;
    const size = SIZES[sizeName]!;
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.evaluate((lang) => localStorage.setItem('bulletin-archive.language', lang === 'en' ? 'en' : 'zh-CN'), language);
    const shot = async (screen: string): Promise<void> => {
      await page.waitForTimeout(250);
      const path = join(outDir, `${screen}-${size.name}-${language}.png`);
      await page.screenshot({ path });
      const sideways = await page.evaluate(() => {
        const root = document.scrollingElement!;
        const scrollers = [...document.querySelectorAll<HTMLElement>('.page-scroll, main, .workspace')].filter(
          (el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'hidden',
        );
        return root.scrollWidth > root.clientWidth || scrollers.length > 0;
      });
      if (sideways) wide.push(path);
      console.log(`${sideways ? 'SCROLLS SIDEWAYS ' : ''}wrote ${path}`);
    };
    await walk(page, shot, size);
  }
} finally {
  await browser.close();
  await server.stop();
}
if (wide.length > 0) console.log(`\n${wide.length} screen(s) scroll sideways:\n${wide.join('\n')}`);

/** Once, in Chinese: the sample issue, three highlights (one with a note), a tag and an article note. */
async function prepareLibrary(page: Page): Promise<void> {
  await page.goto(server.url);
  await page.getByRole('button', { name: /导入示例期刊/ }).click();
  await page.locator('.issue-row').first().waitFor();
  await page.locator('.issue-row').first().click();
  await page.locator('.toc-entry').nth(3).click();
  await page.locator('.reader-body p').first().waitFor();
  await ensurePanelOpen(page);
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
    await page.locator('.highlight-item').nth(0).waitFor();
  }
  const panel = page.getByRole('complementary', { name: '本篇批注' });
  await panel.getByRole('combobox', { name: '添加标签…' }).fill('成果转化');
  await panel.getByRole('combobox', { name: '添加标签…' }).press('Enter');
  await panel.locator('.tag-chip').waitFor();
  await panel.getByRole('textbox', { name: '对整篇文章的批注…' }).fill('整篇可作为本季度案例材料。');
  await panel.getByRole('button', { name: '保存' }).click();
  await panel.locator('.article-note').waitFor();
}

async function walk(page: Page, shot: (screen: string) => Promise<void>, size: Size): Promise<void> {
  const nav = page.locator('.sidebar-nav');
  const step = async (screen: string, go: () => Promise<void>): Promise<void> => {
    try {
      await go();
    } catch (error) {
      console.log(`could not reach ${screen} at ${size.name}: ${(error as Error).message.split('\n')[0]}`);
    }
  };
  // Each run starts at the library's address (a reload keeps the view it is on, issue 17), in the run's language.
  await page.evaluate(() => {
    location.hash = '#/';
  });
  await page.reload();
  await page.locator('.issue-row').first().waitFor();
  await step('library', () => shot('library'));
  if (size.name === 'zoom150') {
    await step('article', async () => {
      await page.locator('.issue-row').first().click();
      await page.locator('.toc-entry').nth(3).click();
      await page.locator('.reader-body p').first().waitFor();
      await shot('article');
      await page.locator('.sidebar-toggle').click();
      await page.locator('.sidebar[data-mode="over"]').waitFor();
      await shot('sidebar-drawer');
      await page.keyboard.press('Escape');
      await page.locator('.panel-toggle').click();
      await page.locator('.annotation-panel .highlight-item').first().waitFor();
      await shot('article-panel');
      await page.locator('.panel-toggle').click();
    });
    return;
  }
  await step('series', async () => {
    await nav.locator('.series-list .nav-item').first().click();
    await page.locator('.series-open').first().click();
    await page.locator('.holdings-grid, .series-view, h1').first().waitFor();
    await shot('series');
  });
  await step('issue', async () => {
    await goLibrary(page);
    await page.locator('.issue-row').first().click();
    await page.locator('.toc-entry').first().waitFor();
    await shot('issue');
  });
  await step('catalogue', async () => {
    await page.locator('.issue-record').scrollIntoViewIfNeeded();
    await shot('catalogue');
  });
  await step('history', async () => {
    await page.locator('[data-testid="issue-history"]').scrollIntoViewIfNeeded();
    await shot('history');
  });
  await step('article', async () => {
    await page.locator('.issue-page, main').first().evaluate(() => document.getElementById('main')?.scrollTo({ top: 0 }));
    await page.locator('.toc-entry').nth(3).click();
    await page.locator('.reader-body mark').first().waitFor();
    await shot('article');
    if (await page.locator('.panel-toggle[aria-expanded="false"]').isVisible()) {
      await page.locator('.panel-toggle').click();
      await page.locator('.annotation-panel .highlight-item').first().waitFor();
      await shot('article-panel');
      await page.locator('.panel-toggle').click();
    }
  });
  await step('find', async () => {
    await page.keyboard.press('Control+f');
    await page.locator('.find-input').fill('南京');
    await page.locator('#find-counter', { hasText: '/' }).waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await shot('article-find');
    await page.keyboard.press('Escape');
  });
  await step('note', async () => {
    await page.locator('.reader-body').evaluate((body) => body.closest('.page-scroll')?.scrollTo({ top: 0 }));
    await selectSentence(page, '三是');
    await page.locator('.selection-toolbar .button').click();
    await page.locator('.selection-toolbar textarea').fill('正在写的批注');
    await shot('article-note');
    await page.locator('.selection-toolbar').getByRole('button', { name: name('取消', 'Cancel') }).click();
  });
  await step('print', async () => {
    await page.locator('.toolbar').getByRole('button', { name: name('打印', 'Print') }).click();
    await page.locator('.print-view, .print-page, article').first().waitFor();
    await page.waitForTimeout(500);
    await shot('print');
  });
  await step('search', async () => {
    await nav.getByRole('button', { name: name('全文搜索', 'Search') }).click();
    await page.getByRole('combobox').first().fill('"成果转化"');
    await page.locator('.search-total').waitFor();
    await shot('search');
  });
  await step('annotations', async () => {
    await nav.getByRole('button', { name: name('批注与收藏', 'Notes & bookmarks') }).click();
    await page.locator('.annotation-row').first().waitFor();
    await shot('annotations');
  });
  await step('review', async () => {
    await page.locator('.sidebar-footer .button').first().click();
    const chooser = page.waitForEvent('filechooser');
    await page.locator('#choose-files').click();
    await (await chooser).setFiles(join(ROOT, 'tests/fixtures/pdf/bulletin-3p.pdf'));
    await page.locator('.review').waitFor();
    await shot('review');
    // The review's "unplaced text" shows only when the parser left lines unplaced.
    const unplaced = page.locator('.unplaced-text');
    if ((await unplaced.count()) > 0) {
      await unplaced.first().scrollIntoViewIfNeeded();
      await shot('unplaced');
    } else console.log(`no unplaced text in this review at ${size.name}`);
  });
  await step('import', async () => {
    await page.getByRole('button', { name: name('放弃导入', 'Discard') }).click();
    await page.locator('.job').first().waitFor();
    await shot('import');
  });
  await step('needs-review', async () => {
    await nav.getByRole('button', { name: name('待核对', 'Needs review') }).click();
    await page.waitForTimeout(500);
    await shot('needs-review');
  });
  await step('gaps', async () => {
    await nav.getByRole('button', { name: name('缺期报告', 'Missing issues') }).click();
    await page.waitForTimeout(500);
    await shot('gaps');
  });
  await step('stats', async () => {
    await nav.getByRole('button', { name: name('统计', 'Statistics') }).click();
    await page.waitForTimeout(500);
    await shot('stats');
  });
  await step('recycle', async () => {
    await nav.getByRole('button', { name: name('回收站', 'Recycle bin') }).click();
    await page.waitForTimeout(500);
    await shot('recycle');
  });
  await step('packages', async () => {
    await nav.getByRole('button', { name: name('数据包与备份', 'Packages & backups') }).click();
    await page.locator('[role="tab"]').first().waitFor();
    await shot('packages');
    await page.locator('[role="tab"]').last().click();
    await shot('backup');
  });
  await step('about', async () => {
    await page.locator('.about-open').click();
    await page.locator('dialog[open]').waitFor();
    await shot('about');
    await page.keyboard.press('Escape');
  });
}

async function goLibrary(page: Page): Promise<void> {
  await page.locator('.crumbs .crumb').first().click();
  await page.locator('.issue-row').first().waitFor();
}

/** The side panel is collapsed to a toggle on narrow screens; open it to annotate. */
async function ensurePanelOpen(page: Page): Promise<void> {
  const toggle = page.locator('.panel-toggle[aria-expanded="false"]');
  if (await toggle.isVisible()) await toggle.click();
}

/** Drags the mouse across the sentence of the article that starts with `start`. */
async function selectSentence(page: Page, start: string): Promise<void> {
  const box = await page.evaluate((needle) => {
    const paragraph = [...document.querySelectorAll('.reader-body p')].find((el) => el.textContent?.includes(needle));
    const walker = document.createTreeWalker(paragraph!, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    while (node && !node.textContent?.includes(needle)) node = walker.nextNode();
    const text = node!.textContent!;
    const range = document.createRange();
    range.setStart(node!, text.indexOf(needle));
    range.setEnd(node!, text.indexOf('。', text.indexOf(needle)) + 1);
    (range.startContainer.parentElement ?? paragraph!).scrollIntoView({ block: 'center' });
    const rects = range.getClientRects();
    const first = rects[0]!;
    const last = rects[rects.length - 1]!;
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  }, start);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
  await page.locator('.selection-toolbar').waitFor();
}
