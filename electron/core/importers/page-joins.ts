import type { ParsedIssue, ParseEvidence } from '../../../shared/bulletin';

/** The rule name the parser uses for the same doubt in text files (parser/rules.ts). */
const PAGE_BREAK_JOIN = 'page-break-join';

/**
 * A PDF's paragraphs cut by a page or column break are joined by layout, before the parser sees
 * the text, so only the PDF reader knows where: each join becomes an uncertain `articles.<i>.join`
 * (the line it is on, in the text the review screen shows), for a person to check.
 */
export function withPageJoins(parsed: ParsedIssue, text: string, joins: readonly number[]): ParsedIssue {
  if (joins.length === 0) return parsed;
  const lines = text.split('\n');
  const lineStarts: number[] = [];
  let at = 0;
  for (const line of lines) {
    lineStarts.push(at);
    at += line.length + 1;
  }
  const evidence: ParseEvidence[] = [];
  // The parser flags the joins it makes itself; one doubt per line is enough.
  const flagged = new Set(parsed.evidence.map((e) => `${e.field}@${e.lines.join(',')}`));
  for (const offset of joins) {
    const line = lastAtOrBefore(lineStarts, offset);
    const content = (lines[line] ?? '').trim();
    const article = parsed.articles.findIndex((a) => a.sections.some((section) => section.paragraphs.some((p) => p.trim() === content)));
    if (article < 0 || content === '') continue;
    const key = `articles.${article}.join@${line}`;
    if (flagged.has(key)) continue;
    flagged.add(key);
    evidence.push({ field: `articles.${article}.join`, lines: [line], rule: PAGE_BREAK_JOIN, certain: false });
  }
  return evidence.length === 0 ? parsed : { ...parsed, evidence: [...parsed.evidence, ...evidence] };
}

function lastAtOrBefore(starts: readonly number[], offset: number): number {
  let index = 0;
  while (index + 1 < starts.length && starts[index + 1]! <= offset) index += 1;
  return index;
}
