import type { ParsedArticle } from '../../../shared/bulletin';
import type { Masthead } from './masthead';
import type { TitleSearch } from './titles';

// Chinese first: the cataloguer fixing the masthead reads Chinese; the English follows for
// everyone else. Each says what is missing and what to do.
export const NO_SERIES =
  '未找到刊名（系列名称）：报头中没有可识别的内刊名称（如“科技情报参考”），请手工填写刊名。 / No series title found: the masthead names no bulletin series; enter the series title by hand.';
export const NO_YEAR =
  '未找到年份：报头中既没有“YYYY 年第 N 期”，也没有日期行，请手工填写年份。 / No year found (neither “YYYY 年第 N 期” nor a date line); enter the year by hand.';
export const NO_NUMBER = '未找到期号：报头中没有“第 N 期”，请手工填写期号。 / No issue number (第 N 期) found; enter the number by hand.';

// Beyond this, warnings of one kind are counted, not listed: a cataloguer reads a list of
// twenty, not of twenty thousand (text that is not a bulletin can produce that many).
const MAX_REPEATED = 20;
const MAX_PREVIEW = 40;

/** Things a cataloguer should check by eye, in the order they appear in the issue. */
export function collectWarnings(input: {
  masthead: Masthead;
  tocEntryCount: number | null;
  search: TitleSearch | null;
  /** Articles were split by layout (no TOC, or a TOC none of whose titles was found). */
  byLayout: boolean;
  articles: readonly ParsedArticle[];
  unplacedLines: readonly string[];
}): string[] {
  const { masthead, tocEntryCount, search, byLayout, articles, unplacedLines } = input;
  const warnings: string[] = [];
  if (masthead.series === '') warnings.push(NO_SERIES);
  if (masthead.year === null) warnings.push(NO_YEAR);
  if (masthead.number === null) warnings.push(NO_NUMBER);
  if (tocEntryCount === null)
    warnings.push('No table of contents was found; articles were split by layout (short title lines). Check the article titles.');
  else if (byLayout && articles.length > 0)
    warnings.push(
      'No title in the table of contents is printed in the text; articles were split by layout (short title lines). Check the article titles.',
    );
  const missing = search?.missing ?? [];
  for (const entry of missing.slice(0, MAX_REPEATED)) {
    const page = entry.page === null ? '' : ` (page ${entry.page})`;
    warnings.push(`Table of contents entry “${entry.title}”${page} has no matching title in the text.`);
  }
  if (missing.length > MAX_REPEATED)
    warnings.push(`${missing.length - MAX_REPEATED} more table of contents entries have no matching title in the text.`);
  if (tocEntryCount !== null && tocEntryCount !== articles.length) {
    warnings.push(`The table of contents lists ${tocEntryCount} articles but ${articles.length} were found in the text.`);
  }
  if (articles.length === 0) warnings.push('No articles were found in the text.');
  const pages = articles.map((a) => a.page).filter((p): p is number => p !== null);
  if (pages.some((page, i) => i > 0 && page < (pages[i - 1] ?? 0)))
    warnings.push('Page numbers in the table of contents do not rise in order.');
  const empty = articles.filter((article) => article.sections.every((s) => s.paragraphs.length === 0));
  for (const article of empty.slice(0, MAX_REPEATED)) warnings.push(`Article “${article.title}” has no text.`);
  if (empty.length > MAX_REPEATED) warnings.push(`${empty.length - MAX_REPEATED} more articles have no text.`);
  if (unplacedLines.length > 0) {
    const preview = unplacedLines
      .slice(0, 3)
      .map((line) => (line.length > MAX_PREVIEW ? `${line.slice(0, MAX_PREVIEW)}…` : line))
      .join(' / ');
    warnings.push(`${unplacedLines.length} line(s) before the first article were not recognised and were left out: ${preview}`);
  }
  return warnings;
}
