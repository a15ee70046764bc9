import { COLUMN_HEADING, comparable, endsSentence, SEPARATOR_LINE } from './patterns';
import { similarTitles } from './fuzzy';
import { hasNumbering, isTocHeader, looksLikeTocEntry, parseTocEntryText, stripTruncation } from './toc-entry';
import type { TocEntryText } from './toc-entry';

/** A contents entry and the lines it was printed on (two when it wraps). */
export type TocEntry = TocEntryText & { lines: number[] };

export interface TocBlock {
  entries: TocEntry[];
  /** Index of the contents list's first line (its header, or its first entry). */
  start: number;
  /** Index of the first body line after the table of contents. */
  end: number;
}

// Text may stand between the masthead and the contents (an editor's note): the contents are
// looked for this far into the body.
const MAX_PREFACE_LINES = 12;

/** The contents list near the top of the body, wherever it starts in the first lines. */
export function findTocNear(lines: readonly string[], gapBefore: (index: number) => boolean = () => false): TocBlock | null {
  for (let start = 0; start < Math.min(lines.length, MAX_PREFACE_LINES); start += 1) {
    const line = lines[start] ?? '';
    if (start > 0 && !isTocHeader(line) && !looksLikeTocEntry(line) && !hasNumbering(line)) continue;
    const toc = findToc(lines, start, gapBefore);
    if (toc !== null) return toc;
  }
  return null;
}

const MAX_ENTRY_LENGTH = 80;
// A bulletin lists a few dozen articles at most; a longer run of entry-like lines is not a
// table of contents, and stopping here keeps the title search linear in the body.
const MAX_ENTRIES = 200;

/**
 * Reads the table of contents that follows the masthead: `★`/`◆` bulleted, numbered
 * (`1.`, `一、`) or plain lines under `本期目录`/`本期要目`. It ends where body text
 * begins, which is at the latest where the first entry's title is printed again.
 */
export function findToc(lines: readonly string[], start: number, gapBefore: (index: number) => boolean = () => false): TocBlock | null {
  let index = start;
  while (index < lines.length && SEPARATOR_LINE.test(lines[index] ?? '')) index += 1;
  const first = index;
  const headed = isTocHeader(lines[index] ?? '');
  if (headed) index += 1;

  const entries: TocEntry[] = [];
  // Each entry's title in comparable form, kept in step with `entries` (compared to every line).
  const entryKeys: string[] = [];
  const keyOf = (entry: TocEntryText): string => comparable(stripTruncation(entry.title));
  let column: string | null = null;
  let allMarked = true;
  for (; index < lines.length && entries.length < MAX_ENTRIES; index += 1) {
    const line = lines[index] ?? '';
    if (SEPARATOR_LINE.test(line)) continue;
    if (COLUMN_HEADING.test(line) && line.replace(COLUMN_HEADING, '') === '') {
      // A column heading grouping TOC entries; one printed before the first article ends the TOC.
      const next = lines[index + 1] ?? '';
      if ((headed || entries.length > 0 || looksLikeTocEntry(next)) && isEntryLine(next, headed) && !repeatsFirstEntry(next, entries)) {
        column = COLUMN_HEADING.exec(line)?.[1] ?? null;
        continue;
      }
      break;
    }
    if (entries.length > 0 && repeatsFirstEntry(line, entries, entryKeys)) break;
    if (!isEntryLine(line, headed, headed || entries.length > 0)) break;
    const parsed = parseTocEntryText(line);
    const entry: TocEntry = { ...parsed, column: parsed.column ?? column, lines: [index] };
    const previous = entries[entries.length - 1];
    const unfinished = previous !== undefined && previous.hadMarker && previous.page === null && previous.gluedSplits.length === 0;
    // A line set off by a blank line or a page break does not continue the entry above it.
    if (previous !== undefined && !entry.hadMarker && unfinished && !gapBefore(index)) {
      // A long entry wrapped onto a second line that carries the page number.
      entries[entries.length - 1] = mergeWrapped(previous, entry);
      entryKeys[entryKeys.length - 1] = keyOf(entries[entries.length - 1] ?? entry);
      continue;
    }
    // Every entry so far had its bullet or number: a bare line with no
    // page after a finished entry is where the body begins (its title need not be listed).
    if (allMarked && previous !== undefined && !entry.hadMarker && entry.page === null && entry.gluedSplits.length === 0) break;
    allMarked &&= entry.hadMarker;
    entries.push(entry);
    entryKeys.push(keyOf(entry));
  }

  if (entries.length === 0) return null;
  // One unheaded entry is a TOC only if its article follows (a one-article issue).
  if (!headed && entries.length < 2 && !firstEntryReappears(lines, index, entries)) return null;
  if (!headed && !entries.some((e) => e.page !== null || e.gluedSplits.length > 0) && !firstEntryReappears(lines, index, entries)) {
    // Numbered lines without pages and without a header may simply be body headings.
    return null;
  }
  return { entries, start: first, end: index };
}

function isEntryLine(line: string, headed: boolean, inList = headed): boolean {
  if (line === '' || line.length > MAX_ENTRY_LENGTH) return false;
  if (looksLikeTocEntry(line)) return true;
  // `【要闻】标题`: a column label in front of an entry, once the list has begun.
  if (inList && COLUMN_HEADING.test(line) && !endsSentence(line)) return true;
  if (endsSentence(line)) return false;
  return hasNumbering(line) || headed;
}

// A body title printed on two lines starts with at least this much of its TOC entry.
const MIN_WRAPPED_PREFIX = 6;

/**
 * Is this line the first entry's title printed again, where the body begins? The entry
 * may be cut short (`…加快建设国家……`) and the body title may wrap onto two lines, so the
 * line may start with the entry or, unmarked and long enough, be the start of it.
 */
function repeatsFirstEntry(line: string, entries: readonly TocEntryText[], entryKeys?: readonly string[]): boolean {
  const first = entries[0];
  if (first === undefined) return false;
  if (entryKeys !== undefined && repeatsAnyEntry(line, entryKeys)) return true;
  const body = comparable(line.replace(COLUMN_HEADING, ''));
  const candidates = [first.title, ...first.gluedSplits.map((s) => s.title)]
    .map((t) => comparable(stripTruncation(t)))
    .filter((t) => t.length >= 4);
  const unmarked = !looksLikeTocEntry(line) && !hasNumbering(line);
  return candidates.some(
    (t) =>
      body === t ||
      (unmarked && body.startsWith(t)) ||
      (unmarked && body.length >= MIN_WRAPPED_PREFIX && body.length < t.length && t.startsWith(body)),
  );
}

/**
 * The first article's body may be missing: any entry printed again as it is, or printed
 * slightly differently, ends the list (it is a body title, not a wrapped entry).
 */
function repeatsAnyEntry(line: string, entryKeys: readonly string[]): boolean {
  if (looksLikeTocEntry(line) || hasNumbering(line)) return false;
  const key = comparable(line.replace(COLUMN_HEADING, ''));
  return entryKeys.some((title) => title === key || similarTitles(title, key));
}

function firstEntryReappears(lines: readonly string[], from: number, entries: readonly TocEntryText[]): boolean {
  return lines.slice(from).some((line) => repeatsFirstEntry(line, entries));
}

function mergeWrapped(first: TocEntry, second: TocEntry): TocEntry {
  const join = (a: string, b: string): string => (/[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b);
  return {
    title: join(first.title, second.title),
    page: second.page,
    gluedSplits: second.gluedSplits.map((s) => ({ title: join(first.title, s.title), page: s.page })),
    hadMarker: true,
    column: first.column,
    lines: [...first.lines, ...second.lines],
  };
}
