import { CN_DIGITS, TOC_BULLETS } from './patterns';

const HEADER = /^(?:本期(?:目录|要目|导读|要览|内容)|目\s*录|要\s*目|本\s*期\s*要\s*目)$/;
// `- ★ ` (a list mark extracted from the PDF), then a bullet or numbering.
const LIST_MARK = /^-\s+/;
const BULLET = new RegExp(`^[${TOC_BULLETS}]\\s*`);
const NUMBERING = new RegExp(`^(?:\\d{1,2}\\s*[.．、](?!\\d)|[${CN_DIGITS}]+\\s*、|[（(]\\s*[\\d${CN_DIGITS}]+\\s*[）)])\\s*`);
// Dot or ellipsis leaders before a page number: `...7`, `……5`, `…………12`, `· · · 3`.
const LEADERS_AND_PAGE = /\s*(?:[.．。·•…⋯_\-—]\s*){2,}(\d{1,3})\s*$|\s*…+\s*(\d{1,3})\s*$/;
const GLUED_DIGITS = /(\d{1,4})\s*$/;
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
}

export function isTocHeader(line: string): boolean {
  return HEADER.test(line.replace(/[:：]\s*$/, '').trim());
}

/** A bulleted line, or a line ending in leaders and a page number. */
export function looksLikeTocEntry(line: string): boolean {
  const text = line.replace(LIST_MARK, '');
  return BULLET.test(text) || LEADERS_AND_PAGE.test(text);
}

export function hasNumbering(line: string): boolean {
  return NUMBERING.test(line.replace(LIST_MARK, ''));
}

export function parseTocEntryText(line: string): TocEntryText {
  let text = line.trim().replace(LIST_MARK, '');
  const hadMarker = BULLET.test(text) || NUMBERING.test(text);
  text = text.replace(BULLET, '').replace(NUMBERING, '');

  const leaders = LEADERS_AND_PAGE.exec(text);
  if (leaders !== null) {
    const page = Number(leaders[1] ?? leaders[2]);
    return { title: text.slice(0, leaders.index).trim(), page, gluedSplits: [], hadMarker };
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
  return { title: text.trim(), page: null, gluedSplits, hadMarker };
}
