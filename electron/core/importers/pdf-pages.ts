import type { ParsedIssue } from '../../../shared/bulletin';

/**
 * Page numbers from the PDF itself, for articles whose page the table of contents did not give.
 * An article starts on the page holding its title line in the body: the first line after the
 * previous article's title that reads exactly as the title (table-of-contents lines carry a
 * bullet or a page number too, so they do not match).
 */
export function pagesFromPdf(parsed: ParsedIssue, text: string, pageStarts: readonly number[]): ParsedIssue {
  let from = 0;
  const articles = parsed.articles.map((article) => {
    const at = findTitleLine(text, article.title, from);
    if (at < 0) return article;
    from = at + article.title.length;
    return article.page === null ? { ...article, page: pageAt(pageStarts, at) } : article;
  });
  return { ...parsed, articles };
}

function findTitleLine(text: string, title: string, from: number): number {
  const wanted = title.replace(/\s+/g, '');
  let lineStart = from === 0 ? 0 : text.lastIndexOf('\n', from) + 1;
  while (lineStart < text.length) {
    const end = text.indexOf('\n', lineStart);
    const lineEnd = end < 0 ? text.length : end;
    if (text.slice(lineStart, lineEnd).replace(/\s+/g, '') === wanted) return lineStart;
    lineStart = lineEnd + 1;
  }
  return -1;
}

/** 1-based page of a text offset. */
function pageAt(pageStarts: readonly number[], offset: number): number {
  let page = 0;
  while (page + 1 < pageStarts.length && pageStarts[page + 1]! <= offset) page++;
  return page + 1;
}
