import type { Page } from '@playwright/test';
import { SAMPLE_TITLES, expect, importSampleOnFirstRun, issueRow, test } from './fixtures';

/** Issue 17: every view has an address; Back/Forward and reload move through them; nothing on screen is stale. */

const searchBox = (page: Page) => page.getByRole('combobox', { name: '搜索全部文章' });
const articleTitle = (page: Page) => page.getByRole('heading', { level: 1 });
const hash = (page: Page) => new URL(page.url()).hash;

async function openSampleIssue(page: Page): Promise<void> {
  await page.getByRole('button', { name: '全部刊物' }).click();
  await issueRow(page).click();
  await expect(page.getByRole('navigation', { name: '目录' })).toBeVisible();
}

test('Back and Forward move through five views, Alt+← one step at a time, and an address opened cold has the library under it', async ({ page, archive }) => {
  await importSampleOnFirstRun(page, archive.url);

  // Five views, each with an address of its own.
  await openSampleIssue(page);
  await expect.poll(() => hash(page)).toMatch(/^#\/issue\/[a-z0-9-]+$/);
  const issueAddress = hash(page);
  await page.getByRole('navigation', { name: '目录' }).getByRole('button', { name: SAMPLE_TITLES[1] }).click();
  await expect(articleTitle(page)).toHaveText(SAMPLE_TITLES[1]!);
  await expect.poll(() => hash(page)).toMatch(/^#\/article\/[a-z0-9-]+-\d+$/);
  await page.keyboard.press('Control+k');
  await searchBox(page).pressSequentially('稀土');
  await expect(page.locator('.search-total')).toContainText('共 1 篇文章');
  await expect.poll(() => hash(page)).toBe(`#/search?q=${encodeURIComponent('稀土')}`);
  await page.getByRole('button', { name: '批注与收藏' }).first().click();
  await expect(page.getByRole('heading', { name: '批注与收藏' })).toBeVisible();
  await expect.poll(() => hash(page)).toBe('#/annotations');

  // Back: search (with its query), article, issue, library.
  await page.goBack();
  await expect(searchBox(page)).toHaveValue('稀土');
  await expect(page.getByRole('listbox', { name: '搜索结果' }).getByRole('option').first()).toContainText(SAMPLE_TITLES[0]!);
  await page.goBack();
  await expect(articleTitle(page)).toHaveText(SAMPLE_TITLES[1]!);
  await page.goBack();
  await expect(page.getByRole('navigation', { name: '目录' })).toBeVisible();
  expect(hash(page)).toBe(issueAddress);
  await page.goBack();
  await expect(issueRow(page)).toBeVisible();
  await expect(page.getByRole('navigation', { name: '目录' })).toHaveCount(0);

  // Forward twice: the issue, then the article.
  await page.goForward();
  await expect(page.getByRole('navigation', { name: '目录' })).toBeVisible();
  await page.goForward();
  await expect(articleTitle(page)).toHaveText(SAMPLE_TITLES[1]!);

  // Alt+← and Alt+→ (the menu's 后退/前进 in Electron): exactly one step each.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.getByRole('navigation', { name: '目录' })).toBeVisible();
  expect(hash(page)).toBe(issueAddress);
  await page.keyboard.press('Alt+ArrowRight');
  await expect(articleTitle(page)).toHaveText(SAMPLE_TITLES[1]!);

  // An address opened in a fresh tab: the issue, and Back goes to the library, not a blank page.
  const fresh = await page.context().newPage();
  await fresh.goto(`${archive.url}${issueAddress}`);
  await expect(fresh.getByRole('navigation', { name: '目录' })).toBeVisible();
  await fresh.goBack();
  await expect(issueRow(fresh)).toBeVisible();
  expect(hash(fresh)).toBe('#/');

  // A mistyped address says so, with the way back.
  await fresh.goto(`${archive.url}#/issue/NO-SUCH`);
  await expect(fresh.getByRole('alert')).toContainText('找不到这个地址');
  await fresh.getByRole('button', { name: '回到书库' }).click();
  await expect(issueRow(fresh)).toBeVisible();
});

test('reload restores an article with its search hit, scrolled to it', async ({ page, archive }) => {
  await importSampleOnFirstRun(page, archive.url);
  await page.keyboard.press('Control+k');
  await searchBox(page).pressSequentially('科技');
  const option = page.getByRole('listbox', { name: '搜索结果' }).getByRole('option', { name: new RegExp(SAMPLE_TITLES[3]!) });
  await option.click();
  await expect(articleTitle(page)).toHaveText(SAMPLE_TITLES[3]!);
  const counter = page.locator('#find-counter');
  await expect(counter).toHaveText(/^1 \/ \d+/);
  const total = Number(/^1 \/ (\d+)/.exec((await counter.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(4);
  // Step to a hit well down the article.
  for (let step = 0; step < 4; step++) await page.keyboard.press('F3');
  await expect(counter).toHaveText(new RegExp(`^5 / ${total}`));
  await expect.poll(() => hash(page)).toContain('hit=4');

  await page.reload();
  await expect(articleTitle(page)).toHaveText(SAMPLE_TITLES[3]!);
  await expect(counter).toHaveText(new RegExp(`^5 / ${total}`));
  // The current hit is painted and on screen, not the top of the article.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const current = CSS.highlights.get('search-current');
        const range = current ? ([...current.keys()][0] as Range | undefined) : undefined;
        const scroller = document.querySelector('.page-scroll');
        if (!range || !scroller) return false;
        const box = range.getBoundingClientRect();
        const frame = scroller.getBoundingClientRect();
        return scroller.scrollTop > 0 && box.height > 0 && box.top >= frame.top && box.bottom <= frame.bottom;
      }),
    )
    .toBe(true);
  // Back from the reloaded article returns to the search screen with its query.
  await page.goBack();
  await expect(searchBox(page)).toHaveValue('科技');
});

test('Enter right after a fast retype opens a hit of the new query, never one of the old', async ({ page, archive }) => {
  await importSampleOnFirstRun(page, archive.url);
  await page.keyboard.press('Control+k');
  await searchBox(page).pressSequentially('稀土');
  await expect(page.getByRole('listbox', { name: '搜索结果' }).getByRole('option').first()).toContainText(SAMPLE_TITLES[0]!);

  // The new query's answer is held back, as on a busy machine: the old results stay on screen meanwhile.
  let held = 0;
  await page.route('**/api/search.query', async (route) => {
    if ((route.request().postData() ?? '').includes('武创通')) {
      held++;
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }
    await route.continue();
  });
  await searchBox(page).fill('武创通');
  await searchBox(page).press('Enter');
  await expect(articleTitle(page)).toHaveText(SAMPLE_TITLES[2]!);
  expect(held).toBeGreaterThan(0);
});

test('a toast leaves with its view; an undo names what it undoes; messages are said again in English', async ({ page, archive }) => {
  await importSampleOnFirstRun(page, archive.url);
  await openSampleIssue(page);
  await page.getByRole('navigation', { name: '目录' }).getByRole('button', { name: SAMPLE_TITLES[0] }).click();
  await expect(articleTitle(page)).toHaveText(SAMPLE_TITLES[0]!);
  const panel = page.getByRole('complementary', { name: '本篇批注' });
  await panel.getByRole('combobox', { name: '添加标签…' }).fill('稀土');
  await panel.getByRole('button', { name: '添加', exact: true }).click();
  // The panel's status line (its name changes with the language).
  const status = page.locator('.annotation-status');
  await expect(status).toContainText('已添加标签');
  await expect(status.getByRole('button', { name: '撤销：添加标签「稀土」' })).toBeVisible();

  // Language switch: the same message, said in English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(status).toContainText('Tag added');
  await expect(status.getByRole('button', { name: 'Undo: add tag “稀土”' })).toBeVisible();
  await page.getByRole('button', { name: '中文' }).click();
  await expect(status).toContainText('已添加标签');

  // Another article: the toast (and its undo) is gone, and Ctrl+Z here undoes nothing out of sight.
  await page.getByRole('button', { name: /下一篇/ }).click();
  await expect(articleTitle(page)).toHaveText(SAMPLE_TITLES[1]!);
  await expect(status).toBeEmpty();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await page.getByRole('button', { name: /上一篇/ }).click();
  await expect(articleTitle(page)).toHaveText(SAMPLE_TITLES[0]!);
  await expect(panel.locator('.tag-chip')).toHaveText(['稀土×']);

  // The masthead: "saved", then a failed save replaces it (never green beside red).
  await page.getByRole('button', { name: '全部刊物' }).click();
  await issueRow(page).click();
  await page.getByRole('button', { name: '修改刊头…' }).click();
  await page.getByRole('button', { name: '保存刊头' }).click();
  const line = page.locator('.issue-catalogue-message');
  await expect(line).toHaveText('刊头没有改动。');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(line).toHaveText('Nothing in the masthead was changed.');
  // Leaving the issue clears it.
  await page.goBack();
  await page.goForward();
  await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible();
  await expect(line).toBeEmpty();
});
