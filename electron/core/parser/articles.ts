import type { ParsedArticle } from '../../../shared/bulletin';
import { COLUMN_HEADING, SOURCE_LINE, TRAILING_SOURCE, sourceName } from './patterns';
import { findRegion } from './region';
import { buildSections } from './sections';
import type { HeadingMode } from './sections';
import type { LocatedTitle } from './titles';

// A source line names a paper or an agency; anything longer is running text.
const MAX_SOURCE_LINE_LENGTH = 60;
const MAX_TRAILING_SOURCE_LENGTH = 100;

/**
 * Cuts the body into articles at their titles. `【栏目】` lines set the column for the
 * articles after them; `（来源：…）` lines give an article's source and are not text.
 */
export function buildArticles(
  lines: readonly string[],
  titles: readonly LocatedTitle[],
  range: { start: number; end: number },
  mode: HeadingMode,
  /** Told of each page-break join: the article and the two body lines joined. */
  onJoin?: (article: number, before: number, after: number) => void,
): ParsedArticle[] {
  const { start, end } = range;
  const articles: ParsedArticle[] = [];
  let column: string | null = columnBefore(lines, start, titles[0]?.line ?? start);
  titles.forEach((title, i) => {
    const bodyStart = title.line + title.lineCount;
    const bodyEnd = titles[i + 1]?.line ?? end;
    if (title.column !== null) column = title.column;
    const articleColumn = column;
    let source: string | null = null;
    const text: string[] = [];
    // The body line each text line came from, to say where a join was made.
    const from: number[] = [];
    for (let index = bodyStart; index < bodyEnd; index += 1) {
      const line = lines[index] ?? '';
      const columnOnly = columnHeadingOnly(line);
      if (columnOnly !== null) {
        // Printed before the next title, so it belongs to the articles that follow.
        column = columnOnly;
        continue;
      }
      const sourceLine = line.length <= MAX_SOURCE_LINE_LENGTH ? SOURCE_LINE.exec(line) : null;
      if (sourceLine !== null) {
        source ??= sourceName(sourceLine[1] ?? sourceLine[2] ?? sourceLine[3] ?? '');
        continue;
      }
      const trailing = trailingSource(line);
      if (trailing !== null) {
        source ??= trailing.source;
        const rest = line.slice(0, trailing.index).trim();
        if (rest !== '') {
          text.push(rest);
          from.push(index);
        }
        continue;
      }
      text.push(line);
      from.push(index);
    }
    articles.push({
      title: title.title,
      page: title.page,
      column: articleColumn,
      region: findRegion(title.title),
      source,
      sections: buildSections(text, mode, (before, after) => onJoin?.(i, from[before] ?? -1, from[after] ?? -1)),
    });
  });
  return articles;
}

/**
 * `…享受优先支持。（来源：科技日报）`: the source printed at the end of a paragraph. Only
 * the text from the last opening bracket is matched, so a long paragraph is read once.
 */
function trailingSource(line: string): { source: string; index: number } | null {
  const open = Math.max(line.lastIndexOf('（'), line.lastIndexOf('('));
  if (open < 0 || line.length - open > MAX_TRAILING_SOURCE_LENGTH) return null;
  const match = TRAILING_SOURCE.exec(line.slice(open));
  if (match === null) return null;
  return { source: sourceName(match[1] ?? ''), index: open };
}

function columnHeadingOnly(line: string): string | null {
  const match = COLUMN_HEADING.exec(line);
  return match !== null && match[0].length === line.length ? (match[1] ?? null) : null;
}

/** The last `【栏目】` line before the first title (between the TOC and the body). */
function columnBefore(lines: readonly string[], start: number, firstTitle: number): string | null {
  for (let i = firstTitle - 1; i >= start; i -= 1) {
    const column = columnHeadingOnly(lines[i] ?? '');
    if (column !== null) return column;
  }
  return null;
}
