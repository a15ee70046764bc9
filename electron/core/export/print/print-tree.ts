import { articleBlocks } from '../../../../shared/article-text';
import type { Article, Issue } from '../../../../shared/catalog';
import type { PrintElement, PrintNode, PrintOptions, PrintTag } from '../../../../shared/contract/export';
import { issueNumberLabel } from '../../../../shared/format';
import type { PrintAnnotation } from './print-annotations';
import { paragraphRuns } from './print-annotations';
import type { PrintGroup, PrintSource } from './print-source';
import { colophonLines } from '../../../../shared/masthead';

/**
 * The print document as a tree of plain nodes: masthead, contents, articles, colophon and
 * endnotes, in the spirit of GB/T 9704. The same tree is drawn by the renderer's print view
 * and serialised for HTML and PDF, so what is previewed is what prints.
 */
export interface PrintTreeInput {
  source: PrintSource;
  options: PrintOptions;
  annotations: readonly PrintAnnotation[];
  /** Article id → the page it starts on, once measured (from the PDF's outline); null before. */
  pages: ReadonlyMap<string, number> | null;
}

/** CSS page name of a group: the running header of its pages names its issue. */
export const groupPageName = (index: number): string => `pd-g${index}`;

export function buildPrintTree(input: PrintTreeInput): { root: PrintElement } {
  const { source, options } = input;
  const notes = new NoteNumbers(options.annotations ? input.annotations : []);
  const ctx: Ctx = { input, notes };
  const children: PrintNode[] = [];
  if (source.kind === 'articles') children.push(basketCover(ctx));
  source.groups.forEach((group, index) => children.push(groupSection(ctx, group, index)));
  const endnotes = notes.list();
  if (endnotes.length > 0) children.push(endnoteSection(endnotes));
  const root = el('div', `pd pd-${options.paper.toLowerCase()}`, children);
  root.lang = 'zh-CN';
  return { root };
}

interface Ctx {
  input: PrintTreeInput;
  notes: NoteNumbers;
}

function groupSection(ctx: Ctx, group: PrintGroup, index: number): PrintElement {
  const children: PrintNode[] = [];
  const articles: PrintNode[] = group.articles.map((article) => articleElement(ctx, article));
  // A whole issue opens with its masthead and contents; single articles and basket groups are
  // named by the running header of their pages.
  if (group.wholeIssue) children.push(el('section', 'pd-cover', [masthead(group.issue), toc(ctx, group.articles)]));
  const body = el('div', `pd-group ${groupPageName(index)}`, articles);
  children.push(body);
  if (group.wholeIssue) {
    const colophon = colophonOf(group.issue);
    if (colophon) body.children?.push(colophon);
  }
  return el('section', 'pd-issue', children);
}

function masthead(issue: Issue): PrintElement {
  const line = [issue.publisher ? `${issue.publisher}` : '', issue.date ? formatDate(issue.date) : ''];
  return el('header', 'pd-masthead', [
    el('h1', 'pd-series', [issue.series]),
    el('p', 'pd-number', [issueNumberLabel(issue, 'zh')]),
    el('div', 'pd-mastline', [el('span', 'pd-publisher', [line[0] ?? '']), el('span', 'pd-date', [line[1] ?? ''])]),
  ]);
}

function toc(ctx: Ctx, articles: readonly Article[], withIssue = false): PrintElement {
  return el('nav', 'pd-toc', [
    el('h2', 'pd-toc-title', ['目　录']),
    el(
      'ol',
      'pd-toc-list',
      articles.map((article) => {
        const page = ctx.input.pages?.get(article.id);
        const text: PrintNode[] = [];
        if (article.column) text.push(el('span', 'pd-toc-column', [`【${article.column}】`]));
        text.push(article.title);
        // The star is inside the text so that a wrapped title hangs under its first character.
        text.unshift(el('span', 'pd-toc-star', ['★ ']));
        return el('li', 'pd-toc-entry', [
          el('span', 'pd-toc-text', withIssue ? [...text, el('span', 'pd-toc-issue', [issueRef(ctx, article)])] : text),
          el('span', 'pd-toc-leader', []),
          el('span', 'pd-toc-page', [page === undefined ? '' : String(page)]),
        ]);
      }),
    ),
  ]);
}

function basketCover(ctx: Ctx): PrintElement {
  const all = ctx.input.source.groups.flatMap((g) => g.articles);
  return el('section', 'pd-cover pd-basket-cover', [
    el('header', 'pd-masthead', [el('h1', 'pd-series', [ctx.input.source.title]), el('p', 'pd-number', [`共 ${all.length} 篇`])]),
    toc(ctx, all, true),
  ]);
}

function issueRef(ctx: Ctx, article: Article): string {
  const issue = ctx.input.source.groups.find((g) => g.issue.id === article.issueId)?.issue;
  return issue ? `（${issue.series} ${issueNumberLabel(issue, 'zh')}）` : '';
}

function articleElement(ctx: Ctx, article: Article): PrintElement {
  const title = el('h2', 'pd-title', [article.title]);
  for (const range of ctx.notes.rangesFor(article, null, '')) {
    if (range.noteNumber !== null) title.children?.push(el('sup', 'pd-noteref', [`[${range.noteNumber}]`]));
  }
  // The column prints above the title, as bulletins set 【要闻】; the region is the archive's own metadata.
  const head: PrintNode[] = article.column ? [el('p', 'pd-facts', [`【${article.column}】`]), title] : [title];

  const blocks: PrintNode[] = articleBlocks(article.sections).map((block, index) =>
    block.kind === 'heading' ? marked(ctx, article, index, block.text, 'h3', 'pd-heading') : marked(ctx, article, index, block.text, 'p', 'pd-p'),
  );
  // The title never stands alone at the foot of a page: it is kept with what follows it.
  const firstParagraph = blocks.findIndex((b) => typeof b !== 'string' && b.tag === 'p');
  const kept = blocks.splice(0, firstParagraph < 0 ? blocks.length : firstParagraph + 1);
  const children: PrintNode[] = [el('div', 'pd-head', [...head, ...kept]), ...blocks];
  if (article.source) children.push(el('p', 'pd-source', [`（来源：${article.source}）`]));
  const node = el('article', 'pd-article', children);
  node.id = `pd-${article.id}`;
  return node;
}

/** One block (heading or paragraph) with its highlights and note references. */
function marked(ctx: Ctx, article: Article, block: number, text: string, tag: 'h3' | 'p', cls: string): PrintElement {
  const ranges = ctx.notes.rangesFor(article, block, text);
  if (ranges.length === 0) return el(tag, cls, [text]);
  const runs = paragraphRuns(text, ranges).map((run): PrintNode => {
    if (run.kind === 'note-ref') return el('sup', 'pd-noteref', [`[${run.number}]`]);
    return run.highlighted ? el('mark', 'pd-hl', [run.text]) : run.text;
  });
  return el(tag, cls, runs);
}

function colophonOf(issue: Issue): PrintElement | null {
  const parts = colophonLines(issue);
  if (parts.length === 0) return null;
  return el(
    'footer',
    'pd-colophon',
    parts.map((part) => el('span', 'pd-colophon-item', [part])),
  );
}

function endnoteSection(notes: readonly { number: number; title: string; quote: string; note: string }[]): PrintElement {
  return el('section', 'pd-endnotes', [
    el('h2', 'pd-endnotes-title', ['批　注']),
    el(
      'ol',
      'pd-endnote-list',
      notes.map((n) =>
        el('li', 'pd-endnote', [
          el('span', 'pd-endnote-number', [`[${n.number}]`]),
          el('span', 'pd-endnote-where', [`《${n.title}》${n.quote ? `“${n.quote}”` : ''}`]),
          el('span', 'pd-endnote-text', [n.note]),
        ]),
      ),
    ),
  ]);
}

/** Notes are numbered in the order they are printed, across the whole document. */
class NoteNumbers {
  private readonly numbered: { number: number; title: string; quote: string; note: string }[] = [];
  constructor(private readonly annotations: readonly PrintAnnotation[]) {}

  rangesFor(
    article: Article,
    block: number | null,
    text: string,
  ): { start: number; end: number; noteNumber: number | null }[] {
    return this.annotations
      .filter((a) => a.articleId === article.id && a.block === block)
      .sort((a, b) => a.end - b.end || a.start - b.start)
      .map((a) => {
        if (a.note === null || a.note.trim() === '') return { start: a.start, end: a.end, noteNumber: null };
        const number = this.numbered.length + 1;
        this.numbered.push({ number, title: article.title, quote: shorten(text.slice(a.start, a.end)), note: a.note.trim() });
        return { start: a.start, end: a.end, noteNumber: number };
      });
  }

  list(): readonly { number: number; title: string; quote: string; note: string }[] {
    return this.numbered;
  }
}

function shorten(quote: string): string {
  const chars = [...quote.trim()];
  return chars.length > 24 ? `${chars.slice(0, 24).join('')}…` : chars.join('');
}

function el(tag: PrintTag, cls: string, children: PrintNode[]): PrintElement {
  return { tag, cls, children };
}

/** 2024-06-18 → 2024 年 6 月 18 日, as a bulletin prints its date. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  return `${match[1]} 年 ${Number(match[2])} 月 ${Number(match[3])} 日`;
}
