import type { ParsedIssue } from '../../../shared/bulletin';
import { buildArticles } from './articles';
import { findColophonTail } from './colophon';
import { removePageFurniture } from './furniture';
import { splitLines } from './lines';
import { parseMasthead } from './masthead';
import { COLUMN_HEADING } from './patterns';
import { locateLayoutTitles, locateTocTitles } from './titles';
import type { LocatedTitle, TitleSearch } from './titles';
import { findToc } from './toc';
import { collectWarnings } from './warnings';

/**
 * Reads one bulletin issue from its text: masthead, table of contents, articles and
 * colophon. Pure: the same text always gives the same result, and bad input gives
 * warnings, never an exception.
 */
export function parseBulletin(text: string): ParsedIssue {
  const lines = splitLines(text);
  const masthead = parseMasthead(lines);
  const body = removePageFurniture(lines.slice(masthead.end), masthead.series);

  const toc = findToc(body, 0);
  const start = toc?.end ?? 0;
  const tail = findColophonTail(body, start);
  const end = tail?.start ?? body.length;

  let search: TitleSearch | null = null;
  let titles: LocatedTitle[];
  if (toc !== null) {
    search = locateTocTitles(body, start, end, toc.entries);
    titles = search.titles;
  } else {
    titles = [];
  }
  // Without a TOC, or with one none of whose titles is printed in the body (so it cannot
  // guide the split), titles are found by layout; the unmatched entries are still reported.
  const byLayout = titles.length === 0;
  if (byLayout) titles = locateLayoutTitles(body, start, end);
  const articles = buildArticles(body, titles, { start, end }, byLayout ? 'numbered' : 'any');

  const firstTitle = titles[0]?.line ?? end;
  const unplacedLines = body.slice(start, firstTitle).filter((line) => !COLUMN_HEADING.test(line));

  const colophon = masthead.colophon;
  const closing = tail?.fields;
  return {
    kind: 'bulletin',
    series: masthead.series,
    year: masthead.year,
    number: masthead.number,
    totalNumber: masthead.totalNumber,
    date: masthead.date,
    publisher: masthead.publisher ?? colophon.publisher ?? closing?.publisher ?? null,
    editor: colophon.editor ?? closing?.editor ?? null,
    reviewer: colophon.reviewer ?? closing?.reviewer ?? null,
    phone: colophon.phone ?? closing?.phone ?? null,
    articles,
    numberTo: null,
    supplement: false,
    // Filled by the layouts work of issue 13; empty until then.
    marks: { notices: [], security: null, permit: null },
    closing: { distribution: [], printedBy: null, printedOn: null, printRun: null },
    unplaced: [],
    evidence: [],
    warnings: collectWarnings({ masthead, tocEntryCount: toc?.entries.length ?? null, search, byLayout, articles, unplacedLines }),
  };
}
