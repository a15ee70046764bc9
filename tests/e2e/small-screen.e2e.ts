import type { Page } from '@playwright/test';
import { SAMPLE_TITLES, expect, importSampleOnFirstRun, issueRow, test } from './fixtures';

/*
 * Issue 17: the reader on an office workstation's 1024×768 screen, and on it at 150 % zoom
 * (683×512 CSS pixels). The text keeps 28–42 characters a line, nothing scrolls sideways, the
 * sidebar and the notes panel fold to toggles, and annotating keeps its passage in sight.
 */
test.use({ viewport: { width: 1024, height: 768 } });

const MEASURE = { min: 28, max: 42 };

async function openArticle(page: Page, index: number): Promise<void> {
  await page.getByRole('button', { name: '全部刊物' }).click();
  await issueRow(page).click();
  await page.getByRole('navigation', { name: '目录' }).getByRole('button', { name: SAMPLE_TITLES[index] }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLES[index]!);
}

/** Nothing on screen is wider than its window: neither the document nor any scrolling part of the app. */
async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const wide: string[] = [];
    const root = document.scrollingElement!;
    if (root.scrollWidth > root.clientWidth) wide.push(`document ${root.scrollWidth} > ${root.clientWidth}`);
    for (const element of document.querySelectorAll<HTMLElement>('#root *')) {
      const { overflowX } = getComputedStyle(element);
      if ((overflowX === 'auto' || overflowX === 'scroll') && element.scrollWidth > element.clientWidth + 1) {
        wide.push(`${element.className} ${element.scrollWidth} > ${element.clientWidth}`);
      }
    }
    return wide;
  });
}

/**
 * Characters on the article's first full line, counted as a reader would: the second line of
 * the first paragraph long enough to have three (the first is indented), by where each
 * character's box sits.
 */
async function charactersPerLine(page: Page): Promise<number> {
  return page.evaluate(() => {
    for (const paragraph of document.querySelectorAll<HTMLElement>('.reader-body p')) {
      const tops: number[] = [];
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < (node.textContent ?? '').length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const box = range.getClientRects()[0];
          if (box) tops.push(Math.round(box.top));
        }
      }
      const lines = [...new Set(tops)];
      if (lines.length >= 3) return tops.filter((top) => top === lines[1]).length;
    }
    throw new Error('no paragraph of three lines');
  });
}

test('at 1024×768 nothing scrolls sideways and the article keeps 28–42 characters a line', async ({ page, archive }) => {
  await importSampleOnFirstRun(page, archive.url);
  expect(await sidewaysOverflow(page)).toEqual([]);

  await issueRow(page).click();
  await expect(page.locator('.toc-entry').first()).toBeVisible();
  expect(await sidewaysOverflow(page)).toEqual([]);

  await page.getByRole('navigation', { name: '目录' }).getByRole('button', { name: SAMPLE_TITLES[3] }).click();
  await expect(page.locator('.reader-body p').first()).toBeVisible();
  expect(await sidewaysOverflow(page)).toEqual([]);
  const perLine = await charactersPerLine(page);
  expect(perLine).toBeGreaterThanOrEqual(MEASURE.min);
  expect(perLine).toBeLessThanOrEqual(MEASURE.max);
  // The title fits in two lines, not four.
  const titleLines = await page.locator('#article-title').evaluate((title) => Math.round(title.getBoundingClientRect().height / parseFloat(getComputedStyle(title).lineHeight)));
  expect(titleLines).toBeLessThanOrEqual(2);

  // The print preview shows the paper whole, scaled to the window.
  await page.getByRole('button', { name: '打印', exact: true }).click();
  await expect(page.getByRole('document', { name: /打印预览/ }).locator('.pd-title')).toBeVisible();
  expect(await sidewaysOverflow(page)).toEqual([]);

  const nav = page.getByRole('navigation', { name: '主导航' });
  await nav.getByRole('button', { name: /全文搜索/ }).click();
  await page.getByRole('combobox', { name: '搜索全部文章' }).fill('"成果转化"');
  await expect(page.locator('.search-total')).toBeVisible();
  expect(await sidewaysOverflow(page)).toEqual([]);

  for (const screen of ['批注与收藏', '回收站', '数据包与备份', '缺期报告', '统计']) {
    await nav.getByRole('button', { name: screen }).click();
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    expect(await sidewaysOverflow(page), screen).toEqual([]);
  }
  await page.getByRole('button', { name: '导入期刊' }).click();
  await expect(page.getByRole('button', { name: '选择文件…' })).toBeVisible();
  expect(await sidewaysOverflow(page)).toEqual([]);
});

test('the notes panel folds to a toggle that opens it over the page, and sits beside the text again with the sidebar hidden', async ({ page, archive }) => {
  await importSampleOnFirstRun(page, archive.url);
  await openArticle(page, 3);
  const toggle = page.getByRole('button', { name: '批注', exact: true });
  const panel = page.getByRole('complementary', { name: '本篇批注' });

  // With the sidebar, 1024 pixels leave no room beside the text: the panel waits behind its toggle.
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(panel).toBeHidden();
  const folded = await charactersPerLine(page);

  // Opened, it lies over the page; the text underneath keeps its measure; Escape closes it and stays here.
  await toggle.click();
  await expect(panel).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  expect(await charactersPerLine(page)).toBe(folded);
  await panel.getByRole('textbox', { name: '对整篇文章的批注…' }).focus();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLES[3]!);

  // Without the sidebar there is room: the panel sits beside the text, which keeps its measure.
  await page.getByRole('button', { name: '隐藏侧栏' }).click();
  await expect(page.locator('.sidebar')).toBeHidden();
  await expect(panel).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const beside = await charactersPerLine(page);
  expect(beside).toBeGreaterThanOrEqual(MEASURE.min);
  expect(beside).toBeLessThanOrEqual(MEASURE.max);
  const [panelBox, textBox] = [await panel.boundingBox(), await page.locator('.reader-body').boundingBox()];
  expect(panelBox!.x).toBeGreaterThanOrEqual(textBox!.x + textBox!.width);
  expect(await sidewaysOverflow(page)).toEqual([]);

  // Hidden by its toggle, it stays hidden on the next article.
  await toggle.click();
  await expect(panel).toBeHidden();
  await page.getByRole('button', { name: /下一篇/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLES[4]!);
  await expect(panel).toBeHidden();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
});

test('the sidebar hides and stays hidden after a reload', async ({ page, archive }) => {
  await importSampleOnFirstRun(page, archive.url);
  const sidebar = page.locator('.sidebar');
  await expect(sidebar).toBeVisible();
  await page.getByRole('button', { name: '隐藏侧栏' }).click();
  await expect(sidebar).toBeHidden();
  // The library uses the room.
  expect((await page.locator('.workspace').boundingBox())!.width).toBe(1024);

  await page.reload();
  await expect(issueRow(page)).toBeVisible();
  await expect(sidebar).toBeHidden();
  await page.getByRole('button', { name: '显示侧栏' }).click();
  await expect(sidebar).toBeVisible();
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '全部刊物' })).toBeVisible();
});

test.describe('at 150 % zoom (1024×768 shown as 683×512 CSS pixels)', () => {
  test.use({ viewport: { width: 683, height: 512 }, deviceScaleFactor: 1.5 });

  test('the article keeps 28–42 characters a line, the sidebar opens over it, nothing scrolls sideways', async ({ page, archive }) => {
    await importSampleOnFirstRun(page, archive.url);
    // The sidebar is folded away on so narrow a window; its toggle opens it over the page.
    await expect(page.locator('.sidebar')).toBeHidden();
    await page.getByRole('button', { name: '显示侧栏' }).click();
    await openArticle(page, 3);
    await expect(page.locator('.sidebar')).toBeHidden();

    const perLine = await charactersPerLine(page);
    expect(perLine).toBeGreaterThanOrEqual(MEASURE.min);
    expect(perLine).toBeLessThanOrEqual(MEASURE.max);
    expect(await sidewaysOverflow(page)).toEqual([]);
    await expect(page.getByRole('complementary', { name: '本篇批注' })).toBeHidden();

    await page.getByRole('button', { name: '显示侧栏' }).click();
    await expect(page.locator('.sidebar')).toBeVisible();
    expect(await charactersPerLine(page)).toBe(perLine);
    // Escape closes the drawer (the focus is still on its toggle), and does not go Back.
    await page.keyboard.press('Escape');
    await expect(page.locator('.sidebar')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLES[3]!);
  });
});

test('the passage stays marked while its note is typed, until it is saved or cancelled', async ({ page, archive }) => {
  await importSampleOnFirstRun(page, archive.url);
  await openArticle(page, 3);
  const pending = (): Promise<string[]> =>
    page.evaluate(() => [...(CSS.highlights.get('annotation-pending') ?? [])].map((range) => range.toString()));

  const sentence = await selectSentence(page, '一是深化金融赋能');
  const toolbar = page.getByRole('dialog', { name: '标注所选文字' });
  await toolbar.getByRole('button', { name: '标注并写批注…' }).click();
  const note = toolbar.getByRole('textbox');
  await note.pressSequentially('周会上讨论');
  await expect(note).toBeFocused();
  // The browser's selection has moved into the note box; the passage is still marked.
  expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).not.toBe(sentence);
  expect(await pending()).toEqual([sentence]);
  expect(await page.evaluate(() => [...document.styleSheets].some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('::highlight(annotation-pending)'))))).toBe(true);

  await toolbar.getByRole('button', { name: '取消' }).click();
  await expect(toolbar).toBeHidden();
  expect(await pending()).toEqual([]);
  await expect(page.locator('.reader-body mark.hl')).toHaveCount(0);

  await selectSentence(page, '一是深化金融赋能');
  await toolbar.getByRole('button', { name: '标注并写批注…' }).click();
  await toolbar.getByRole('textbox').fill('周会上讨论');
  expect(await pending()).toEqual([sentence]);
  await toolbar.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.reader-body mark.hl')).toHaveText(sentence);
  expect(await pending()).toEqual([]);
});

test('the find bar sits above the page, never over a line, and each hit is shown below it', async ({ page, archive }) => {
  await importSampleOnFirstRun(page, archive.url);
  await openArticle(page, 3);
  await page.keyboard.press('Control+f');
  await page.getByRole('searchbox', { name: '在本文中查找' }).fill('科技');
  await expect(page.locator('#find-counter')).toContainText('/');
  const total = Number((await page.locator('#find-counter [aria-hidden="true"]').textContent())!.split('/')[1]);
  expect(total).toBeGreaterThan(2);
  for (let step = 0; step < total; step++) {
    const layout = await page.evaluate(() => {
      const bar = document.querySelector('.find-bar')!.getBoundingClientRect();
      const page = document.querySelector('.reader-layout')!.getBoundingClientRect();
      const hit = [...(CSS.highlights.get('search-current') ?? [])][0] as Range | undefined;
      const box = hit?.getBoundingClientRect();
      return { barBottom: bar.bottom, pageTop: page.top, pageBottom: page.bottom, hitTop: box?.top ?? -1, hitBottom: box?.bottom ?? -1 };
    });
    expect(layout.barBottom).toBeLessThanOrEqual(layout.pageTop);
    expect(layout.hitTop).toBeGreaterThanOrEqual(layout.pageTop);
    expect(layout.hitBottom).toBeLessThanOrEqual(layout.pageBottom);
    await page.keyboard.press('Enter');
  }
});

/** Drags the mouse across the sentence that starts with `start`, as a reader would. */
async function selectSentence(page: Page, start: string): Promise<string> {
  const box = await page.evaluate((needle) => {
    const paragraph = [...document.querySelectorAll('.reader-body p')].find((el) => el.textContent?.includes(needle));
    const node = paragraph?.firstChild;
    if (!node?.textContent) throw new Error(`no paragraph with ${needle}`);
    const from = node.textContent.indexOf(needle);
    const to = node.textContent.indexOf('。', from) + 1;
    const range = document.createRange();
    range.setStart(node, from);
    range.setEnd(node, to);
    const rects = range.getClientRects();
    const first = rects[0]!;
    const last = rects[rects.length - 1]!;
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2, text: node.textContent.slice(from, to) };
  }, start);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
  await expect(page.getByRole('dialog', { name: '标注所选文字' })).toBeVisible();
  return box.text;
}
