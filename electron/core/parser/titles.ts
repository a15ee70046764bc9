import { COLUMN_HEADING, ENUMERATION_START, NUMBERED_PREFIX, SOURCE_LINE, comparable, endsSentence, visibleLength } from './patterns';
import { isColophonFieldLine } from './colophon';
import { looksLikeTocEntry, stripTruncation } from './toc-entry';
import type { TocEntryText } from './toc-entry';

export interface LocatedTitle {
  /** First body line of the title. */
  line: number;
  /** How many body lines the title spans (a long title may wrap). */
  lineCount: number;
  /** As printed in the body, without a leading `【栏目】`. */
  title: string;
  /** `【要闻】标题` puts the column on the title line itself. */
  column: string | null;
  page: number | null;
}

export interface TitleSearch {
  titles: LocatedTitle[];
  /** TOC entries whose title was not found in the body, with the page they give. */
  missing: { title: string; page: number | null }[];
}

const MIN_PREFIX_LENGTH = 6;
const MAX_TITLE_LENGTH = 60;

interface Candidate {
  title: string;
  page: number | null;
}

/**
 * Finds each TOC entry's title in the body, in order. Titles are compared without
 * whitespace (the TOC and the body space digits differently); a truncated entry matches
 * the start of a title line; digits glued to an entry are split where the body agrees
 * and otherwise so that page numbers keep rising.
 */
export function locateTocTitles(lines: readonly string[], from: number, to: number, entries: readonly TocEntryText[]): TitleSearch {
  const body = new BodyLines(lines);
  const titles: LocatedTitle[] = [];
  const missing: TitleSearch['missing'] = [];
  let cursor = from;
  let lastPage = 0;
  for (const entry of entries) {
    const candidates: Candidate[] =
      entry.page !== null ? [{ title: entry.title, page: entry.page }] : [{ title: entry.title, page: null }, ...entry.gluedSplits];
    const found = findFirstMatch(body, cursor, to, candidates, lastPage);
    if (found === null) {
      const page = entry.page ?? pickRisingPage(entry.gluedSplits, lastPage);
      missing.push({ title: entry.page === null && page !== null ? titleForPage(entry, page) : entry.title, page });
      if (page !== null) lastPage = page;
      continue;
    }
    titles.push(found);
    cursor = found.line + found.lineCount;
    if (found.page !== null) lastPage = found.page;
  }
  return { titles, missing };
}

// No title is this long, even letter-spaced; longer lines are never compared.
const MAX_COMPARED_LINE_LENGTH = 1000;

interface BodyLine {
  /** The line without a leading `【栏目】`. */
  text: string;
  column: string | null;
  /** `text` in comparable form; '' for lines too long to be a title. */
  key: string;
}

/**
 * The body's lines, each split from its column mark and put in comparable form once:
 * every TOC entry is looked for from the previous title on, so a line is compared many
 * times.
 */
class BodyLines {
  private readonly cache: (BodyLine | undefined)[] = [];

  constructor(readonly lines: readonly string[]) {}

  at(index: number): BodyLine {
    let line = this.cache[index];
    if (line === undefined) {
      const raw = this.lines[index] ?? '';
      const { text, column } = splitColumn(raw);
      line = { text, column, key: raw.length > MAX_COMPARED_LINE_LENGTH ? '' : comparable(text) };
      this.cache[index] = line;
    }
    return line;
  }
}

function findFirstMatch(
  body: BodyLines,
  from: number,
  to: number,
  candidates: readonly Candidate[],
  lastPage: number,
): LocatedTitle | null {
  const wanted = candidates
    .map((candidate) => {
      const key = comparable(stripTruncation(candidate.title));
      return { candidate, key, head: key.slice(0, 2) };
    })
    .filter((w) => w.key !== '');
  if (wanted.length === 0) return null;
  for (let index = from; index < to; index += 1) {
    const { key } = body.at(index);
    let best: { candidate: Candidate; match: Match } | null = null;
    for (const w of wanted) {
      // Every kind of match shares the first two characters: a cheap test for most lines.
      if (!key.startsWith(w.head)) continue;
      const match = matchAt(body, index, to, w.key);
      if (match === null) continue;
      const found = { candidate: w.candidate, match };
      if (best === null || rank(found, lastPage) < rank(best, lastPage)) best = found;
    }
    if (best !== null)
      return {
        line: index,
        lineCount: best.match.lineCount,
        title: best.match.title,
        column: best.match.column,
        page: best.candidate.page,
      };
  }
  return null;
}

// Exact matches beat truncated ones; among glued splits, a page that keeps the order rising
// and is the smallest such wins (`…新政10` after page 9 is page 10, not page 0).
function rank(m: { candidate: Candidate; match: Match }, lastPage: number): number {
  const exactness = m.match.exact ? 0 : 1000;
  const page = m.candidate.page;
  const order = page === null ? 0 : page >= lastPage ? page : 500 + page;
  return exactness + order;
}

interface Match {
  lineCount: number;
  title: string;
  column: string | null;
  exact: boolean;
}

function matchAt(body: BodyLines, index: number, to: number, wanted: string): Match | null {
  const first = body.at(index);
  const one = first.key;
  if (one === '') return null;
  if (one === wanted) return { lineCount: 1, title: first.text, column: first.column, exact: true };
  if (isTruncationOf(wanted, one) && isTitleLike(first.text))
    return { lineCount: 1, title: first.text, column: first.column, exact: false };
  // A long title wrapped onto a second line.
  if (index + 1 < to && wanted.startsWith(one) && one.length >= 2 && isTitleLike(first.text)) {
    const second = body.lines[index + 1] ?? '';
    const joined = joinTitleLines(first.text, second);
    const both = comparable(joined);
    if (both === wanted) return { lineCount: 2, title: joined, column: first.column, exact: true };
    if (isTruncationOf(wanted, both) && isTitleLike(second)) return { lineCount: 2, title: joined, column: first.column, exact: false };
  }
  return null;
}

function isTruncationOf(wanted: string, body: string): boolean {
  return wanted.length >= MIN_PREFIX_LENGTH && body.length > wanted.length && body.startsWith(wanted);
}

function isTitleLike(text: string): boolean {
  return visibleLength(text) <= MAX_TITLE_LENGTH && !/[。；]/.test(text.slice(0, -1)) && !endsSentence(text.replace(/[？！?!]$/, ''));
}

function splitColumn(line: string): { text: string; column: string | null } {
  const match = COLUMN_HEADING.exec(line);
  if (match === null || match[0].length === line.length) return { text: line, column: null };
  return { text: line.slice(match[0].length), column: match[1] ?? null };
}

function joinTitleLines(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

function pickRisingPage(splits: readonly Candidate[], lastPage: number): number | null {
  const rising = splits.filter((s) => s.page !== null && s.page >= lastPage);
  const pages = rising.map((s) => s.page ?? 0);
  return pages.length > 0 ? Math.min(...pages) : null;
}

function titleForPage(entry: TocEntryText, page: number): string {
  return entry.gluedSplits.find((s) => s.page === page)?.title ?? entry.title;
}

/**
 * Without a TOC, articles are split by layout: a title is a short line without final
 * punctuation that is not numbered (numbered lines are section headings), not an
 * enumeration, a column heading, a source line or a colophon field.
 */
export function locateLayoutTitles(lines: readonly string[], from: number, to: number): LocatedTitle[] {
  const titles: LocatedTitle[] = [];
  for (let index = from; index < to; index += 1) {
    const line = lines[index] ?? '';
    const { text, column } = splitColumn(line);
    if (text === line && COLUMN_HEADING.test(line)) continue;
    if (!isLayoutTitle(text)) continue;
    const next = lines[index + 1];
    // A title heads text; a short line at the very end, or followed by another title-like
    // line that is not a source, is more likely a caption or a sub-heading.
    if (next === undefined || index + 1 >= to) continue;
    titles.push({ line: index, lineCount: 1, title: text, column, page: null });
  }
  return titles;
}

function isLayoutTitle(text: string): boolean {
  // Spaces do not count towards a title's length, but a line mostly of spaces is no title.
  if (text.length > MAX_COMPARED_LINE_LENGTH) return false;
  const length = visibleLength(text);
  return (
    length >= 4 &&
    length <= 40 &&
    !endsSentence(text) &&
    !/[。；，]/.test(text) &&
    !NUMBERED_PREFIX.test(text) &&
    !ENUMERATION_START.test(text) &&
    !SOURCE_LINE.test(text) &&
    !isColophonFieldLine(text) &&
    !/^\d/.test(text) &&
    !looksLikeTocEntry(text)
  );
}
