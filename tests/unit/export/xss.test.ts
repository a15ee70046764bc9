import mammoth from 'mammoth';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRINT_TAGS } from '../../../shared/contract/export';
import { findBrowser } from '../../../electron/core/export/pdf/find-browser';
import { ChromiumPdfEngine } from '../../../electron/core/export';
import { STANDALONE_CSP } from '../../../electron/core/export/print/print-html';
import corpus from '../../fixtures/xss/dompurify-expect.mjs';
import { armTripwire } from '../../helpers/tripwire';
import { exportOne, libraryWithIssue, pdfPages, servicesWith } from './helpers';

/**
 * DOMPurify's regression corpus placed into a bulletin, as titles and as paragraphs: every HTML
 * the archive writes must show each payload as text and run none of it. The checks hold with
 * the page's script-forbidding policy removed, so they test the escaping, not only the policy.
 */
const payloads: string[] = (corpus as { payload: string }[]).map((entry) => entry.payload).filter((p) => p.trim() !== '');

/** HTML parsing turns CR and CRLF into LF and drops or replaces C0 controls; compare what is left. */
const visible = (text: string): string => text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/g, '');

let browser: Browser;
let engine: ChromiumPdfEngine;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findBrowser() ?? undefined, args: ['--no-sandbox'] });
  engine = new ChromiumPdfEngine();
});
afterAll(async () => {
  await browser.close();
  await engine.close();
});

/** Loads HTML with a tripwire: any dialog, any script that reaches window.__xss, any navigation. */
async function loadWithTripwire(html: string): Promise<{ page: Page; tripped: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const tripped = await armTripwire(page, {
    print: true,
    allowed: (url) => url.startsWith('data:') || url === 'about:blank' || url === 'http://export.test/',
  });
  // Served as a real page (not about:blank) so that relative URLs and navigations would show up.
  await page.route('http://export.test/', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  await page.route(/^(?!http:\/\/export\.test\/$).*/, (route) => {
    tripped.push(`request:${route.request().url()}`);
    return route.abort();
  });
  await page.goto('http://export.test/');
  await page.waitForTimeout(300);
  return { page, tripped };
}

describe('every payload of the XSS corpus stays text', () => {
  it('in the HTML export (and with its script policy removed)', async () => {
    const { library, issue } = await libraryWithIssue(payloads, (i) => [payloads[i] ?? '', `第 ${i + 1} 段`]);
    const html = new TextDecoder().decode(
      (await exportOne(library, { target: { kind: 'issue', issueId: issue.id }, format: 'html' }, servicesWith(library, engine))).bytes,
    );
    expect(html).toContain(STANDALONE_CSP);
    const withoutPolicy = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    expect(withoutPolicy).not.toContain('Content-Security-Policy');
    for (const doc of [html, withoutPolicy]) {
      const { page, tripped } = await loadWithTripwire(doc);
      const found = await page.evaluate(() => ({
        tags: [...new Set([...document.body.querySelectorAll('*')].map((el) => el.localName))],
        titles: [...document.querySelectorAll('.pd-article .pd-title')].map((el) => el.textContent ?? ''),
        paragraphs: [...document.querySelectorAll('.pd-article .pd-p')].map((el) => el.textContent ?? ''),
        toc: [...document.querySelectorAll('.pd-toc-text')].map((el) => el.textContent ?? ''),
        attributes: [...document.body.querySelectorAll('*')].flatMap((el) => el.getAttributeNames()),
      }));
      expect(tripped).toEqual([]);
      expect(found.tags.filter((tag) => !(PRINT_TAGS as readonly string[]).includes(tag))).toEqual([]);
      expect([...new Set(found.attributes)].sort()).toEqual(['class', 'id', 'lang']);
      expect(found.titles.map(visible)).toEqual(payloads.map(visible));
      expect(found.toc.map((entry) => visible(entry.replace(/^★ /, '')))).toEqual(payloads.map(visible));
      expect(found.paragraphs.filter((_, i) => i % 2 === 0).map(visible)).toEqual(payloads.map(visible));
      await page.context().close();
    }
    await library.close();
  });

  it('in the PDF (the payloads print as text)', async () => {
    const some = payloads.filter((p) => p.includes('<script') || p.includes('onerror')).slice(0, 8);
    const { library, issue } = await libraryWithIssue(some, (i) => [some[i] ?? '']);
    const pdf = await exportOne(library, { target: { kind: 'issue', issueId: issue.id }, format: 'pdf' }, servicesWith(library, engine));
    const text = pdfPages(pdf.bytes).join('').replace(/\s+/g, '');
    for (const payload of some) expect(text).toContain(payload.replace(/[\s\u0000-\u001f]+/g, '').slice(0, 30));
    await library.close();
  });

  it('in the HTML that Word readers derive from the DOCX export', async () => {
    const { library, issue } = await libraryWithIssue(payloads, (i) => [payloads[i] ?? '']);
    const docx = await exportOne(library, { target: { kind: 'issue', issueId: issue.id }, format: 'docx' }, servicesWith(library, engine));
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(docx.bytes) });
    const { page, tripped } = await loadWithTripwire(`<!doctype html><meta charset="utf-8"><body>${value}</body>`);
    const found = await page.evaluate(() => ({
      tags: [...new Set([...document.body.querySelectorAll('*')].map((el) => el.localName))].sort(),
      headings: [...document.querySelectorAll('h1')].map((el) => el.textContent ?? ''),
    }));
    expect(tripped).toEqual([]);
    expect(found.tags.every((tag) => ['a', 'h1', 'p', 'strong'].includes(tag))).toBe(true);
    // Word has no characters for some controls and writes them as breaks: compare without spacing.
    const bare = (text: string): string => visible(text).replace(/[\s\u0000-\u001f]+/g, '');
    expect(found.headings.map(bare)).toEqual(payloads.map(bare));
    await page.context().close();
    await library.close();
  });

  it('the tripwire itself fires on a payload that is not escaped (the test can fail)', async () => {
    const { page, tripped } = await loadWithTripwire(
      '<!doctype html><body><img src=x onerror="alert(1)"><script>window.__xss = 1</script></body>',
    );
    await expect.poll(() => tripped.length).toBeGreaterThan(0);
    expect(tripped.some((t) => t === 'alert' || t.startsWith('dialog'))).toBe(true);
    expect(tripped).toContain('__xss');
    await page.context().close();
  });
});
