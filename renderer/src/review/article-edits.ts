import type { ParsedArticle, ParsedSection } from '../../../shared/bulletin';

/**
 * Corrections to the articles of a parse on the review screen: rename, merge into the previous
 * one, split at a paragraph. Pure functions on immutable lists, so undo is keeping the old list.
 */
export type Articles = readonly ParsedArticle[];

/** A paragraph of an article, by its place in the article's sections. */
export interface ParagraphRef {
  section: number;
  paragraph: number;
}

export interface ParagraphEntry extends ParagraphRef {
  text: string;
  /** The heading of the section this paragraph opens, if any. */
  heading: string | null;
}

export function renameArticle(articles: Articles, index: number, title: string): Articles {
  return articles.map((article, i) => (i === index ? { ...article, title } : article));
}

/**
 * The article at `index` joins the one before it. Its title was most likely a sub-heading the
 * parser took for a title, so it becomes the heading of the text it brings along.
 */
export function mergeIntoPrevious(articles: Articles, index: number): Articles {
  const previous = articles[index - 1];
  const current = articles[index];
  if (index < 1 || !previous || !current) return articles;
  const [first, ...rest] = current.sections;
  const title = current.title.trim();
  const brought: ParsedSection[] =
    first && first.heading === null
      ? [{ heading: title || null, paragraphs: first.paragraphs }, ...rest]
      : [{ heading: title || null, paragraphs: [] }, ...current.sections];
  const merged: ParsedArticle = {
    ...previous,
    source: previous.source ?? current.source,
    sections: [...previous.sections, ...brought].filter((section) => section.heading !== null || section.paragraphs.length > 0),
  };
  return [...articles.slice(0, index - 1), merged, ...articles.slice(index + 1)];
}

/** Every paragraph of an article in reading order, with the heading that precedes it. */
export function paragraphsOf(article: ParsedArticle): ParagraphEntry[] {
  return article.sections.flatMap((section, s) =>
    section.paragraphs.map((text, p) => ({ section: s, paragraph: p, text, heading: p === 0 ? section.heading : null })),
  );
}

/** A paragraph can start a new article unless it is the article's first: that would leave it empty. */
export function canSplitAt(article: ParsedArticle, at: ParagraphRef): boolean {
  const all = paragraphsOf(article);
  const position = all.findIndex((entry) => entry.section === at.section && entry.paragraph === at.paragraph);
  return position > 0;
}

/** A title to offer for a split: the heading above the paragraph, or the paragraph itself when it is short. */
export function suggestedTitle(entry: ParagraphEntry): string {
  if (entry.heading) return entry.heading;
  return entry.text.trim().length <= 40 ? entry.text.trim() : '';
}

/**
 * A new article, titled `title`, starting at the paragraph `at`, taking everything after it.
 * The heading or paragraph that the title was taken from is not repeated in its text.
 */
export function splitArticle(articles: Articles, index: number, at: ParagraphRef, title: string): Articles {
  const article = articles[index];
  if (!article || !canSplitAt(article, at)) return articles;
  const cut = article.sections[at.section];
  if (!cut) return articles;
  const newTitle = title.trim();
  const before: ParsedSection[] = [...article.sections.slice(0, at.section)];
  if (at.paragraph > 0) before.push({ heading: cut.heading, paragraphs: cut.paragraphs.slice(0, at.paragraph) });
  let opening: ParsedSection = { heading: at.paragraph === 0 ? cut.heading : null, paragraphs: cut.paragraphs.slice(at.paragraph) };
  if (opening.heading !== null && opening.heading.trim() === newTitle) opening = { ...opening, heading: null };
  else if (opening.heading === null && opening.paragraphs[0]?.trim() === newTitle) opening = { ...opening, paragraphs: opening.paragraphs.slice(1) };
  const after = [opening, ...article.sections.slice(at.section + 1)].filter((section) => section.heading !== null || section.paragraphs.length > 0);
  const first: ParsedArticle = { ...article, sections: before };
  const second: ParsedArticle = { title: newTitle, page: article.page, column: article.column, region: null, source: null, sections: after };
  return [...articles.slice(0, index), first, second, ...articles.slice(index + 1)];
}

export function paragraphCount(article: ParsedArticle): number {
  return article.sections.reduce((sum, section) => sum + section.paragraphs.length, 0);
}
