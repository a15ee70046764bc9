import { SEPARATOR_LINE } from './patterns';

// `3`, `- 3 -`, `— 3 —`, `·3·`, `第 3 页`, `第 3 页 共 12 页`, `3/12`.
const PAGE_NUMBER_LINES = [
  /^[-—–－‒―~～·•\s]*\d{1,3}[-—–－‒―~～·•\s]*$/,
  /^第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?$/,
  /^\d{1,3}\s*\/\s*\d{1,3}$/,
];
const ISSUE_MARK = /\d{4}\s*年\s*第\s*\S{1,4}\s*期|第\s*\S{1,4}\s*期/;

/**
 * Removes what the printed page adds around the text: running headers repeated on
 * every page, page-number lines, rules and blank lines. What remains is one paragraph
 * or heading per line; paragraphs cut by a page break become adjacent lines and are
 * re-joined later, once headings are known.
 */
export function removePageFurniture(lines: readonly string[], series: string): string[] {
  return textLineIndices(lines, series).map((index) => lines[index] ?? '');
}

/** The indices of the lines that are text, not page furniture, in order. */
export function textLineIndices(lines: readonly string[], series: string): number[] {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const key = headerKey(line);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const kept: number[] = [];
  lines.forEach((line, index) => {
    if (line === '' || SEPARATOR_LINE.test(line)) return;
    if (PAGE_NUMBER_LINES.some((pattern) => pattern.test(line))) return;
    if (!isRunningHeader(line, counts, series)) kept.push(index);
  });
  return kept;
}

function isRunningHeader(line: string, counts: ReadonlyMap<string, number>, series: string): boolean {
  const key = headerKey(line);
  if (key.length > 40) return false;
  const mentionsIssue = ISSUE_MARK.test(key) || (series !== '' && key.includes(series.replace(/\s+/g, '')));
  // The series named on a line with the issue is a header even when printed only once
  // (a two-page issue has one running header).
  if (series !== '' && key.includes(series.replace(/\s+/g, '')) && ISSUE_MARK.test(key)) return true;
  return mentionsIssue && (counts.get(key) ?? 0) >= 2;
}

function headerKey(line: string): string {
  return stripEdgePageNumbers(line).replace(/\s+/g, '');
}

const DASHES = '-—–';
const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);
const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isDash = (ch: string | undefined): boolean => ch !== undefined && DASHES.includes(ch);

/**
 * A page number printed beside a running header, set off by spaces:
 * `科技情报参考  2022 年第 8 期  3`, `- 4 -   科技情报参考`. Read from each end by hand, as
 * a regex for it backtracks badly on long runs of spaces.
 */
export function stripEdgePageNumbers(line: string): string {
  const head = edgeNumberLength(line, 0, 1);
  const rest = line.slice(head);
  const tail = edgeNumberLength(rest, rest.length - 1, -1);
  return rest.slice(0, rest.length - tail);
}

/** Length of `[-]? \s* 1-3 digits \s* [-]? \s+` read from `from` in direction `step`, or 0. */
function edgeNumberLength(text: string, from: number, step: 1 | -1): number {
  let i = from;
  const at = (): string | undefined => (i >= 0 && i < text.length ? text[i] : undefined);
  if (isDash(at())) i += step;
  while (isSpace(at())) i += step;
  let digits = 0;
  while (isDigit(at())) {
    digits += 1;
    i += step;
  }
  if (digits === 0 || digits > 3) return 0;
  let spacesNearDigits = 0;
  while (isSpace(at())) {
    spacesNearDigits += 1;
    i += step;
  }
  let spacesBeyondDash = 0;
  if (isDash(at())) {
    i += step;
    while (isSpace(at())) {
      spacesBeyondDash += 1;
      i += step;
    }
    if (spacesBeyondDash === 0) return 0;
  } else if (spacesNearDigits === 0) {
    return 0;
  }
  // Something must remain: a line that is only a number is a page line, handled apart.
  if (at() === undefined) return 0;
  return Math.abs(i - from);
}
