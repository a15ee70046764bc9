import { COLUMN_HEADING, ENUMERATION_START, NUMBERED_PREFIX, SOURCE_LINE, comparable, endsSentence, visibleLength } from './patterns';
import { isColophonFieldLine } from './colophon';
import { similarTitles } from './fuzzy';
import { RULES } from './rules';
import type { RuleName } from './rules';
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
  /** How it was found; the review screen flags the guesses. */
  rule: RuleName;
  /** The contents entry it was matched to (index), or null when found by layout. */
  entry: number | null;
}

export interface TitleSearch {
  titles: LocatedTitle[];
  /** TOC entries whose title was not found in the body, with the page they give. */
  missing: { title: string; page: number | null; entry: number }[];
}

const MIN_PREFIX_LENGTH = 6;
// Fuzzy title matching is a last resort; past this many comparisons the entries stay unmatched.
const MAX_FUZZY_COMPARISONS = 5_000;
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
  entries.forEach((entry, entryIndex) => {
    const candidates: Candidate[] =
      entry.page !== null ? [{ title: entry.title, page: entry.page }] : [{ title: entry.title, page: null }, ...entry.gluedSplits];
    const found = findFirstMatch(body, cursor, to, candidates, lastPage);
    if (found === null) {
      const page = entry.page ?? pickRisingPage(entry.gluedSplits, lastPage);
      missing.push({ title: entry.page === null && page !== null ? titleForPage(entry, page) : entry.title, page, entry: entryIndex });
      if (page !== null) lastPage = page;
      return;
    }
    titles.push({ ...found, entry: entryIndex });
    cursor = found.line + found.lineCount;
    if (found.page !== null) lastPage = found.page;
  });
  return matchFuzzily(body, { from, to }, { titles, missing });
}

/**
 * A body title that differs slightly from its entry (`省科技厅长` for `省科技厅厅长`) is looked
 * for between the titles found on either side; the entry's wording is kept as the title.
 */
function matchFuzzily(body: BodyLines, range: { from: number; to: number }, search: TitleSearch): TitleSearch {
  if (search.missing.length === 0) return search;
  // Only title-like lines are compared, each found once: the search stays linear in the body.
  const candidates: number[] = [];
  for (let index = range.from; index < range.to; index += 1) {
    const line = body.at(index);
    if (line.key.length >= MIN_PREFIX_LENGTH && line.key.length <= MAX_TITLE_LENGTH && isTitleLike(line.text)) candidates.push(index);
  }
  const titles = [...search.titles];
  const missing: TitleSearch['missing'] = [];
  let comparisons = 0;
  for (const gap of search.missing) {
    const before = titles.filter((t) => (t.entry ?? -1) < gap.entry).at(-1);
    const after = titles.find((t) => (t.entry ?? -1) > gap.entry);
    const from = before === undefined ? range.from : before.line + before.lineCount;
    const to = after?.line ?? range.to;
    const wanted = comparable(stripTruncation(gap.title));
    let found: LocatedTitle | null = null;
    for (let k = firstAtOrAfter(candidates, from); k < candidates.length && comparisons < MAX_FUZZY_COMPARISONS; k += 1) {
      const index = candidates[k] ?? to;
      if (index >= to) break;
      comparisons += 1;
      const line = body.at(index);
      if (!similarTitles(wanted, line.key)) continue;
      found = { line: index, lineCount: 1, title: gap.title, column: line.column, page: gap.page, rule: RULES.tocFuzzyTitle, entry: gap.entry };
      break;
    }
    if (found === null) missing.push(gap);
    else titles.splice(titles.filter((t) => (t.entry ?? -1) < gap.entry).length, 0, found);
  }
  return { titles, missing };
}

/** The position of the first value at or after `value` in a sorted list. */
function firstAtOrAfter(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] ?? 0) < value) low = mid + 1;
    else high = mid;
  }
  return low;
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
        rule: best.match.exact ? RULES.tocTitle : RULES.tocTruncatedTitle,
        entry: null,
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
  // Each line is looked at as a title, and as the line after one: test it once.
  const known = new Int8Array(Math.max(0, to - from + 2)); // 0 unknown, 1 yes, 2 no
  const titleLike = (index: number): boolean => {
    if (known[index - from] === 0) {
      const line = lines[index] ?? '';
      const { text } = splitColumn(line);
      known[index - from] = !(text === line && COLUMN_HEADING.test(line)) && isLayoutTitle(text) ? 1 : 2;
    }
    return known[index - from] === 1;
  };
  for (let index = from; index < to; index += 1) {
    if (!titleLike(index)) continue;
    const { text, column } = splitColumn(lines[index] ?? '');
    // A title heads text; a short line at the very end is more likely a caption.
    if (index + 1 >= to) continue;
    // Two title-like lines before body paragraphs: one title printed over two lines.
    const next = lines[index + 1] ?? '';
    if (titleLike(index + 1) && !COLUMN_HEADING.test(next) && index + 2 < to && !titleLike(index + 2)) {
      titles.push({ line: index, lineCount: 2, title: joinTitleLines(text, next), column, page: null, rule: RULES.layoutTwoLineTitle, entry: null });
      index += 1;
      continue;
    }
    titles.push({ line: index, lineCount: 1, title: text, column, page: null, rule: RULES.layoutTitle, entry: null });
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
