import type { Page } from '@playwright/test';
import { SAMPLE_TITLES, expect, importSampleOnFirstRun, test } from './fixtures';

const searchBox = (page: Page) => page.getByRole('combobox', { name: '搜索全部文章' });
const results = (page: Page) => page.getByRole('listbox', { name: '搜索结果' });
const findCounter = (page: Page) => page.locator('#find-counter');

/** How many ranges the search highlights paint, and whether the current one is on screen. */
async function paintedHits(page: Page): Promise<{ all: number; current: number; currentInView: boolean; scrollTop: number }> {
  return page.evaluate(() => {
    const all = CSS.highlights.get('search-hit');
    const current = CSS.highlights.get('search-current');
    const scroller = document.querySelector('.page-scroll');
    let currentInView = false;
    const range = current ? ([...current.keys()][0] as Range | undefined) : undefined;
    if (range && scroller) {
      const box = range.getBoundingClientRect();
      const frame = scroller.getBoundingClientRect();
      currentInView = box.height > 0 && box.top >= frame.top && box.bottom <= frame.bottom;
    }
    return { all: all?.size ?? 0, current: current?.size ?? 0, currentInView, scrollTop: scroller?.scrollTop ?? 0 };
  });
}

async function currentHitText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const current = CSS.highlights.get('search-current');
    const range = current ? ([...current.keys()][0] as Range | undefined) : undefined;
    return range?.toString() ?? '';
  });
}

test('search the sample as you type, open a result and step through its highlighted hits', async ({ page, archive }) => {
  await importSampleOnFirstRun(page, archive.url);

  // Ctrl+K opens the search screen with the box focused; its help shows the syntax.
  await page.keyboard.press('Control+k');
  await expect(searchBox(page)).toBeFocused();
  await expect(page.getByRole('heading', { name: '搜索写法' })).toBeVisible();

  // 稀土 occurs in one article: its title, issue, the exact total and a highlighted snippet.
  await searchBox(page).pressSequentially('稀土');
  await expect(page.locator('.search-total')).toContainText('共 1 篇文章');
  const first = results(page).getByRole('option').first();
  await expect(first).toContainText(SAMPLE_TITLES[0]!);
  await expect(page.locator('.search-issue')).toContainText('科技情报参考');
  await expect(page.locator('.search-issue')).toContainText('2024 年第 3 期');
  await expect(first.locator('.hit-snippet mark')).toHaveText(['稀土']);

  // A quoted phrase: every article with 成果转化, titles with it first, marks in titles too.
  await searchBox(page).fill('"成果转化"');
  await expect(page.locator('.search-total')).toContainText('共 4 篇文章');
  await expect(results(page).getByRole('option')).toHaveCount(4);
  await expect(results(page).getByRole('option').first().locator('.hit-title mark')).toHaveText(['成果转化']);
  await expect(page.locator('.chip-line').first()).toContainText('成果转化');
  // Flat list: no issue headings, each hit names its issue.
  await page.getByRole('button', { name: '平铺列表' }).click();
  await expect(page.locator('.search-issue')).toHaveCount(0);
  await expect(results(page).getByRole('option').first().locator('.hit-issue')).toHaveText('科技情报参考 2024 年第 3 期');
  await page.getByRole('button', { name: '按期分组' }).click();

  // ↓ moves the keyboard's choice, ↑ back; Enter opens the chosen one.
  const options = results(page).getByRole('option');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await searchBox(page).press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await searchBox(page).press('ArrowUp');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');

  // Back to 稀土 and open it: the article scrolls to the first hit, every hit is painted.
  await searchBox(page).fill('稀土');
  await expect(page.locator('.search-total')).toContainText('共 1 篇文章');
  await searchBox(page).press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLES[0]!);
  await expect(findCounter(page)).toHaveText(/^1 \/ 5/);
  await expect.poll(async () => (await paintedHits(page)).all).toBe(5);
  let painted = await paintedHits(page);
  expect(painted.current).toBe(1);
  expect(painted.currentInView).toBe(true);
  expect(painted.scrollTop).toBeGreaterThan(0);
  expect(await currentHitText(page)).toBe('稀土');
  // The article's text itself is untouched: no markup added for the hits.
  expect(await page.locator('.reader-body mark.search-mark').count()).toBe(0);

  // Next by Enter (focus is on "next"), by F3, and back by Shift+F3, each one in view.
  await page.keyboard.press('Enter');
  await expect(findCounter(page)).toHaveText(/^2 \/ 5/);
  await page.keyboard.press('F3');
  await expect(findCounter(page)).toHaveText(/^3 \/ 5/);
  painted = await paintedHits(page);
  expect(painted.currentInView).toBe(true);
  expect(await currentHitText(page)).toBe('稀土');
  await page.keyboard.press('Shift+F3');
  await expect(findCounter(page)).toHaveText(/^2 \/ 5/);
  await page.getByRole('button', { name: /下一处/ }).click();
  await expect(findCounter(page)).toHaveText(/^3 \/ 5/);
  expect((await paintedHits(page)).currentInView).toBe(true);

  // Back returns to the results, query and all.
  await page.getByRole('button', { name: '返回' }).click();
  await expect(searchBox(page)).toHaveValue('稀土');
  await expect(page.locator('.search-total')).toContainText('共 1 篇文章');
});

test('Ctrl+F finds within the open article with the same highlights', async ({ page, archive }) => {
  await importSampleOnFirstRun(page, archive.url);
  await page.locator('.issue-row').first().click();
  await page.locator('.toc-entry').nth(3).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLES[3]!);

  await page.keyboard.press('Control+f');
  const box = page.getByRole('searchbox', { name: '在本文中查找' });
  await expect(box).toBeFocused();
  await box.pressSequentially('成果转化');
  await expect(findCounter(page)).toHaveText(/^1 \/ \d+/);
  const total = Number(/\/ (\d+)/.exec((await findCounter(page).textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(1);
  await expect.poll(async () => (await paintedHits(page)).all).toBe(total);
  // Enter and Shift+Enter in the box step through them, round the end.
  await box.press('Enter');
  await expect(findCounter(page)).toHaveText(new RegExp(`^2 / ${total}`));
  await box.press('Shift+Enter');
  await box.press('Shift+Enter');
  await expect(findCounter(page)).toHaveText(new RegExp(`^${total} / ${total}`));
  expect((await paintedHits(page)).currentInView).toBe(true);
  // Traditional characters find simplified ones.
  await box.fill('成果轉化');
  await expect(findCounter(page)).toHaveText(new RegExp(`^1 / ${total}`));
  // Nothing found says so; Escape closes the bar and clears the highlights.
  await box.fill('没有这个词');
  await expect(findCounter(page)).toHaveText('无匹配');
  await box.press('Escape');
  await expect(box).toHaveCount(0);
  expect((await paintedHits(page)).all).toBe(0);
});

test('a query with no hits helps, and markup or regex characters are only text', async ({ page, archive }) => {
  await importSampleOnFirstRun(page, archive.url);
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('button', { name: /全文搜索/ })
    .click();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await searchBox(page).fill('量子引力波望远镜');
  await expect(page.getByRole('heading', { name: '没有找到包含“量子引力波望远镜”的文章。' })).toBeVisible();
  await expect(page.getByText('换用更短或更常见的词')).toBeVisible();
  await expect(page.getByRole('heading', { name: '搜索写法' })).toBeVisible();

  const hostile = `<script>alert(1)</script> <img src=x onerror=alert(2)> .*+?^$\\{}()|[] (?<x>a)\\1`;
  await searchBox(page).fill(hostile);
  await expect(page.locator('.search-no-hits .search-help-title')).toContainText('<script>alert(1)</script>');
  await expect(page.locator('.search-view script, .search-view img')).toHaveCount(0);

  // A typo finds titles that are near, labelled as such.
  await searchBox(page).fill('成果转换');
  await expect(page.locator('.search-fuzzy-note')).toContainText('标题相近');
  await expect(results(page).getByRole('option').first().locator('.hit-badge')).toHaveText('标题相近');

  // A typed filter is reflected in its control; a near region name is corrected, and said so.
  await searchBox(page).fill('科技 地区:南经');
  await expect(page.locator('.search-correction')).toContainText('南京');
  await expect(page.getByRole('textbox', { name: '地区' })).toHaveValue('南经');
  await searchBox(page).fill('创新 年份:2024');
  await expect(page.getByRole('textbox', { name: '起始年份' })).toHaveValue('2024');
  await expect(page.locator('.chip-filter')).toContainText('2024');
  // …and set from the screen.
  await searchBox(page).fill('创新');
  await page.getByRole('textbox', { name: '截止年份' }).fill('2023');
  await expect(page.getByRole('heading', { name: /没有找到包含“创新”的文章/ })).toBeVisible();
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(page.locator('.search-total')).toContainText('篇文章');

  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});

/** A ranked hit as the archive would send it, for the tests that stand in for a large library. */
function fakeHit(rank: number, query: string) {
  const issue = Math.floor(rank / 5);
  const text = `第 ${rank + 1} 条：关于${query}的报道，介绍了${query}的进展。`;
  const at = text.indexOf(query);
  return {
    issueId: `iss${String(issue).padStart(4, '0')}`,
    articleId: `iss${String(issue).padStart(4, '0')}-${(rank % 5) + 1}`,
    title: `${query}工作简报之 ${rank + 1}`,
    series: '工作动态',
    year: 2024 - (issue % 10),
    number: (issue % 12) + 1,
    region: null,
    column: '要闻',
    score: 1 - rank / 10_000,
    snippet: { text, highlights: [[at, at + query.length]], cutStart: rank % 2 === 0, cutEnd: true },
    titleHighlights: [[0, query.length]],
    match: 'exact',
  };
}

test('thousands of hits scroll virtualised and page in; stale answers and index progress are handled', async ({ page, archive }) => {
  const TOTAL = 2_500;
  let statusCalls = 0;
  await page.route('**/api/search.status', (route) => {
    statusCalls += 1;
    return route.fulfill({ json: { ok: true, data: { progress: { phase: 'indexing', done: 3_000, total: 10_000 }, notices: [] } } });
  });
  await page.route('**/api/search.query', async (route) => {
    const input = route.request().postDataJSON() as { query: string; options?: { limit?: number; offset?: number } };
    const query = input.query.trim();
    // The first letters typed answer last: a stale answer that must not replace the newer one.
    if (query === '科') await new Promise((resolve) => setTimeout(resolve, 1_500));
    if (query === '') return route.fulfill({ json: { ok: true, data: emptyResult(0) } });
    const offset = input.options?.offset ?? 0;
    const limit = input.options?.limit ?? 50;
    const hits = Array.from({ length: Math.max(0, Math.min(limit, TOTAL - offset)) }, (_, i) => fakeHit(offset + i, query));
    return route.fulfill({
      json: { ok: true, data: { ...emptyResult(TOTAL), hits, understood: { terms: [query], excluded: [], filters: {} } } },
    });
  });
  await page.goto(archive.url);
  await page.keyboard.press('/');
  const box = searchBox(page);
  await expect(box).toBeFocused();
  // While the slow first answer is awaited, the index's progress shows.
  await box.pressSequentially('科', { delay: 0 });
  await expect(page.locator('.search-index')).toContainText('已处理 3000 / 10000 篇');
  expect(statusCalls).toBeGreaterThan(0);
  await box.pressSequentially('技');
  await expect(page.locator('.search-total')).toContainText('共 2500 篇文章，已显示 100 篇');
  await page.waitForTimeout(1_800);
  // The late answer for 科 did not replace the one for 科技.
  await expect(results(page).getByRole('option').first().locator('.hit-title mark')).toHaveText('科技');

  // Only what is on screen is in the page; scrolling to the end fetches the next hundred.
  expect(await results(page).getByRole('option').count()).toBeLessThan(30);
  await page.locator('.search-scroller').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(page.locator('.search-total')).toContainText('已显示 200 篇');
  expect(await results(page).getByRole('option').count()).toBeLessThan(30);

  // ↓ keeps the chosen hit on screen however far it goes.
  await box.focus();
  for (let i = 0; i < 12; i += 1) await box.press('PageDown');
  const active = await box.getAttribute('aria-activedescendant');
  expect(active).toMatch(/^search-hit-\d+$/);
  await expect(page.locator(`#${active}`)).toBeInViewport();
});

function emptyResult(total: number) {
  return { total, hits: [], understood: { terms: [], excluded: [], filters: {} }, corrections: [], tookMs: 3 };
}
