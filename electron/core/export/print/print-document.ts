import type { PrintDocumentView, PrintOptions } from '../../../../shared/contract/export';
import { issueNumberLabel } from '../../../../shared/format';
import type { PdfEngine } from '../pdf/pdf-engine';
import { readTitlePages } from '../pdf/title-pages';
import { documentCharacters, documentFontFaces } from './document-fonts';
import type { MeasuredPages } from './measured-pages';
import type { PrintAnnotations } from './print-annotations';
import { printCss } from './print-css';
import type { PageHeaders } from './print-css';
import { printHtmlPage } from './print-html';
import type { PrintSource } from './print-source';
import { buildPrintTree, groupPageName } from './print-tree';

/**
 * A print document with the contents showing the pages it actually prints at. Chromium prints
 * the document with the page column empty, and the PDF's outline (one entry per heading, with its
 * page) says where each title landed; the contents are then filled with those numbers. The
 * page-number column has a fixed width, so filling it moves nothing. Pages measured once are
 * kept by the document's content (MeasuredPages): the print view and then its export, or a
 * second export of the same document, print only once.
 */
export interface LaidOutDocument {
  view: PrintDocumentView;
  /** The final PDF, when an engine made one. */
  pdf: Uint8Array | null;
  /** The bundled faces cut to this document's characters, for printHtmlPage. */
  fontFaces: string;
}

export async function layOutPrintDocument(
  source: PrintSource,
  options: PrintOptions,
  annotations: PrintAnnotations,
  engine: PdfEngine | null,
  want: { pdf: boolean },
  measured?: MeasuredPages,
): Promise<LaidOutDocument> {
  const css = printCss(options, pageHeaders(source));
  const needsPages = source.groups.some((g) => g.wholeIssue) || source.kind === 'articles';
  const first = buildPrintTree({ source, options, annotations: annotations.marks, pages: null });
  // One subset for the measuring print and the final one: they differ only in page-number digits,
  // which every subset keeps.
  const fontFaces = await documentFontFaces(documentCharacters(first.root, css));
  if (!engine) {
    return { view: { title: source.title, root: first.root, css, pagesKnown: !needsPages, notice: null, warnings: [...annotations.warnings] }, pdf: null, fontFaces };
  }
  let pages: ReadonlyMap<string, number> | null = null;
  if (needsPages) {
    const firstHtml = printHtmlPage({ title: source.title, root: first.root, css }, fontFaces);
    pages = measured?.get(firstHtml) ?? null;
    if (!pages) {
      const titles = source.groups.flatMap((group) => group.articles.map((article) => ({ id: article.id, title: article.title })));
      const found = await readTitlePages(await engine.pdf(firstHtml), titles);
      measured?.set(firstHtml, found);
      pages = found;
    }
  }
  const { root } = buildPrintTree({ source, options, annotations: annotations.marks, pages });
  const view: PrintDocumentView = { title: source.title, root, css, pagesKnown: true, notice: null, warnings: [...annotations.warnings] };
  const pdf = want.pdf ? await engine.pdf(printHtmlPage(view, fontFaces)) : null;
  return { view, pdf, fontFaces };
}

export function pageHeaders(source: PrintSource): PageHeaders {
  return {
    groups: source.groups.map((group, index) => ({
      pageName: groupPageName(index),
      header: `${group.issue.series}　${issueNumberLabel(group.issue, 'zh')}`,
    })),
    fallback: source.title,
  };
}
