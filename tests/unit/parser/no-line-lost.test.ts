import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeBulletinBytes } from '../../../electron/core/encoding/decode';
import { splitLines } from '../../../electron/core/parser/lines';
import { parseBulletin } from '../../../electron/core/parser/index';
import type { ParsedIssue } from '../../../shared/bulletin';
import { layoutFixtureNames, layoutFixtureText } from './layout-fixtures';

// An archive may not drop text: every character of the source (less whitespace, punctuation
// and the words that only label a field, such as 第…期 or 报：) must be found in the parse —
// in a field, a mark, the closing block, an article or the unplaced lines.

const bulletinsFolder = fileURLToPath(new URL('../../fixtures/bulletins/', import.meta.url));
const bulletinText = (name: string): string => {
  const decoded = decodeBulletinBytes(readFileSync(`${bulletinsFolder}${name}`));
  if (!decoded.ok) throw new Error(name);
  return decoded.text;
};
const sources: [string, () => string][] = [
  ['the sample', () => readFileSync(fileURLToPath(new URL('../../../resources/sample-kjqbck-2024-03.txt', import.meta.url)), 'utf8')],
  ...layoutFixtureNames().map((name): [string, () => string] => [`layouts/${name}`, () => layoutFixtureText(name)]),
  ...readdirSync(bulletinsFolder)
    .filter((name) => name.endsWith('.txt'))
    .map((name): [string, () => string] => [`bulletins/${name}`, () => bulletinText(name)]),
];

// Words that only say which field follows; the field's value is what the parse keeps.
const LABELS =
  /内部资料性出版物准印证号?|准印证号?|本期目录|本期要目|目\s*录|要\s*目|合刊|增刊|印发|编印|共印|主办|责任编辑|执行编辑|编辑|主编|审核|审稿|签发|联系电话|电话|抄送|主送|抄报|报送|来源|摘自|编|編/g;
const STRUCTURAL = /[\s\p{P}\p{S}〇○零一二三四五六七八九十百第期总年月日份报送发页共印]/u;

/** The runs of content characters of a line: CJK text and ASCII words apart. */
function contentRuns(line: string): string[] {
  const runs: string[] = [];
  let run = '';
  let ascii: boolean | null = null;
  for (const ch of line.replace(LABELS, ' ')) {
    if (STRUCTURAL.test(ch)) {
      if (run !== '') runs.push(run);
      run = '';
      ascii = null;
      continue;
    }
    const isAscii = /[\x21-\x7e]/.test(ch);
    if (ascii !== null && isAscii !== ascii && run !== '') {
      runs.push(run);
      run = '';
    }
    ascii = isAscii;
    run += ch;
  }
  if (run !== '') runs.push(run);
  // `2023-06-08` is kept as a date; `06` and `6` are the same number.
  return runs.map((r) => (/^0\d{1,2}$/.test(r) ? String(Number(r)) : r));
}

/** Everything the parse keeps, as one text (parts apart, so no pair spans two of them). */
function keptText(issue: ParsedIssue): string {
  const parts: (string | number | null)[] = [
    issue.series,
    issue.year,
    issue.number,
    issue.numberTo,
    issue.totalNumber,
    issue.date?.replace(/-0?/g, '\u0000') ?? null,
    issue.publisher,
    issue.editor,
    issue.reviewer,
    issue.phone,
    ...issue.marks.notices,
    issue.marks.security,
    issue.marks.permit,
    ...issue.closing.distribution.flatMap((d) => [d.role, ...d.recipients]),
    issue.closing.printedBy,
    issue.closing.printedOn?.replace(/-0?/g, '\u0000') ?? null,
    issue.closing.printRun,
    issue.closing.signedBy ?? null,
    ...issue.articles.flatMap((a) => [a.title, a.page, a.column, a.source, ...a.sections.flatMap((s) => [s.heading, ...s.paragraphs])]),
    ...issue.unplaced.map((u) => u.text),
  ];
  return parts
    .filter((p) => p !== null)
    .map((p) => String(p).replace(/\s+/g, ''))
    .join('\u0000');
}

function lostFrom(text: string, issue: ParsedIssue): string[] {
  const kept = keptText(issue);
  const lost: string[] = [];
  splitLines(text).forEach((line, index) => {
    for (const run of contentRuns(line)) {
      const pieces = run.length === 1 ? [run] : [...run].slice(1).map((ch, i) => [...run][i] + ch);
      const missing = pieces.filter((piece) => !kept.includes(piece));
      if (missing.length > 0) lost.push(`line ${index} «${line}»: ${missing.join(' ')}`);
    }
  });
  return lost;
}

describe('no line of the source is lost', () => {
  it.each(sources)('%s: every character is in a field, a mark, the closing block, an article or unplaced', (_name, read) => {
    const text = read();
    const issue = parseBulletin(text);
    expect(lostFrom(text, issue)).toEqual([]);
    const lines = splitLines(text);
    for (const u of issue.unplaced) expect(lines[u.line]).toBe(u.text);
  });

  it('would notice a dropped paragraph (the check is not vacuous)', () => {
    const text = layoutFixtureText('combined-one-line.txt');
    const issue = parseBulletin(text);
    const dropped = { ...issue, articles: issue.articles.slice(1) };
    expect(lostFrom(text, dropped).length).toBeGreaterThan(0);
    const noUnplaced = parseBulletin(layoutFixtureText('unplaced-preface.txt'));
    const lost = lostFrom(layoutFixtureText('unplaced-preface.txt'), { ...noUnplaced, unplaced: [] });
    expect(lost.some((l) => l.startsWith('line 4 '))).toBe(true);
    expect(lost.some((l) => l.startsWith('line 5 '))).toBe(true);
  });

  it('keeps text before the first article that used to be left out', () => {
    const issue = parseBulletin(['科技简报', '2024年第1期', '（本期共四版，请各单位传阅）', '南京市推进科技金融改革', '南京市出台科技金融若干措施。'].join('\n'));
    expect(issue.unplaced).toEqual([{ line: 2, text: '（本期共四版，请各单位传阅）' }]);
    expect(issue.articles.map((a) => a.title)).toEqual(['南京市推进科技金融改革']);
  });
});
