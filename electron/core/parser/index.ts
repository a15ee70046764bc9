import type { ParsedArticle, ParsedIssue, UnplacedLine } from '../../../shared/bulletin';
import { buildArticles } from './articles';
import { emptyClosing, findClosing } from './closing';
import type { ClosingBlock } from './closing';
import { textLineIndices } from './furniture';
import { splitLines } from './lines';
import { parseMasthead } from './masthead';
import type { Masthead } from './masthead';
import { COLUMN_HEADING } from './patterns';
import { findRegion } from './region';
import { EvidenceLog, RULES } from './rules';
import { locateLayoutTitles, locateTocTitles } from './titles';
import type { LocatedTitle, TitleSearch } from './titles';
import { findTocNear } from './toc';
import type { TocBlock } from './toc';
import { collectWarnings } from './warnings';

// Page-break joins are flagged one by one; a text hard-wrapped at every line would give
// thousands, and a person checks a few dozen at most.
const MAX_JOIN_EVIDENCE = 200;

/**
 * Reads one bulletin issue from its text: masthead, table of contents, articles and
 * closing block. Pure: the same text always gives the same result, and bad input gives
 * warnings, never an exception. No line is dropped: what no rule places is kept in
 * `unplaced`, and every field says which lines it came from and by which rule.
 */
export function parseBulletin(text: string): ParsedIssue {
  const lines = splitLines(text);
  const log = new EvidenceLog();
  const masthead = parseMasthead(lines, log);
  // Body lines are page furniture removed; `origin` maps each back to its source line.
  const origin = textLineIndices(lines.slice(masthead.end), masthead.series).map((i) => i + masthead.end);
  const body = origin.map((i) => lines[i] ?? '');
  const source = (indices: readonly number[]): number[] => indices.map((i) => origin[i] ?? -1).filter((i) => i >= 0);
  const range = (from: number, to: number): number[] => {
    const all: number[] = [];
    for (let i = from; i < to; i += 1) all.push(i);
    return all;
  };

  // A blank line or page furniture between two lines: a wrapped contents entry never has one.
  const toc = findTocNear(body, (i) => i > 0 && (origin[i] ?? 0) - (origin[i - 1] ?? 0) > 1);
  const start = toc?.end ?? 0;
  const closing = findClosing(body, start);
  const end = closing?.start ?? body.length;
  if (toc !== null) log.add('toc', source(range(toc.start, toc.end)), RULES.toc, true);

  let search: TitleSearch | null = null;
  let titles: LocatedTitle[] = [];
  if (toc !== null) {
    search = locateTocTitles(body, start, end, toc.entries);
    titles = search.titles;
  }
  // Without a TOC, or with one none of whose titles is printed in the body (so it cannot
  // guide the split), titles are found by layout; the unmatched entries are still reported.
  const byLayout = titles.length === 0;
  if (byLayout) titles = locateLayoutTitles(body, start, end);
  const joins: { article: number; before: number; after: number }[] = [];
  const found = buildArticles(body, titles, { start, end }, byLayout ? 'numbered' : 'any', (article, before, after) => {
    if (joins.length < MAX_JOIN_EVIDENCE) joins.push({ article, before, after });
  });

  // Contents entries whose article is not in the text stay, as articles without a body.
  const placed = placeArticles(found, titles, byLayout ? null : toc, search);
  placed.forEach(({ title, entry }, i) => {
    const entryLines = entry === null || toc === null ? [] : (toc.entries[entry]?.lines ?? []);
    if (title === null) {
      log.add(`articles.${i}.body`, source(entryLines), RULES.tocEntryNoBody, false);
      return;
    }
    const titleLines = range(title.line, title.line + title.lineCount);
    // A title found by layout is a guessed boundary: where the article starts.
    if (title.entry === null) log.add(`articles.${i}.start`, source(titleLines), title.rule, false);
    else log.add(`articles.${i}.title`, source([...entryLines, ...titleLines]), title.rule, title.rule !== RULES.tocFuzzyTitle);
  });
  const placedAt = new Map(placed.map((p, i) => [p.found, i]));
  for (const join of joins) {
    const at = placedAt.get(join.article) ?? -1;
    log.add(`articles.${at}.join`, source([join.before, join.after]), RULES.pageBreakJoin, false);
  }
  const articles = placed.map((p) => p.article);

  const firstTitle = titles[0]?.line ?? end;
  const notColumn = (i: number): boolean => !isColumnOnly(body[i] ?? '');
  const unrecognised = [...range(0, toc?.start ?? 0), ...range(start, firstTitle)].filter(notColumn);
  // Contents entries that guided nothing (their titles are not in the text) are kept as well.
  const unusedEntries = byLayout && toc !== null ? range(toc.start, toc.end) : [];
  const unplaced: UnplacedLine[] = source([...unusedEntries, ...unrecognised])
    .sort((a, b) => a - b)
    .map((line) => ({ line, text: lines[line] ?? '' }));

  const fields = resolveFields(masthead, closing, log, source);
  return {
    kind: 'bulletin',
    series: masthead.series,
    year: masthead.year,
    number: masthead.number,
    totalNumber: masthead.totalNumber,
    date: masthead.date,
    ...fields,
    articles,
    numberTo: masthead.numberTo,
    supplement: masthead.supplement,
    marks: masthead.marks,
    closing: closing?.closing ?? emptyClosing(),
    unplaced,
    evidence: log.entries,
    warnings: collectWarnings({
      masthead,
      tocEntryCount: toc?.entries.length ?? null,
      search,
      byLayout,
      articles: found,
      unplacedLines: unrecognised.map((i) => body[i] ?? ''),
    }),
  };
}

interface PlacedArticle {
  article: ParsedArticle;
  /** The located title, or null for a contents entry without a body. */
  title: LocatedTitle | null;
  entry: number | null;
  /** Index among the articles found in the text, or -1. */
  found: number;
}

/** The articles found in the text, and in contents order those listed without a body. */
function placeArticles(found: readonly ParsedArticle[], titles: readonly LocatedTitle[], toc: TocBlock | null, search: TitleSearch | null): PlacedArticle[] {
  const placed: PlacedArticle[] = found.map((article, i) => {
    const title = titles[i] ?? null;
    const entry = title?.entry ?? null;
    // The contents may name the column the body does not repeat.
    const column = article.column ?? (entry === null ? null : (toc?.entries[entry]?.column ?? null));
    return { article: { ...article, column }, title, entry, found: i };
  });
  if (toc === null || search === null) return placed;
  for (const gap of search.missing) {
    const entry = toc.entries[gap.entry];
    const article: ParsedArticle = {
      title: gap.title,
      page: gap.page,
      column: entry?.column ?? null,
      region: findRegion(gap.title),
      source: null,
      sections: [],
    };
    const at = placed.filter((p) => (p.entry ?? -1) < gap.entry).length;
    placed.splice(at, 0, { article, title: null, entry: gap.entry, found: -1 });
  }
  return placed;
}

/** Publisher, editor, reviewer and phone: the masthead first, then the closing block. */
function resolveFields(
  masthead: Masthead,
  closing: ClosingBlock | null,
  log: EvidenceLog,
  source: (indices: readonly number[]) => number[],
): Pick<ParsedIssue, 'publisher' | 'editor' | 'reviewer' | 'phone'> {
  const fromMasthead = {
    publisher: masthead.publisher ?? masthead.colophon.publisher,
    editor: masthead.colophon.editor,
    reviewer: masthead.colophon.reviewer,
    phone: masthead.colophon.phone,
  };
  for (const e of closing?.evidence ?? []) {
    const field = e.field as keyof typeof fromMasthead;
    // A field the masthead gave is not taken from the closing block.
    if (field in fromMasthead && fromMasthead[field] !== null) continue;
    log.add(e.field, source([e.line]), e.rule, true);
  }
  const fields = {
    publisher: fromMasthead.publisher ?? closing?.fields.publisher ?? null,
    editor: fromMasthead.editor ?? closing?.fields.editor ?? null,
    reviewer: fromMasthead.reviewer ?? closing?.fields.reviewer ?? null,
    phone: fromMasthead.phone ?? closing?.fields.phone ?? null,
  };
  if (fields.publisher === null && closing?.closing.printedBy != null) {
    // Who printed the issue most often edited it too, but not always: a guess to check.
    fields.publisher = closing.closing.printedBy;
    const line = closing.evidence.find((e) => e.field === 'closing.printedBy')?.line;
    log.add('publisher', source(line === undefined ? [] : [line]), RULES.publisherFromPrinting, false);
  }
  return fields;
}

function isColumnOnly(line: string): boolean {
  const match = COLUMN_HEADING.exec(line);
  return match !== null && match[0].length === line.length;
}
