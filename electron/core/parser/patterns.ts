/** Shared recognisers for the printed conventions of Chinese internal bulletins. */

// Marks that end a sentence. Closing quotes and brackets are looked through (see
// endsSentence): `凭“创新券”` ends a quotation, not a sentence, and was cut by a page break.
const SENTENCE_END = /[。！？；：…!?;:]$/;
const CLOSERS = /[”’」』）)》〉】\]"']+$/;

export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.replace(CLOSERS, ''));
}

/** Whitespace-free form used only for comparing TOC entries with body titles. */
export function comparable(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** Length in characters, ignoring the spaces PDF extraction puts between CJK and digits. */
export function visibleLength(text: string): number {
  return [...text.replace(/\s+/g, '')].length;
}

export const CN_DIGITS = '〇零一二三四五六七八九十百两';

/** `一、` `（一）` `1.` `1、` `(1)` — numbering that opens a heading or a TOC entry. */
export const NUMBERED_PREFIX = new RegExp(`^(?:[${CN_DIGITS}]+\\s*、|[（(]\\s*[${CN_DIGITS}\\d]+\\s*[）)]|\\d{1,2}\\s*[.．、](?!\\d))\\s*`);

/** `一是` `二是` `首先` — enumerations inside running text, never headings. */
export const ENUMERATION_START = new RegExp(`^(?:[${CN_DIGITS}]+是|首先|其次|再次|最后|第[${CN_DIGITS}]+[，,])`);

export const TOC_BULLETS = '★☆◆◇●○■□▲△·•▪▶►◎※';

/** `【要闻】` or `〔基层动态〕` on a line of its own, or at the start of a title or contents line. */
export const COLUMN_HEADING = /^[【\[〔［]\s*([^】\]〕］]{1,12}?)\s*[】\]〕］]\s*/;

/** `（来源：科技日报）`, `来源：科技日报`, `（摘自《人民日报》）` — where an article was taken from. */
const SOURCE_LABEL = '(?:信息来源|稿件来源|资料来源|来源)';
const TAKEN_FROM = '(?:摘编自|摘自|转载自|转自)';
export const SOURCE_LINE = new RegExp(
  `^(?:[（(]\\s*${SOURCE_LABEL}\\s*[:：]\\s*(.+?)\\s*[）)]|${SOURCE_LABEL}\\s*[:：]\\s*(.+)|[（(]\\s*${TAKEN_FROM}\\s*[:：]?\\s*(.+?)\\s*[）)])$`,
);
export const TRAILING_SOURCE = new RegExp(
  `\\s*[（(]\\s*(?:${SOURCE_LABEL}\\s*[:：]|${TAKEN_FROM}\\s*[:：]?)\\s*([^（）()]+?)\\s*[）)]\\s*$`,
);

/** The publication named by a source line, without book-title marks. */
export function sourceName(raw: string): string {
  const trimmed = raw.trim();
  return /^《[^》]+》$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
}

/** A line made only of rule characters, or the lone `-` of a broken list mark. */
export const SEPARATOR_LINE = /^[-—–－‒―_=＝─━·•*＊~～\s]+$/;
