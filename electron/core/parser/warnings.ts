import type { ParsedArticle } from '../../../shared/bulletin';
import type { Masthead } from './masthead';
import type { TitleSearch } from './titles';

/** Things a cataloguer should check by eye, in the order they appear in the issue. */
export function collectWarnings(input: {
  masthead: Masthead;
  tocEntryCount: number | null;
  search: TitleSearch | null;
  articles: readonly ParsedArticle[];
  unplacedLines: readonly string[];
}): string[] {
  const { masthead, tocEntryCount, search, articles, unplacedLines } = input;
  const warnings: string[] = [];
  if (masthead.series === '') warnings.push('No series title was found in the masthead; enter the series by hand.');
  if (masthead.year === null) warnings.push('No year was found (neither “YYYY 年第 N 期” nor a date line); enter the year by hand.');
  if (masthead.number === null) warnings.push('No issue number (第 N 期) was found; enter the number by hand.');
  if (tocEntryCount === null)
    warnings.push('No table of contents was found; articles were split by layout (short title lines). Check the article titles.');
  for (const entry of search?.missing ?? []) {
    const page = entry.page === null ? '' : ` (page ${entry.page})`;
    warnings.push(`Table of contents entry “${entry.title}”${page} has no matching title in the text.`);
  }
  if (tocEntryCount !== null && tocEntryCount !== articles.length) {
    warnings.push(`The table of contents lists ${tocEntryCount} articles but ${articles.length} were found in the text.`);
  }
  if (articles.length === 0) warnings.push('No articles were found in the text.');
  const pages = articles.map((a) => a.page).filter((p): p is number => p !== null);
  if (pages.some((page, i) => i > 0 && page < (pages[i - 1] ?? 0)))
    warnings.push('Page numbers in the table of contents do not rise in order.');
  for (const article of articles) {
    if (article.sections.every((s) => s.paragraphs.length === 0)) warnings.push(`Article “${article.title}” has no text.`);
  }
  if (unplacedLines.length > 0) {
    const preview = unplacedLines.slice(0, 3).join(' / ');
    warnings.push(`${unplacedLines.length} line(s) before the first article were not recognised and were left out: ${preview}`);
  }
  return warnings;
}
