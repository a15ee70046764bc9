import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { SAMPLE_TITLES, expect, importSampleOnFirstRun, issueRow, test } from './fixtures';

const SENTENCE_START = '一是深化金融赋能';

async function openArticle(page: Page, index: number): Promise<void> {
  await page.getByRole('button', { name: '全部刊物' }).click();
  await issueRow(page).click();
  await page.getByRole('navigation', { name: '目录' }).getByRole('button', { name: SAMPLE_TITLES[index] }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLES[index]!);
}

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
    return {
      x1: first.left + 1,
      y1: first.top + first.height / 2,
      x2: last.right - 1,
      y2: last.top + last.height / 2,
      text: node.textContent.slice(from, to),
    };
  }, start);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
  return box.text;
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('highlight a sentence with a note; it survives a reload; edit, delete and undo', async ({ page, archive }) => {
  await importSampleOnFirstRun(page, archive.url);
  await openArticle(page, 3);

  const sentence = await selectSentence(page, SENTENCE_START);
  const toolbar = page.getByRole('dialog', { name: '标注所选文字' });
  await expect(toolbar).toBeVisible();
  await toolbar.getByRole('button', { name: '标注并写批注…' }).click();
  await toolbar.getByRole('button', { name: '用绿色标注' }).click();
  await toolbar.getByRole('textbox').fill('周会上讨论融资渠道');
  await toolbar.getByRole('button', { name: '保存' }).click();

  const mark = page.locator('.reader-body mark.hl');
  await expect(mark).toHaveText(sentence);
  await expect(mark).toHaveClass(/hl-green/);
  const panel = page.getByRole('complementary', { name: '本篇批注' });
  const item = panel.locator('.highlight-item');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(sentence);
  await expect(item.locator('.note-text')).toHaveText('周会上讨论融资渠道');
  expect(await seriousViolations(page), 'article with a highlight and its panel').toEqual([]);

  // Reload the app: the highlight and its note are still there.
  await page.reload();
  await openArticle(page, 3);
  await expect(page.locator('.reader-body mark.hl')).toHaveText(sentence);
  await expect(panel.locator('.highlight-item .note-text')).toHaveText('周会上讨论融资渠道');

  // Edit the note.
  await panel.getByRole('button', { name: '编辑批注' }).click();
  await panel.locator('.highlight-item textarea').fill('改为下周讨论');
  await panel.locator('.highlight-item').getByRole('button', { name: '保存' }).click();
  await expect(panel.locator('.highlight-item .note-text')).toHaveText('改为下周讨论');

  // Recolour, then delete, then undo the delete: back as it was.
  await panel.getByRole('button', { name: '改为紫色' }).click();
  await expect(page.locator('.reader-body mark.hl')).toHaveClass(/hl-purple/);
  await panel.locator('.highlight-item').getByRole('button', { name: '删除' }).click();
  await expect(page.locator('.reader-body mark.hl')).toHaveCount(0);
  await expect(panel.locator('.highlight-item')).toHaveCount(0);
  await panel.getByRole('button', { name: '撤销' }).click();
  await expect(page.locator('.reader-body mark.hl')).toHaveText(sentence);
  await expect(page.locator('.reader-body mark.hl')).toHaveClass(/hl-purple/);
  await expect(panel.locator('.highlight-item .note-text')).toHaveText('改为下周讨论');

  // Clicking the quote in the panel brings the passage into view.
  await page.locator('.page-scroll').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await panel.locator('.highlight-quote').click();
  await expect(page.locator('.reader-body mark.hl').first()).toBeInViewport();

  // Export the article's notes as Markdown: delivered like every export (here, a download).
  const downloading = page.waitForEvent('download');
  await page.getByRole('group', { name: '导出本篇批注' }).getByRole('button', { name: 'Markdown' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.md$/);
  const saved = await download.path();
  expect(readFileSync(saved, 'utf8')).toContain('改为下周讨论');
  await expect(page.getByRole('status').filter({ hasText: '已导出 1 条' })).toContainText(download.suggestedFilename());
});

test('tag two articles and find them by the tag; bookmarks are listed', async ({ page, archive }) => {
  await importSampleOnFirstRun(page, archive.url);
  await openArticle(page, 3);
  const panel = page.getByRole('complementary', { name: '本篇批注' });
  await panel.getByRole('combobox', { name: '添加标签…' }).fill('成果转化');
  await panel.getByRole('button', { name: '添加', exact: true }).click();
  await expect(panel.locator('.tag-chip')).toHaveText(['成果转化×']);
  await selectSentence(page, SENTENCE_START);
  await page.getByRole('button', { name: '用黄色标注' }).click();
  await expect(page.locator('.reader-body mark.hl')).toHaveCount(1);
  await panel.getByRole('button', { name: /收藏/ }).click();
  await expect(panel.getByRole('button', { name: /已收藏/ })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: /下一篇/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLES[4]!);
  // The tag typed before is offered as a suggestion.
  await expect(panel.locator('datalist option[value="成果转化"]')).toHaveCount(1);
  await panel.getByRole('combobox', { name: '添加标签…' }).fill('成果转化');
  await panel.getByRole('combobox', { name: '添加标签…' }).press('Enter');
  await expect(panel.locator('.tag-chip')).toHaveText(['成果转化×']);

  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '批注与收藏' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '批注与收藏' })).toBeVisible();
  await expect(page.locator('.annotation-row')).toHaveCount(1);
  await page.getByRole('combobox', { name: '标签', exact: true }).selectOption('成果转化');
  const tagged = page.getByRole('region', { name: /带“成果转化”标签的文章（2）/ });
  await expect(tagged.getByRole('button')).toHaveText([SAMPLE_TITLES[3]!, SAMPLE_TITLES[4]!]);
  await expect(page.locator('.annotation-row')).toHaveCount(1);
  await page.getByRole('combobox', { name: '颜色', exact: true }).selectOption('blue');
  await expect(page.locator('.annotation-row')).toHaveCount(0);
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(page.locator('.annotation-row')).toHaveCount(1);
  await expect(page.locator('.bookmark-list').last()).toContainText(SAMPLE_TITLES[3]!);
  expect(await seriousViolations(page), 'all annotations').toEqual([]);

  // A tagged article opens from the list.
  await page.getByRole('combobox', { name: '标签', exact: true }).selectOption('成果转化');
  await tagged.getByRole('button', { name: SAMPLE_TITLES[4] }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLES[4]!);
});
