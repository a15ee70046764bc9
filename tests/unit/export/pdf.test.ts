import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnnotationStore } from '../../../electron/core/annotations';
import { ChromiumPdfEngine } from '../../../electron/core/export';
import { layOutPrintDocument } from '../../../electron/core/export/print/print-document';
import { loadPrintSource } from '../../../electron/core/export/print/print-source';
import { printNodeToHtml } from '../../../electron/core/export/print/print-html';
import { openLibrary } from '../../../electron/core/library';
import { libraryWithSample, sampleBytes, tempDir } from '../../helpers/temp-library';
import { exportOne, options, pdfPages, SAMPLE_TITLES, servicesWith, tocNumbers } from './helpers';

/** One browser for the whole file: the PDF tests share it. */
let engine: ChromiumPdfEngine;
beforeAll(() => {
  engine = new ChromiumPdfEngine();
});
afterAll(async () => {
  await engine.close();
});

const compact = (text: string): string => text.replace(/\s+/g, '');

describe('PDF of an issue', () => {
  it('has the masthead and contents on page 1, every title in order, contents pointing at the pages the titles print on, — n — footers and running headers', async () => {
    const { library, issueId } = await libraryWithSample();
    const pdf = await exportOne(library, { target: { kind: 'issue', issueId }, format: 'pdf' }, servicesWith(library, engine));
    const pages = pdfPages(pdf.bytes);
    expect(pages.length).toBeGreaterThan(6);

    // Page 1: masthead and contents, no running header.
    expect(pages[0]).toMatch(/^\s*科技情报参考/);
    expect(pages[0]).toContain('2024 年第 3 期');
    expect(compact(pages[0] ?? '')).toContain('目录');

    // Each title is printed on some page after the contents, in order.
    const titlePages = SAMPLE_TITLES.map((title) => pages.findIndex((page, i) => i > 0 && compact(page).includes(compact(title))) + 1);
    expect(titlePages.every((p) => p >= 2)).toBe(true);
    expect([...titlePages].sort((a, b) => a - b)).toEqual(titlePages);

    // The contents show exactly those pages.
    expect(tocNumbers(pages[0] ?? '')).toEqual(titlePages);

    // Footers `— n —` on every page; the running header from page 2 on.
    pages.forEach((page, i) => {
      expect(page, `page ${i + 1}`).toMatch(new RegExp(`—\\s*${i + 1}\\s*—\\s*$`));
      if (i > 0) expect(page.trimStart().split('\n')[0], `page ${i + 1}`).toMatch(/^科技情报参考\s+2024 年第 3 期\s*$/);
    });

    // No title stranded at the foot of a page: its first words print on the same page.
    const issue = library.getIssue(issueId);
    for (const [index, meta] of issue.articles.entries()) {
      const article = await library.getArticle(meta.id);
      const first = article.sections.flatMap((s) => s.paragraphs)[0] ?? '';
      const page = compact(pages[(titlePages[index] ?? 1) - 1] ?? '');
      const after = page.slice(page.indexOf(compact(meta.title)) + compact(meta.title).length);
      expect(after, meta.title).toContain(compact(first).slice(0, 6));
    }
    // The colophon closes the issue.
    expect(compact(pages.at(-1) ?? '')).toContain('编辑：李涛');
    await library.close();
  });

  it('prints on A5 with a chosen body size: A5 pages, more of them', async () => {
    const { library, issueId } = await libraryWithSample();
    const services = servicesWith(library, engine);
    const a4 = pdfPages((await exportOne(library, { target: { kind: 'issue', issueId }, format: 'pdf' }, services)).bytes);
    const a5 = await exportOne(
      library,
      { target: { kind: 'issue', issueId }, format: 'pdf', options: options({ paper: 'A5', fontSize: 12 }) },
      services,
    );
    const { PDFDocument } = await import('./pdf-size');
    const size = await PDFDocument.firstPageSize(a5.bytes);
    expect(Math.round(size.width)).toBe(420);
    expect(Math.round(size.height)).toBe(595);
    const a5Pages = pdfPages(a5.bytes);
    expect(a5Pages.length).toBeGreaterThanOrEqual(a4.length);
    // The contents may run onto page 2 on A5; the articles start after them.
    const toc = [...tocNumbers(a5Pages[0] ?? ''), ...tocNumbers(a5Pages[1] ?? '')];
    expect(toc).toHaveLength(6);
    expect(toc.every((n, i) => n >= 2 && (i === 0 || n >= (toc[i - 1] ?? 0)))).toBe(true);
    const titlePages = SAMPLE_TITLES.map((title) => a5Pages.findIndex((page, i) => i > 0 && compact(page).includes(compact(title))) + 1);
    expect(toc).toEqual(titlePages);
    await library.close();
  });

  it('prints a basket of articles from two issues, each under its own running header, with a contents page', async () => {
    const library = await openLibrary(tempDir(), { create: true });
    const a = await library.importBulletin({ name: 'sample.txt', bytes: sampleBytes() });
    const { readFile } = await import('node:fs/promises');
    const b = await library.importBulletin({
      name: 'jianbao.txt',
      bytes: await readFile(new URL('../../fixtures/bulletins/keji-gongzuo-jianbao-088.gb18030.txt', import.meta.url)),
    });
    if (a.status !== 'imported' || b.status !== 'imported') throw new Error('import failed');
    const other = library.getIssue(b.issueId);
    const ids = [`${a.issueId}-6`, `${b.issueId}-2`, `${a.issueId}-1`];
    const pdf = await exportOne(library, { target: { kind: 'articles', articleIds: ids }, format: 'pdf' }, servicesWith(library, engine));
    const pages = pdfPages(pdf.bytes);
    expect(compact(pages[0] ?? '')).toContain('文章选编');
    const titles = [SAMPLE_TITLES[5]!, other.articles[1]!.title, SAMPLE_TITLES[0]!];
    const at = titles.map((t) => pages.findIndex((p, i) => i > 0 && compact(p).includes(compact(t))) + 1);
    expect(at.every((p) => p >= 2)).toBe(true);
    const toc = tocNumbers(pages[0] ?? '');
    expect(toc).toEqual(at);
    expect(pages[(at[1] ?? 1) - 1]?.trimStart().split('\n')[0]).toMatch(new RegExp(`^${other.series}`));
    expect(pages[(at[0] ?? 1) - 1]?.trimStart().split('\n')[0]).toMatch(/^科技情报参考/);
    await library.close();
  });

  it('prints highlights as underlined shading and notes as numbered endnotes', async () => {
    const { library, issueId } = await libraryWithSample();
    const store = new AnnotationStore(library);
    const article = await library.getArticle(`${issueId}-1`);
    const text = article.sections[0]?.paragraphs[0] ?? '';
    const start = text.indexOf('平台先行');
    await store.highlight({ articleId: article.id, start, end: start + 4, color: 'yellow', note: '与第二篇对照' });
    await store.addArticleNote(article.id, '会上讨论此篇');
    const source = await loadPrintSource(library, { kind: 'issue', issueId });
    const annotations = await servicesWith(library, engine).annotations(source.groups[0]!.articles);
    const laidOut = await layOutPrintDocument(source, options({ annotations: true }), annotations, engine, { pdf: true });
    const html = printNodeToHtml(laidOut.view.root);
    expect(html).toContain('<mark class="pd-hl">平台先行</mark><sup class="pd-noteref">[2]</sup>');
    expect(html).toMatch(/突围”<sup class="pd-noteref">\[1\]<\/sup>/);
    const pages = pdfPages(laidOut.pdf!);
    const last = compact(pages.at(-1) ?? '');
    expect(last).toContain('批注');
    expect(last).toContain('[1]');
    expect(last).toContain('会上讨论此篇');
    expect(last).toContain('[2]');
    expect(last).toContain('“平台先行”与第二篇对照');
    // Without the option, none of it.
    const plain = await layOutPrintDocument(source, options(), annotations, null, { pdf: false });
    expect(printNodeToHtml(plain.view.root)).not.toContain('pd-hl');
    await library.close();
  });

  it('says clearly when no browser is installed', async () => {
    const { library, issueId } = await libraryWithSample();
    const none = new ChromiumPdfEngine(null);
    await expect(exportOne(library, { target: { kind: 'issue', issueId }, format: 'pdf' }, servicesWith(library, none))).rejects.toThrow(
      /Chromium, Google Chrome or Microsoft Edge/,
    );
    await library.close();
  });
});
