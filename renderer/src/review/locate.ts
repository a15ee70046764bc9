import type { ParsedArticle } from '../../../shared/bulletin';

/**
 * Where each article starts in the source text, as a line number, for the review screen's
 * "show in the source". Titles also appear in the table of contents, so each title is looked
 * for just before its first paragraph (paragraphs appear once), and articles are found in order.
 * Spaces are ignored on both sides: extraction adds them between CJK and digits, and breaks lines.
 */
export function sourceLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

const TITLE_KEY = 12;
const PARAGRAPH_KEY = 16;

export function locateArticles(lines: readonly string[], articles: readonly ParsedArticle[]): (number | null)[] {
  const { flat, lineAt } = flatten(lines);
  let cursor = 0;
  return articles.map((article) => {
    const titleKey = squash(article.title).slice(0, TITLE_KEY);
    const firstParagraph = article.sections.flatMap((section) => section.paragraphs).find((p) => squash(p) !== '') ?? '';
    const paragraphKey = squash(firstParagraph).slice(0, PARAGRAPH_KEY);
    const paragraphAt = paragraphKey === '' ? -1 : flat.indexOf(paragraphKey, cursor);
    let titleAt = -1;
    if (titleKey !== '') {
      if (paragraphAt >= 0) {
        const candidate = flat.lastIndexOf(titleKey, paragraphAt);
        if (candidate >= cursor) titleAt = candidate;
      } else {
        titleAt = flat.indexOf(titleKey, cursor);
      }
    }
    const at = titleAt >= 0 ? titleAt : paragraphAt;
    if (at < 0) return null;
    cursor = Math.max(at + 1, paragraphAt >= 0 ? paragraphAt + 1 : 0);
    return lineAt[at] ?? null;
  });
}

function flatten(lines: readonly string[]): { flat: string; lineAt: number[] } {
  let flat = '';
  const lineAt: number[] = [];
  lines.forEach((line, index) => {
    const squashed = squash(line);
    flat += squashed;
    for (let i = 0; i < squashed.length; i += 1) lineAt.push(index);
  });
  return { flat, lineAt };
}

function squash(text: string): string {
  return text.replace(/\s+/g, '');
}
