import type { PdfLine } from '../pdf/page-lines';

/**
 * Whether a PDF page's own text can be kept, or the page must be read from its image: decided
 * per page, since a scan may carry a text layer on some pages only, or one a bad OCR program
 * made (private-use glyph codes, replacement characters, Latin junk over a Chinese page).
 */
export type TextLayer = 'good' | 'empty' | 'garbage';

/** Fewer visible characters than this on a page is no text layer (a stray page number). */
const MIN_PAGE_CHARS = 10;
/** More than this share of unreadable characters is garbage. */
const MAX_BAD_SHARE = 0.2;
/** A page of a Chinese document with less than this share of Chinese characters is garbage. */
const MIN_CJK_SHARE = 0.05;

const BAD = /[\p{Co}\p{Cc}\p{Cs}\uFFFD]/u;
const HAN = /\p{Script=Han}/u;

export function judgeTextLayer(lines: readonly PdfLine[], chineseDocument: boolean): TextLayer {
  const chars = [...lines.map((line) => line.text).join('')].filter((char) => char.trim() !== '');
  if (chars.length < MIN_PAGE_CHARS) return 'empty';
  const bad = chars.filter((char) => BAD.test(char)).length;
  if (bad / chars.length > MAX_BAD_SHARE) return 'garbage';
  if (chineseDocument && chars.filter((char) => HAN.test(char)).length / chars.length < MIN_CJK_SHARE) return 'garbage';
  return 'good';
}

/** A document is Chinese when any page's layer is mostly Chinese characters. */
export function isChineseDocument(pages: readonly (readonly PdfLine[])[]): boolean {
  return pages.some((lines) => {
    const chars = [...lines.map((line) => line.text).join('')].filter((char) => char.trim() !== '');
    return chars.length >= MIN_PAGE_CHARS && chars.filter((char) => HAN.test(char)).length / chars.length >= 0.3;
  });
}
