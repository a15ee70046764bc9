import type { ParsedArticle } from '../../../shared/bulletin';

/**
 * A line corrected beside the scan goes into the article text it became (issue 16): the parser
 * joined OCR's lines into titles and paragraphs, so the line is looked for there. The whole line
 * first; when it was cut across a paragraph join, the changed characters with what stands around
 * them, shortened until it is found once. Null when it cannot be placed (the person edits the article).
 */
export function correctLineInArticles(articles: readonly ParsedArticle[], before: string, after: string): ParsedArticle[] | null {
  if (before === after) return [...articles];
  for (const [find, put] of candidates(before, after)) {
    const placed = replaceFirst(articles, find, put);
    if (placed) return placed;
  }
  return null;
}

/** (what to find, what to put) pairs, most context first. */
function candidates(before: string, after: string): [string, string][] {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  const out: [string, string][] = [[before, after]];
  for (let context = 6; context >= 2; context--) {
    const from = Math.max(0, prefix - context);
    const to = Math.min(before.length, before.length - suffix + context);
    const find = before.slice(from, to);
    const put = before.slice(from, prefix) + after.slice(prefix, after.length - suffix) + before.slice(before.length - suffix, to);
    if (find.trim() !== '') out.push([find, put]);
  }
  return out;
}

function replaceFirst(articles: readonly ParsedArticle[], find: string, put: string): ParsedArticle[] | null {
  for (let a = 0; a < articles.length; a++) {
    const article = articles[a]!;
    const at = article.title.indexOf(find);
    if (at >= 0) return articles.map((x, i) => (i === a ? { ...x, title: splice(x.title, at, find, put) } : x));
    for (let s = 0; s < article.sections.length; s++) {
      const section = article.sections[s]!;
      if (section.heading !== null && section.heading.includes(find)) {
        return withSection(articles, a, s, { ...section, heading: splice(section.heading, section.heading.indexOf(find), find, put) });
      }
      for (let p = 0; p < section.paragraphs.length; p++) {
        const paragraph = section.paragraphs[p]!;
        const pat = paragraph.indexOf(find);
        if (pat < 0) continue;
        const paragraphs = section.paragraphs.map((text, i) => (i === p ? splice(text, pat, find, put) : text));
        return withSection(articles, a, s, { ...section, paragraphs });
      }
    }
  }
  return null;
}

function withSection(articles: readonly ParsedArticle[], a: number, s: number, section: ParsedArticle['sections'][number]): ParsedArticle[] {
  return articles.map((article, i) => (i === a ? { ...article, sections: article.sections.map((x, j) => (j === s ? section : x)) } : article));
}

function splice(text: string, at: number, find: string, put: string): string {
  return text.slice(0, at) + put + text.slice(at + find.length);
}
