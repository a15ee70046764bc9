import { describe, expect, it } from 'vitest';
import { articleBlocks } from '../../../shared/article-text';
import { AnnotationStore } from '../../../electron/core/annotations';
import { annotationsFromStore } from '../../../electron/core/export/print/annotations-adapter';
import { paragraphRuns } from '../../../electron/core/export/print/print-annotations';
import { cssString, printCss } from '../../../electron/core/export/print/print-css';
import { printHtmlPage, printNodeToHtml } from '../../../electron/core/export/print/print-html';
import { loadPrintSource } from '../../../electron/core/export/print/print-source';
import { buildPrintTree } from '../../../electron/core/export/print/print-tree';
import { pageHeaders } from '../../../electron/core/export/print/print-document';
import { libraryWithSample } from '../../helpers/temp-library';
import { options } from './helpers';

describe('print document', () => {
  it('cuts a paragraph into plain runs, highlights and note references', () => {
    expect(paragraphRuns('甲乙丙丁戊', [{ start: 1, end: 3, noteNumber: 1 }])).toEqual([
      { kind: 'text', text: '甲', highlighted: false },
      { kind: 'text', text: '乙丙', highlighted: true },
      { kind: 'note-ref', number: 1 },
      { kind: 'text', text: '丁戊', highlighted: false },
    ]);
    // Overlapping ranges merge; out-of-range offsets are clipped, never fatal.
    expect(
      paragraphRuns('甲乙丙丁', [
        { start: 0, end: 2, noteNumber: null },
        { start: 1, end: 99, noteNumber: 2 },
      ]),
    ).toEqual([
      { kind: 'text', text: '甲乙丙丁', highlighted: true },
      { kind: 'note-ref', number: 2 },
    ]);
    expect(paragraphRuns('甲', [{ start: -5, end: Number.NaN, noteNumber: null }])).toEqual([
      { kind: 'text', text: '甲', highlighted: false },
    ]);
  });

  it('turns the store’s highlights into paragraph ranges, a highlight across paragraphs into pieces with the note on the last', async () => {
    const { library, issueId } = await libraryWithSample();
    const article = await library.getArticle(`${issueId}-1`);
    const [p0 = '', p1 = ''] = article.sections[0]?.paragraphs ?? [];
    const store = new AnnotationStore(library);
    // From the last 4 characters of paragraph 0 to the first 2 of paragraph 1 ("\n" between them).
    await store.highlight({ articleId: article.id, start: p0.length - 4, end: p0.length + 1 + 2, color: 'green', note: '跨段' });
    const found = await annotationsFromStore(store)([article]);
    const first = articleBlocks(article.sections).findIndex((b) => b.section === 0 && b.paragraph === 0);
    expect(found).toEqual({
      marks: [
        { articleId: article.id, block: first, start: p0.length - 4, end: p0.length, note: null },
        { articleId: article.id, block: first + 1, start: 0, end: 2, note: '跨段' },
      ],
      warnings: [],
    });
    const source = await loadPrintSource(library, { kind: 'article', articleId: article.id });
    const html = printNodeToHtml(
      buildPrintTree({ source, options: options({ annotations: true }), annotations: found.marks, pages: null }).root,
    );
    expect(html).toContain(`<mark class="pd-hl">${p0.slice(-4)}</mark></p>`);
    expect(html).toContain(`<mark class="pd-hl">${p1.slice(0, 2)}</mark><sup class="pd-noteref">[1]</sup>`);
    expect(html).toContain('跨段');
    await library.close();
  });

  it('leaves the contents page column empty until the pages are measured, then fills it, and keeps each title with its first paragraph', async () => {
    const { library, issueId } = await libraryWithSample();
    const source = await loadPrintSource(library, { kind: 'issue', issueId });
    const first = printNodeToHtml(buildPrintTree({ source, options: options(), annotations: [], pages: null }).root);
    expect([...first.matchAll(/<span class="pd-toc-page">(\d*)<\/span>/g)].map((m) => m[1])).toEqual(['', '', '', '', '', '']);
    const pages = new Map(source.groups[0]!.articles.map((article, i) => [article.id, i + 2]));
    const final = printNodeToHtml(buildPrintTree({ source, options: options(), annotations: [], pages }).root);
    expect([...final.matchAll(/<span class="pd-toc-page">(\d*)<\/span>/g)].map((m) => m[1])).toEqual(['2', '3', '4', '5', '6', '7']);
    expect(final).toMatch(/<div class="pd-head"><h2 class="pd-title">[^<]+<\/h2><p class="pd-p">/);
    await library.close();
  });

  it('writes header text into CSS as escapes only: no quote, backslash or </style> can break out', () => {
    const hostile = '"; } body { display:none } </style><script>alert(1)</script> \\';
    const literal = cssString(hostile);
    expect(literal).toMatch(/^"[\p{L}\p{N}\\ 0-9a-f]*"$/u);
    expect(literal).not.toMatch(/[<>;{}]/);
    expect(literal.slice(1, -1)).not.toContain('"');
    const css = printCss(options(), { groups: [{ pageName: 'pd-g0', header: hostile }], fallback: hostile });
    expect(css).not.toContain('</style>');
    const page = printHtmlPage({ title: hostile, root: { tag: 'div', children: [hostile] }, css });
    expect(page.match(/<script/g)).toBeNull();
    expect(page.match(/<\/style>/g)).toHaveLength(1);
  });

  it('sets A4 with the GB/T 9704 margins, A5 smaller, and — n — page numbers', () => {
    const a4 = printCss(options(), { groups: [], fallback: '' });
    expect(a4).toContain('size: A4;');
    expect(a4).toContain('margin: 37mm 26mm 35mm 28mm;');
    expect(a4).toContain('content: "— " counter(page) " —"');
    expect(a4).toMatch(/font-family: "仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong"/);
    expect(printCss(options({ paper: 'A5', fontSize: 12 }), { groups: [], fallback: '' })).toMatch(/size: A5;[\s\S]*--pd-size: 12pt/);
  });

  it('names the series and issue in the running header of each group', async () => {
    const { library, issueId } = await libraryWithSample();
    const source = await loadPrintSource(library, { kind: 'issue', issueId });
    expect(pageHeaders(source).groups).toEqual([{ pageName: 'pd-g0', header: '科技情报参考　2024 年第 3 期' }]);
    await library.close();
  });
});
