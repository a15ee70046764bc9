import { COLUMN_HEADING, comparable, endsSentence, SEPARATOR_LINE } from './patterns';
import { hasNumbering, isTocHeader, looksLikeTocEntry, parseTocEntryText, stripTruncation } from './toc-entry';
import type { TocEntryText } from './toc-entry';

export interface TocBlock {
  entries: TocEntryText[];
  /** Index of the first body line after the table of contents. */
  end: number;
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
export function findToc(lines: readonly string[], start: number): TocBlock | null {
  let index = start;
  while (index < lines.length && SEPARATOR_LINE.test(lines[index] ?? '')) index += 1;
  const headed = isTocHeader(lines[index] ?? '');
  if (headed) index += 1;

  const entries: TocEntryText[] = [];
  let allMarked = true;
  for (; index < lines.length && entries.length < MAX_ENTRIES; index += 1) {
    const line = lines[index] ?? '';
    if (SEPARATOR_LINE.test(line)) continue;
    if (COLUMN_HEADING.test(line) && line.replace(COLUMN_HEADING, '') === '') {
      // A column heading grouping TOC entries; one printed before the first article ends the TOC.
      const next = lines[index + 1] ?? '';
      if ((headed || entries.length > 0 || looksLikeTocEntry(next)) && isEntryLine(next, headed) && !repeatsFirstEntry(next, entries))
        continue;
      break;
    }
    if (entries.length > 0 && repeatsFirstEntry(line, entries)) break;
    if (!isEntryLine(line, headed)) break;
    const entry = parseTocEntryText(line);
    const previous = entries[entries.length - 1];
    const unfinished = previous !== undefined && previous.hadMarker && previous.page === null && previous.gluedSplits.length === 0;
    if (previous !== undefined && !entry.hadMarker && unfinished) {
      // A long entry wrapped onto a second line that carries the page number.
      entries[entries.length - 1] = mergeWrapped(previous, entry);
      continue;
    }
    // Every entry so far had its bullet or number: a bare line with no
    // page after a finished entry is where the body begins (its title need not be listed).
    if (allMarked && previous !== undefined && !entry.hadMarker && entry.page === null && entry.gluedSplits.length === 0) break;
    allMarked &&= entry.hadMarker;
    entries.push(entry);
  }

  if (entries.length === 0) return null;
  // One unheaded entry is a TOC only if its article follows (a one-article issue).
  if (!headed && entries.length < 2 && !firstEntryReappears(lines, index, entries)) return null;
  if (!headed && !entries.some((e) => e.page !== null || e.gluedSplits.length > 0) && !firstEntryReappears(lines, index, entries)) {
    // Numbered lines without pages and without a header may simply be body headings.
    return null;
  }
  return { entries, end: index };
}

function isEntryLine(line: string, headed: boolean): boolean {
  if (line === '' || line.length > MAX_ENTRY_LENGTH) return false;
  if (looksLikeTocEntry(line)) return true;
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
function repeatsFirstEntry(line: string, entries: readonly TocEntryText[]): boolean {
  const first = entries[0];
  if (first === undefined) return false;
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

function firstEntryReappears(lines: readonly string[], from: number, entries: readonly TocEntryText[]): boolean {
  return lines.slice(from).some((line) => repeatsFirstEntry(line, entries));
}

function mergeWrapped(first: TocEntryText, second: TocEntryText): TocEntryText {
  const join = (a: string, b: string): string => (/[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b);
  return {
    title: join(first.title, second.title),
    page: second.page,
    gluedSplits: second.gluedSplits.map((s) => ({ title: join(first.title, s.title), page: s.page })),
    hadMarker: true,
  };
}
