// pdf.js maps some glyphs of CJK fonts (Noto, Source Han) to radical code points: `⽂` U+2F42
// for `文`, `⻓` U+2ED3 for `长`. NFKC folds the Kangxi radicals (U+2F00–2FD5) but not most of
// the CJK Radicals Supplement, which needs this table (the forms seen in simplified text).
// Measured on the sample printed by Chromium: `户` came back as `⼾`, `—` as U+2015 `―`.
// prettier-ignore
const SUPPLEMENT: Record<string, string> = {
  '⺟': '母', '⺠': '民', '⻄': '西', '⻅': '见', '⻆': '角', '⻉': '贝', '⻋': '车', '⻓': '长',
  '⻔': '门', '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻢': '马',
  '⻣': '骨', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻬': '齐', '⻮': '齿',
  '⻰': '龙', '⻳': '龟',
  // A Kangxi radical whose NFKC form is the traditional 戶, where simplified text means 户.
  '⼾': '户',
};

/**
 * Folds radical code points to the ideographs they stand for, and nothing else (unlike NFKC,
 * which also turns full-width punctuation into ASCII). The importer applies it to PDF text
 * (read-bulletin.ts): a radical there is a font-mapping artefact, not what the page shows.
 */
export function foldCjkRadicals(text: string): string {
  return text.replace(/[\u2e80-\u2fdf]/g, (char) => SUPPLEMENT[char] ?? char.normalize('NFKC'));
}
