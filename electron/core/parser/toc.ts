import { COLUMN_HEADING, comparable, endsSentence, SEPARATOR_LINE } from './patterns';
import { hasNumbering, isTocHeader, looksLikeTocEntry, parseTocEntryText } from './toc-entry';
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
    if (previous !== undefined && !entry.hadMarker && previous.hadMarker && previous.page === null && previous.gluedSplits.length === 0) {
      // A long entry wrapped onto a second line that carries the page number.
      entries[entries.length - 1] = mergeWrapped(previous, entry);
      continue;
    }
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

function repeatsFirstEntry(line: string, entries: readonly TocEntryText[]): boolean {
  const first = entries[0];
  if (first === undefined) return false;
  const body = comparable(line.replace(COLUMN_HEADING, ''));
  const candidates = [first.title, ...first.gluedSplits.map((s) => s.title)].map(comparable).filter((t) => t.length >= 4);
  return candidates.some((t) => body === t || (body.startsWith(t) && !looksLikeTocEntry(line)));
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
