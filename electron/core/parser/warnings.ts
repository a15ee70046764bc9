import type { ParsedArticle } from '../../../shared/bulletin';
import type { ArchiveMessage } from '../../../shared/messages';
import type { Masthead } from './masthead';
import type { TitleSearch } from './titles';

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
}): ArchiveMessage[] {
  // Codes, not prose: the review screen and the command line say them in the reader's language.
  const { masthead, tocEntryCount, search, byLayout, articles, unplacedLines } = input;
  const warnings: ArchiveMessage[] = [];
  if (masthead.series === '') warnings.push({ code: 'no-series' });
  if (masthead.year === null) warnings.push({ code: 'no-year' });
  if (masthead.number === null) warnings.push({ code: 'no-number' });
  if (tocEntryCount === null) warnings.push({ code: 'toc-missing' });
  else if (byLayout && articles.length > 0) warnings.push({ code: 'toc-titles-not-in-text' });
  const missing = search?.missing ?? [];
  for (const entry of missing.slice(0, MAX_REPEATED)) warnings.push({ code: 'toc-entry-unmatched', title: entry.title, page: entry.page });
  if (missing.length > MAX_REPEATED) warnings.push({ code: 'toc-entries-unmatched-more', count: missing.length - MAX_REPEATED });
  if (tocEntryCount !== null && tocEntryCount !== articles.length) {
    warnings.push({ code: 'toc-count-mismatch', listed: tocEntryCount, found: articles.length });
  }
  if (articles.length === 0) warnings.push({ code: 'no-articles' });
  const pages = articles.map((a) => a.page).filter((p): p is number => p !== null);
  if (pages.some((page, i) => i > 0 && page < (pages[i - 1] ?? 0))) warnings.push({ code: 'pages-out-of-order' });
  const empty = articles.filter((article) => article.sections.every((s) => s.paragraphs.length === 0));
  for (const article of empty.slice(0, MAX_REPEATED)) warnings.push({ code: 'article-empty', title: article.title });
  if (empty.length > MAX_REPEATED) warnings.push({ code: 'articles-empty-more', count: empty.length - MAX_REPEATED });
  if (unplacedLines.length > 0) {
    const preview = unplacedLines
      .slice(0, 3)
      .map((line) => (line.length > MAX_PREVIEW ? `${line.slice(0, MAX_PREVIEW)}…` : line))
      .join(' / ');
    warnings.push({ code: 'unrecognised-lines', count: unplacedLines.length, preview });
  }
  return warnings;
}
