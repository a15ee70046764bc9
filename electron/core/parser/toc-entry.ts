import { CN_DIGITS, COLUMN_HEADING, TOC_BULLETS } from './patterns';

const HEADER = /^(?:本期(?:目录|要目|导读|要览|内容)|目\s*录|要\s*目|本\s*期\s*要\s*目)$/;
// `- ★ ` (a list mark extracted from the PDF), then a bullet or numbering.
const LIST_MARK = /^-\s+/;
const BULLET = new RegExp(`^[${TOC_BULLETS}]\\s*`);
const NUMBERING = new RegExp(`^(?:\\d{1,2}\\s*[.．、](?!\\d)|[${CN_DIGITS}]+\\s*、|[（(]\\s*[\\d${CN_DIGITS}]+\\s*[）)])\\s*`);
// Dot or ellipsis leaders before a page number: `...7`, `……5`, `…………12`, `· · · 3`.
const LEADER_CHARS = new Set([...'.．。·•…⋯_-—']);
const MAX_PAGE_DIGITS = 3;
const GLUED_DIGITS = /(\d{1,4})\s*$/;
// `…成效（第 2 页）`, `…成效 第2页`: the page spelt out after the title.
const PAGE_WORD = /\s*[（(]?\s*第\s*(\d{1,3})\s*页\s*[）)]?$/;
const MAX_ENTRY_TEXT = 200;
const MAX_PAGE = 999;

export interface TocEntryText {
  /** Title with bullets, numbering, leaders and page removed. */
  title: string;
  /** Page printed after leaders; unambiguous. */
  page: number | null;
  /**
   * When digits are glued to the title (`…新政10`), each way of splitting them:
   * `{ title: '…新政', page: 10 }`, `{ title: '…新政1', page: 0 }`. Chosen later
   * against the body's titles and rising page order.
   */
  gluedSplits: { title: string; page: number }[];
  hadMarker: boolean;
  /** `【要闻】…`, `〔基层动态〕…`: the column label printed in front of the entry. */
  column: string | null;
}

export function isTocHeader(line: string): boolean {
  return HEADER.test(line.replace(/[:：]\s*$/, '').trim());
}

/** A bulleted line, or a line ending in leaders and a page number. */
export function looksLikeTocEntry(line: string): boolean {
  const text = line.replace(LIST_MARK, '');
  return BULLET.test(text) || leadersAndPage(text) !== null;
}

export function hasNumbering(line: string): boolean {
  return NUMBERING.test(line.replace(LIST_MARK, ''));
}

/** A truncated TOC entry may end in `…` or `...`; the body has the full title. */
export function stripTruncation(title: string): string {
  return title.replace(/(?:…+|\.{2,}|。{2,})$/, '');
}

export function parseTocEntryText(line: string): TocEntryText {
  let text = line.trim().replace(LIST_MARK, '');
  let hadMarker = BULLET.test(text) || NUMBERING.test(text);
  text = text.replace(BULLET, '').replace(NUMBERING, '');
  // The column label goes before or after the bullet: `【要闻】◆…`, `◆【要闻】…`, `1、【要闻】…`.
  const label = COLUMN_HEADING.exec(text);
  const column = label !== null && label[0].length < text.length ? (label[1] ?? null) : null;
  if (column !== null) {
    text = text.slice(label?.[0].length ?? 0).replace(BULLET, '').replace(NUMBERING, '');
    hadMarker = true;
  }

  const leaders = leadersAndPage(text);
  if (leaders !== null) return { title: text.slice(0, leaders.index).trim(), page: leaders.page, gluedSplits: [], hadMarker, column };
  const pageWord = text.length <= MAX_ENTRY_TEXT ? PAGE_WORD.exec(text) : null;
  if (pageWord !== null && pageWord.index > 0) {
    return { title: text.slice(0, pageWord.index).trim(), page: Number(pageWord[1]), gluedSplits: [], hadMarker, column };
  }

  const glued = GLUED_DIGITS.exec(text);
  const gluedSplits: { title: string; page: number }[] = [];
  if (glued !== null && glued.index > 0) {
    const digits = glued[1] ?? '';
    for (let take = 1; take <= Math.min(3, digits.length); take += 1) {
      const page = Number(digits.slice(digits.length - take));
      const title = (text.slice(0, glued.index) + digits.slice(0, digits.length - take)).trim();
      if (page >= 1 && page <= MAX_PAGE && title !== '') gluedSplits.push({ title, page });
    }
  }
  return { title: text.trim(), page: null, gluedSplits, hadMarker, column };
}

const isSpace = (ch: string): boolean => /\s/.test(ch);
const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';

/**
 * Leaders and a page number at the end of a line (`标题……………5`, `标题 . . . 12`, `标题…3`):
 * where the leaders start and the page. Two leader marks are needed, or one `…`; a number
 * of four digits is not a page. Read backwards from the end in one pass, so that a long
 * line of dots or spaces costs no more than its length (a regex for this backtracks).
 */
export function leadersAndPage(text: string): { index: number; page: number } | null {
  let end = text.length;
  while (end > 0 && isSpace(text[end - 1] ?? '')) end -= 1;
  let digitsStart = end;
  while (digitsStart > 0 && isDigit(text[digitsStart - 1] ?? '') && end - digitsStart <= MAX_PAGE_DIGITS) digitsStart -= 1;
  const digitCount = end - digitsStart;
  if (digitCount === 0 || digitCount > MAX_PAGE_DIGITS) return null;
  let start = digitsStart;
  let leaderCount = 0;
  let onlyEllipsis = true;
  while (start > 0) {
    const ch = text[start - 1] ?? '';
    if (LEADER_CHARS.has(ch)) {
      leaderCount += 1;
      if (ch !== '…') onlyEllipsis = false;
    } else if (!isSpace(ch)) {
      break;
    }
    start -= 1;
  }
  if (leaderCount < 2 && !(leaderCount === 1 && onlyEllipsis)) return null;
  return { index: start, page: Number(text.slice(digitsStart, end)) };
}
