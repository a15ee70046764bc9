import { SEPARATOR_LINE } from './patterns';

// `3`, `- 3 -`, `— 3 —`, `·3·`, `第 3 页`, `第 3 页 共 12 页`, `3/12`.
const PAGE_NUMBER_LINES = [
  /^[-—–－‒―~～·•\s]*\d{1,3}[-—–－‒―~～·•\s]*$/,
  /^第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?$/,
  /^\d{1,3}\s*\/\s*\d{1,3}$/,
];
const ISSUE_MARK = /\d{4}\s*年\s*第\s*\S{1,4}\s*期|第\s*\S{1,4}\s*期/;
// Page numbers printed beside a running header: `科技情报参考  2022 年第 8 期  3`.
const EDGE_PAGE_NUMBER = /^(?:[-—–]?\s*\d{1,3}\s*[-—–]?\s+)|(?:\s+[-—–]?\s*\d{1,3}\s*[-—–]?)$/g;

/**
 * Removes what the printed page adds around the text: running headers repeated on
 * every page, page-number lines, rules and blank lines. What remains is one paragraph
 * or heading per line; paragraphs cut by a page break become adjacent lines and are
 * re-joined later, once headings are known.
 */
export function removePageFurniture(lines: readonly string[], series: string): string[] {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const key = headerKey(line);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return lines.filter((line) => {
    if (line === '' || SEPARATOR_LINE.test(line)) return false;
    if (PAGE_NUMBER_LINES.some((pattern) => pattern.test(line))) return false;
    return !isRunningHeader(line, counts, series);
  });
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
  return line.replace(EDGE_PAGE_NUMBER, '').replace(/\s+/g, '');
}
