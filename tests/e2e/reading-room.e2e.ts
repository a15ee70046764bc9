import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { articleText } from '../../shared/annotations';
import type { Article } from '../../shared/catalog';
import { ROOT } from '../../scripts/browser-mode';
import { SAMPLE_TITLES, issueRow } from './fixtures';

/**
 * The office reading room (issue 18) in two browsers at once: a reader and a cataloguer signed
 * in to one archive served in LAN mode on 127.0.0.1 (plain HTTP is allowed on loopback only),
 * then the administrator reading the audit trail. The server runs in a process of its own
 * (reading-room-server.ts), as `serve --lan` would.
 */
const PASSWORD = 'reading-room-e2e-1';
const SHOTS = join(ROOT, 'test-results', 'reading-room');

let child: ChildProcess | null = null;
let server = { url: '' };
let issueId = '';
let dir = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(90_000);
  const started = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/e2e/reading-room-server.ts'), ROOT, PASSWORD], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = started;
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The reading room did not start within 60 s:\n${log}`)), 60_000);
    const look = (chunk: Buffer): void => {
      log += chunk.toString();
      const match = /^room (\S+) (\S+) (\S+)$/m.exec(log);
      if (!match) return;
      clearTimeout(timer);
      server = { url: match[1] ?? '' };
      issueId = match[2] ?? '';
      dir = match[3] ?? '';
      resolve();
    };
    started.stdout?.on('data', look);
    started.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    started.once('exit', (code) => reject(new Error(`The reading room exited with ${code}:\n${log}`)));
  });
});

test.afterAll(async () => {
  const running = child;
  if (running && running.exitCode === null) {
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGTERM');
      setTimeout(() => running.kill('SIGKILL'), 5_000);
    });
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function signIn(page: Page, name: string, shot?: string): Promise<void> {
  await page.goto(server.url);
  await expect(page.getByLabel(/账号名称/)).toBeVisible();
  if (shot) await page.screenshot({ path: join(SHOTS, shot) });
  await page.getByLabel(/账号名称/).fill(name);
  await page.getByLabel(/密码/).fill(PASSWORD);
  await page.getByRole('button', { name: /登录/ }).click();
  await expect(page.getByTestId('account-badge')).toContainText(name === 'li' ? '李明' : name, { timeout: 60_000 });
}

/** An API call made by the page itself, with its session cookie and its CSRF token. */
function callFromPage(
  page: Page,
  method: string,
  input: unknown,
): Promise<{ status: number; body: { ok: boolean; data?: unknown; error?: { code: string } } }> {
  return page.evaluate(
    async ({ method, input }) => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="archive-token"]')?.content ?? '';
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-archive-token': token },
        body: JSON.stringify(input),
      });
      return { status: response.status, body: await response.json() };
    },
    { method, input },
  );
}

async function highlightFromPage(page: Page, articleId: string, quote: string): Promise<void> {
  const article = await callFromPage(page, 'articles.get', { articleId });
  const text = articleText((article.body.data as Article).sections);
  const start = text.indexOf(quote);
  expect(start).toBeGreaterThanOrEqual(0);
  const answer = await callFromPage(page, 'annotations.highlight', { articleId, start, end: start + quote.length, color: 'green' });
  expect(answer.status).toBe(200);
}

async function openFirstArticle(page: Page): Promise<void> {
  await page.getByRole('button', { name: '全部刊物' }).click();
  await issueRow(page).click();
  await page.getByRole('navigation', { name: '目录' }).getByRole('button', { name: SAMPLE_TITLES[0] }).click();
  await expect(page.locator('.annotation-panel')).toBeVisible();
}

test('a reader and a cataloguer: roles, a shared edit, their own highlights, shared notes, the audit trail', async ({ browser }) => {
  test.setTimeout(240_000);
  const readerContext = await browser.newContext();
  const cataloguerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  const cataloguer = await cataloguerContext.newPage();
  await signIn(reader, 'li', 'login-page.png');
  await signIn(cataloguer, 'wang');

  // The reader: no import, no recycle, no packages, no account screens; the API refuses them too.
  await expect(issueRow(reader)).toBeVisible();
  await expect(reader.getByRole('button', { name: '导入期刊' })).toHaveCount(0);
  await expect(reader.getByRole('button', { name: '账户' })).toHaveCount(0);
  await expect(reader.getByRole('button', { name: '审计日志' })).toHaveCount(0);
  await expect(reader.getByRole('button', { name: '数据包与备份' })).toHaveCount(0);
  await expect(reader.getByTestId('account-badge')).toContainText('读者');
  await reader.screenshot({ path: join(SHOTS, 'reader-library.png') });
  for (const [method, input] of [
    ['import.sample', {}],
    ['accounts.list', {}],
    ['issues.update', { issueId, patch: { remarks: '读者改的' } }],
  ] as const) {
    const refused = await callFromPage(reader, method, input);
    expect(refused.status, method).toBe(403);
    expect(refused.body.error?.code).toBe('forbidden');
  }
  // The cataloguer may import and edit, but sees no account screens.
  await expect(cataloguer.getByRole('button', { name: '导入期刊' })).toBeVisible();
  await expect(cataloguer.getByRole('button', { name: '账户' })).toHaveCount(0);

  // The cataloguer edits the record; the reader sees it after a reload, without an edit button.
  await issueRow(cataloguer).click();
  const card = cataloguer.getByTestId('catalogue-card');
  await card.getByRole('button', { name: '编辑著录' }).click();
  await card.getByLabel('库房').fill('档案室 9');
  await card.getByRole('button', { name: '保存' }).click();
  await expect(card).toContainText('档案室 9', { timeout: 30_000 });
  await reader.reload();
  await issueRow(reader).click();
  await expect(reader.getByTestId('catalogue-card')).toContainText('档案室 9', { timeout: 30_000 });
  await expect(reader.getByTestId('catalogue-card').getByRole('button', { name: '编辑著录' })).toHaveCount(0);

  // Each highlights a passage of the first article; the cataloguer shares a note from the panel.
  const articleId = `${issueId}-1`;
  await highlightFromPage(reader, articleId, '高能级创新平台');
  await highlightFromPage(cataloguer, articleId, '科技');
  await openFirstArticle(cataloguer);
  const panel = cataloguer.locator('.annotation-panel');
  const notes = panel.getByRole('region', { name: '文章批注' });
  await notes.getByLabel(/与所有人共享/).check();
  await notes.getByPlaceholder('对整篇文章的批注…').fill('请各位周会前读完');
  await notes.getByRole('button', { name: '保存' }).click();
  await expect(panel.locator('.article-note .note-text')).toHaveText('请各位周会前读完');

  await openFirstArticle(reader);
  const readerPanel = reader.locator('.annotation-panel');
  await expect(readerPanel.locator('.highlight-item')).toHaveCount(1);
  await expect(readerPanel.locator('.highlight-item .quote-text')).toHaveText('高能级创新平台');
  await expect(readerPanel.locator('.article-note .note-text')).toHaveText('请各位周会前读完');
  await expect(readerPanel.locator('.article-note')).toContainText('wang 共享');
  await expect(readerPanel.locator('.article-note').getByRole('button', { name: '删除' })).toHaveCount(0);
  await reader.screenshot({ path: join(SHOTS, 'reader-article.png') });
  await expect(panel.locator('.highlight-item')).toHaveCount(1);
  await expect(panel.locator('.highlight-item .quote-text')).toHaveText('科技');

  // The administrator reads both colleagues' actions in the audit trail.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, 'chief');
  await admin.getByRole('button', { name: '账户' }).click();
  await expect(admin.getByTestId('accounts-table').locator('tr[data-account]')).toHaveCount(3);
  await admin.screenshot({ path: join(SHOTS, 'admin-accounts.png'), fullPage: true });
  await admin.getByRole('button', { name: '审计日志' }).click();
  const trail = admin.getByTestId('audit-table');
  await expect(trail.locator('tr[data-who="wang"][data-action="catalogue-change"]')).toHaveCount(1, { timeout: 30_000 });
  await expect(trail.locator('tr[data-who="li"][data-action="login"]')).toHaveCount(1);
  await admin.screenshot({ path: join(SHOTS, 'admin-audit.png'), fullPage: true });
  await admin.setViewportSize({ width: 1024, height: 768 });
  await admin.screenshot({ path: join(SHOTS, 'admin-audit-1024.png') });
  await admin.getByTitle('Switch to English').click();
  await expect(admin.getByTestId('audit-table')).toContainText('Catalogue change');
  await admin.screenshot({ path: join(SHOTS, 'admin-audit-en.png') });
  await readerContext.close();
  await cataloguerContext.close();
  await adminContext.close();
});
