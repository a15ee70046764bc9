import type { ParsedMarks } from '../../../shared/bulletin';
import { emptyColophon, isColophonFieldLine, publisherFromLine, readColophonFields } from './colophon';
import type { ColophonFields } from './colophon';
import { parseIssueNumber } from './cn-number';
import { YEAR, isoDateFromLine, parseYear } from './dates';
import { emptyMarks, readMarks } from './marks';
import { CN_DIGITS, COLUMN_HEADING, SEPARATOR_LINE, endsSentence, visibleLength } from './patterns';
import { RULES } from './rules';
import type { EvidenceLog, RuleName } from './rules';
import { hasNumbering, isTocHeader, looksLikeTocEntry } from './toc-entry';

export interface Masthead {
  series: string;
  year: number | null;
  number: number | null;
  totalNumber: number | null;
  numberTo: number | null;
  supplement: boolean;
  date: string | null;
  publisher: string | null;
  marks: ParsedMarks;
  colophon: ColophonFields;
  /** Index of the first line after the masthead. */
  end: number;
}

const NUM = `[\\d${CN_DIGITS}]+`;
// `2024年第3期`, `二○二四年第三期`, `第5-6期合刊`, `2024年增刊第1期`.
const ISSUE = new RegExp(`(?:(${YEAR})\\s*年\\s*)?(增刊\\s*)?第\\s*(${NUM})\\s*(?:[-—–－~～至、/]\\s*(?:第\\s*)?(${NUM})\\s*)?期(\\s*合刊)?`);
// `2024年增刊`, `增刊（1）`, `增刊1` without 第…期.
const SUPPLEMENT = new RegExp(`(?:(${YEAR})\\s*年\\s*)?增刊\\s*(?:[（(]\\s*(${NUM})\\s*[）)]|(${NUM}))?`);
const JOINT = /合刊/;
const ISSUE_FIELDS = new Set(['number', 'totalNumber', 'numberTo', 'supplement']);
const TOTAL = new RegExp(`总\\s*第?\\s*(${NUM})\\s*期`);
// `2024年` alone, on its own line or beside other fields (`XX局编印    2024年`).
const YEAR_ALONE = new RegExp(`(?:^|\\s)(${YEAR})\\s*年(?=\\s|$)`);
const ORGANISATION = /(?:办公室|办公厅|局|厅|委员会|中心|研究院|研究所|协会|学会|处|科|部|馆)$/;
// What series titles end with; a title printed below the issue line, or over two lines, is
// taken only when it ends like one (an article title rarely does).
const SERIES_ENDING =
  /(?:简报|参考|动态|快报|快讯|通讯|信息|专报|要情|通报|周报|月报|旬报|内参|摘编|参阅|情况|资讯|导刊|专刊|要览|选编|文摘|工作|研究|交流)$/;
// Mastheads are a handful of lines; past this, anything unknown is body text.
const MAX_MASTHEAD_LINES = 15;
const MAX_SERIES_LENGTH = 20;

/**
 * Reads the masthead at the top of an issue: series, marks (内部资料, 秘密★1年, 准印证),
 * `2024 年第 3 期` / `第 7 期（总第 88 期）` / `第5-6期合刊` / `增刊`, the date and the editing
 * organisation, in any order and on one line or several. The year comes from the issue line or,
 * failing that, from the date line, never from body text. Every field it reads goes to `log`.
 */
export function parseMasthead(lines: readonly string[], log: EvidenceLog): Masthead {
  const result: Masthead = {
    series: '',
    year: null,
    number: null,
    totalNumber: null,
    numberTo: null,
    supplement: false,
    date: null,
    publisher: null,
    marks: emptyMarks(),
    colophon: emptyColophon(),
    end: 0,
  };
  let issueYear: { year: number; line: number; rule: RuleName } | null = null;
  let dateYear: { year: number; line: number } | null = null;
  let seenIssueOrDate = false;
  let seriesLines: number[] = [];
  let previousLine = -1;
  let seen = 0;
  let index = 0;
  for (; index < lines.length && seen < MAX_MASTHEAD_LINES; index += 1) {
    const line = lines[index] ?? '';
    if (line === '' || SEPARATOR_LINE.test(line)) continue;
    seen += 1;
    if (isTocHeader(line) || looksLikeTocEntry(line) || COLUMN_HEADING.test(line) || hasNumbering(line)) break;
    const found: { field: string; rule: RuleName; certain: boolean }[] = [];
    const mark = (field: string, rule: RuleName, certain = true): void => {
      found.push({ field, rule, certain });
    };

    const marks = readMarks(line);
    for (const notice of marks.notices) {
      mark(`marks.notices.${result.marks.notices.length}`, RULES.notice);
      result.marks.notices.push(notice);
    }
    if (marks.security !== null && result.marks.security === null) {
      result.marks.security = marks.security;
      mark('marks.security', RULES.security);
    }
    if (marks.permit !== null && result.marks.permit === null) {
      result.marks.permit = marks.permit;
      mark('marks.permit', RULES.permit);
    }
    let rest = marks.rest;
    const hadMarks = found.length > 0;

    // `总第88期` first: its `第88期` is not the issue number.
    const total = TOTAL.exec(rest);
    if (total !== null) {
      if (result.totalNumber === null) {
        result.totalNumber = parseIssueNumber(total[1] ?? '');
        mark('totalNumber', RULES.issueLine);
      }
      rest = rest.replace(total[0], ' ');
    }
    const issue = ISSUE.exec(rest);
    if (issue !== null) {
      const number = parseIssueNumber(issue[3] ?? '');
      if (result.number === null && number !== null) {
        result.number = number;
        mark('number', RULES.issueLine);
      }
      const to = issue[4] === undefined ? null : parseIssueNumber(issue[4]);
      if (to !== null && result.numberTo === null && number !== null && to > number) {
        result.numberTo = to;
        mark('numberTo', RULES.jointIssue);
      }
      if (issue[2] !== undefined && !result.supplement) {
        result.supplement = true;
        mark('supplement', RULES.supplement);
      }
      const year = issue[1] === undefined ? null : parseYear(issue[1]);
      if (year !== null && issueYear === null) issueYear = { year, line: index, rule: RULES.issueLine };
      rest = rest.replace(issue[0], ' ');
    }
    const supplement = issue === null ? SUPPLEMENT.exec(rest) : null;
    if (supplement !== null) {
      if (!result.supplement) {
        result.supplement = true;
        mark('supplement', RULES.supplement);
      }
      const number = parseIssueNumber(supplement[2] ?? supplement[3] ?? '');
      if (number !== null && result.number === null) {
        result.number = number;
        mark('number', RULES.supplement);
      }
      const year = supplement[1] === undefined ? null : parseYear(supplement[1]);
      if (year !== null && issueYear === null) issueYear = { year, line: index, rule: RULES.supplement };
      rest = rest.replace(supplement[0], ' ');
    }
    if (JOINT.test(rest)) {
      // `第5-6期` on one line and `合刊` beside it or alone.
      rest = rest.replace(JOINT, ' ');
      mark('numberTo', RULES.jointIssue, result.numberTo !== null);
    }
    const date = isoDateFromLine(rest);
    if (date !== null) {
      if (result.date === null) {
        result.date = date.iso;
        mark('date', RULES.dateLine);
      }
      dateYear ??= { year: date.year, line: index };
      rest = date.rest;
    }
    // After the date: `2024 年 6 月 18 日` holds a `2024 年` too.
    const yearAlone = YEAR_ALONE.exec(rest.trim());
    if (yearAlone !== null) {
      const year = parseYear(yearAlone[1] ?? '');
      if (year !== null && issueYear === null) issueYear = { year, line: index, rule: RULES.issueLine };
      rest = rest.trim().replace(yearAlone[0], ' ');
    }
    const recognised = issue !== null || supplement !== null || total !== null || yearAlone !== null || date !== null;
    rest = rest
      .replace(/[（()）]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();

    const accept = (): void => {
      seenIssueOrDate ||= recognised;
      previousLine = index;
      // Several fields on one line are told apart by what they look like, not where they are.
      // (`第7期（总第88期）` is one issue line; an issuing unit beside it and a date make it combined.)
      const kinds = new Set(found.filter((f) => !f.field.startsWith('marks.')).map((f) => (ISSUE_FIELDS.has(f.field) ? 'issue' : f.field)));
      const combined = kinds.size + (yearAlone !== null ? 1 : 0) > 1;
      for (const f of found) log.add(f.field, [index], combined && f.certain ? RULES.combinedLine : f.rule, f.certain);
    };

    if (isColophonFieldLine(rest)) {
      const before = { ...result.colophon };
      readColophonFields(rest, result.colophon);
      for (const field of ['editor', 'reviewer', 'phone', 'publisher'] as const) {
        if (before[field] === null && result.colophon[field] !== null) mark(field === 'publisher' ? 'publisher' : field, RULES.colophonField);
      }
      accept();
      continue;
    }
    if (rest === '') {
      if (recognised || hadMarks) accept();
      continue;
    }
    const named = publisherFromLine(rest);
    const guessed = named === null && result.publisher === null && ORGANISATION.test(rest) && (date !== null || seenIssueOrDate);
    if (named !== null || guessed) {
      if (result.publisher === null) {
        result.publisher = named ?? rest;
        mark('publisher', named !== null ? RULES.publisherLine : RULES.organisation, named !== null);
      }
      accept();
      continue;
    }
    if (readSeries(rest, { recognised, index, previousLine }, result, seriesLines, seenIssueOrDate, mark)) {
      seriesLines = result.series === '' ? seriesLines : [...seriesLines, index];
      accept();
      continue;
    }
    // Something beside the fields that no rule reads: the masthead ends here and the line is
    // kept as text; marks read from it are kept too.
    for (const f of found) if (f.field.startsWith('marks.')) log.add(f.field, [index], f.rule, false);
    break;
  }
  result.end = index;
  if (issueYear !== null) {
    result.year = issueYear.year;
    log.add('year', [issueYear.line], issueYear.rule, true);
  } else if (dateYear !== null) {
    result.year = dateYear.year;
    log.add('year', [dateYear.line], RULES.yearFromDate, true);
  }
  const seriesEvidence = log.entries.filter((e) => e.field === 'series');
  if (seriesEvidence.length > 1) {
    // A title over two lines: one entry for both.
    const lines = seriesEvidence.flatMap((e) => e.lines);
    for (const e of seriesEvidence) log.entries.splice(log.entries.indexOf(e), 1);
    log.add('series', lines, RULES.seriesTwoLines, false);
  }
  return result;
}

/**
 * Takes `text` as the series title (or its second line, or a repeat of it) when it can be one.
 * Returns whether the line was read.
 */
function readSeries(
  text: string,
  at: { recognised: boolean; index: number; previousLine: number },
  result: Masthead,
  seriesLines: readonly number[],
  seenIssueOrDate: boolean,
  mark: (field: string, rule: RuleName, certain?: boolean) => void,
): boolean {
  if (!isSeriesCandidate(text)) return false;
  const title = removeLetterSpacing(text);
  if (result.series === '') {
    if (!seenIssueOrDate || at.recognised) {
      result.series = title;
      mark('series', title !== text ? RULES.seriesSpaced : RULES.series);
      return true;
    }
    if (visibleLength(title) <= 12 && SERIES_ENDING.test(title)) {
      result.series = title;
      mark('series', RULES.seriesLate, false);
      return true;
    }
    return false;
  }
  if (title === result.series) return true;
  const lastSeriesLine = seriesLines[seriesLines.length - 1];
  const joined = result.series + title;
  if (
    lastSeriesLine === at.previousLine &&
    seriesLines.length === 1 &&
    !at.recognised &&
    visibleLength(joined) <= MAX_SERIES_LENGTH &&
    SERIES_ENDING.test(joined)
  ) {
    result.series = joined;
    mark('series', RULES.seriesTwoLines, false);
    return true;
  }
  return false;
}

function isSeriesCandidate(text: string): boolean {
  return visibleLength(text) <= MAX_SERIES_LENGTH && !endsSentence(text) && !/[，。、：:]/.test(text) && /[\u4e00-\u9fff]/.test(text);
}

/** `科 技 情 报 参 考` (a letter-spaced masthead) → `科技情报参考`. */
function removeLetterSpacing(text: string): string {
  return /^[\u4e00-\u9fff](?:[\s\u3000]+[\u4e00-\u9fff])+$/.test(text) ? text.replace(/[\s\u3000]+/g, '') : text;
}
