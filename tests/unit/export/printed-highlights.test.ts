import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleText } from '../../../shared/article-text';
import { AnnotationStore } from '../../../electron/core/annotations';
import { ChromiumPdfEngine } from '../../../electron/core/export';
import type { PdfEngine } from '../../../electron/core/export';
import { annotationsFromStore } from '../../../electron/core/export/print/annotations-adapter';
import { openLibrary, restoreIssueFromJson } from '../../../electron/core/library';
import type { Library } from '../../../electron/core/library';
import { handmadeIssueExport } from '../../helpers/handmade-issue';
import { tempDir } from '../../helpers/temp-library';
import { exportOne, options, pdfPages, servicesWith } from './helpers';

/** One browser for the whole file. */
let chromium: ChromiumPdfEngine;
beforeAll(() => {
  chromium = new ChromiumPdfEngine();
});
afterAll(async () => {
  await chromium.close();
});

/** The engine the export uses, keeping every HTML page it was asked to print. */
function recording(): PdfEngine & { pages: string[] } {
  const pages: string[] = [];
  return { pages, pdf: async (html) => (pages.push(html), chromium.pdf(html)), close: async () => undefined };
}

const LEAD = '导语：本期聚焦稀土产业。';
const FIRST = '全区科技投入持续增长，稀土永磁产业链加快延伸，平台先行';
const SECOND = '科技特派员深入一线，服务企业两百余家。';

async function annotatedLibrary(): Promise<{ library: Library; articleId: string }> {
  const library = await openLibrary(tempDir(), { create: true });
  const { issue, json } = handmadeIssueExport(['内蒙古：稀土产业调研'], () => [
    { heading: null, paragraphs: [LEAD] },
    { heading: '科技投入再加大 支持力度前所未有', paragraphs: [FIRST, SECOND] },
  ]);
  await restoreIssueFromJson(library, json);
  const articleId = `${issue.id}-1`;
  const text = articleText((await library.getArticle(articleId)).sections);
  const store = new AnnotationStore(library);
  const at = (quote: string): number => text.indexOf(quote);
  // In a heading, with a note: the old print adapter counted paragraphs only and dropped it.
  await store.highlight({ articleId, start: at('科技投入'), end: at('科技投入') + 4, color: 'yellow', note: '标题批注' });
  // Across two paragraphs, with a note on its last piece.
  await store.highlight({ articleId, start: at('平台先行'), end: at('科技特派员') + 5, color: 'green', note: '跨段批注' });
  // A bare highlight.
  await store.highlight({ articleId, start: at('稀土永磁'), end: at('稀土永磁') + 4, color: 'blue', note: null });
  return { library, articleId };
}

const compact = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '');

/** Pixels of the highlight shading (#e6e6e6) on the PDF's first page, as pdftoppm draws it. */
function shadedPixels(bytes: Uint8Array): number {
  const dir = tempDir();
  const file = path.join(dir, 'page.pdf');
  writeFileSync(file, bytes);
  const ppm = execFileSync('pdftoppm', ['-r', '50', '-f', '1', '-l', '1', file]);
  // P6 header: magic, width, height, maxval, each followed by one whitespace byte.
  let offset = 0;
  for (let fields = 0; fields < 4; offset++) if (/\s/.test(String.fromCharCode(ppm[offset] ?? 0))) fields++;
  let count = 0;
  for (let i = offset; i + 2 < ppm.length; i += 3) if (ppm[i] === 0xe6 && ppm[i + 1] === 0xe6 && ppm[i + 2] === 0xe6) count++;
  return count;
}

describe('an annotated article printed to PDF (export --format pdf --annotations)', () => {
  it('draws every highlight, in headings and across paragraphs, and prints every note as an endnote', async () => {
    const { library, articleId } = await annotatedLibrary();
    const engine = recording();
    const file = await exportOne(
      library,
      { target: { kind: 'article', articleId }, format: 'pdf', options: options({ annotations: true }) },
      servicesWith(library, engine),
    );
    expect(file.warnings).toEqual([]);

    // The page Chromium printed marks each highlighted piece, the note references after their ranges.
    const html = engine.pages.at(-1) ?? '';
    expect(html).toContain('<mark class="pd-hl">科技投入</mark><sup class="pd-noteref">[1]</sup>再加大');
    expect(html).toContain('<mark class="pd-hl">稀土永磁</mark>');
    expect(html).toContain('<mark class="pd-hl">平台先行</mark></p>');
    expect(html).toContain('<mark class="pd-hl">科技特派员</mark><sup class="pd-noteref">[2]</sup>');
    expect(html.match(/<mark class="pd-hl">/g)).toHaveLength(4);

    // The PDF a person reads: the text, and the endnotes with their quotes.
    const text = compact(pdfPages(file.bytes).join('\n'));
    expect(text).toContain(compact('科技投入[1]再加大 支持力度前所未有'));
    expect(text).toContain(compact('平台先行科技特派员[2]深入一线'));
    expect(text).toContain('批注');
    expect(text).toContain(compact('[1]《内蒙古：稀土产业调研》“科技投入”标题批注'));
    expect(text).toContain(compact('[2]《内蒙古：稀土产业调研》“科技特派员”跨段批注'));

    // Highlights are drawn with their shading; the same article printed without them has none.
    const plain = await exportOne(library, { target: { kind: 'article', articleId }, format: 'pdf' }, servicesWith(library, engine));
    expect(shadedPixels(file.bytes)).toBeGreaterThan(shadedPixels(plain.bytes) + 200);
    await library.close();
  });

  it('reports a highlight the article text cannot hold, and prints its quote after the title instead of dropping it', async () => {
    const { library, articleId } = await annotatedLibrary();
    const article = await library.getArticle(articleId);
    const real = new AnnotationStore(library);
    const found = await real.forArticle(articleId);
    // A store that disagrees with the text it is given (an anchor past the article's end).
    const beyond = found.highlights.map((h, i) =>
      i === 0 ? { ...h, quote: '已删去的一句', anchor: { status: 'anchored' as const, start: 10_000, end: 10_006 } } : h,
    );
    const printed = await annotationsFromStore({ forArticle: async () => ({ ...found, highlights: beyond }) })([article]);
    expect(printed.warnings).toEqual([{ code: 'highlight-not-placed', articleId, title: article.title, quote: '已删去的一句' }]);
    expect(printed.marks).toContainEqual({ articleId, block: null, start: 0, end: 0, note: '“已删去的一句” 标题批注' });
    // The others still print where they belong.
    expect(printed.marks.filter((m) => m.block !== null)).toHaveLength(3);
    await library.close();
  });
});
