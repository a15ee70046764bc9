import { emptyColophon, isColophonFieldLine, publisherFromLine, readColophonFields } from './colophon';
import type { ColophonFields } from './colophon';
import { parseIssueNumber } from './cn-number';
import { isoDateFromLine } from './dates';
import { CN_DIGITS, SEPARATOR_LINE, endsSentence, visibleLength } from './patterns';
import { isTocHeader, looksLikeTocEntry } from './toc-entry';

export interface Masthead {
  series: string;
  year: number | null;
  number: number | null;
  totalNumber: number | null;
  date: string | null;
  publisher: string | null;
  colophon: ColophonFields;
  /** Index of the first line after the masthead. */
  end: number;
}

const ISSUE = new RegExp(`(?:(\\d{4})\\s*年\\s*)?第\\s*([\\d${CN_DIGITS}]+)\\s*期`);
const TOTAL = new RegExp(`总\\s*第?\\s*([\\d${CN_DIGITS}]+)\\s*期`);
const YEAR_ALONE = /^(\d{4})\s*年$/;
// Security and circulation marks printed above the title; they are not the series.
const LABEL = /^(?:[★☆]\s*)?(?:内部资料|内部参考|内部刊物|注意保存|仅供参考|秘密|机密|绝密|密级|请勿外传|供领导参阅)/;
const ORGANISATION = /(?:办公室|办公厅|局|厅|委员会|中心|研究院|研究所|协会|学会|处|科|部|馆)$/;
// Mastheads are a handful of lines; past this, anything unknown is body text.
const MAX_MASTHEAD_LINES = 15;
const MAX_SERIES_LENGTH = 20;

/**
 * Reads the masthead at the top of an issue: series, `2024 年第 3 期` /
 * `第 7 期（总第 88 期）`, the date line and the editing organisation. The year comes
 * from the issue line or, failing that, from the date line, never from body text.
 */
export function parseMasthead(lines: readonly string[]): Masthead {
  const result: Masthead = {
    series: '',
    year: null,
    number: null,
    totalNumber: null,
    date: null,
    publisher: null,
    colophon: emptyColophon(),
    end: 0,
  };
  let issueYear: number | null = null;
  let dateYear: number | null = null;
  let seenIssueOrDate = false;
  let seen = 0;
  let index = 0;
  for (; index < lines.length && seen < MAX_MASTHEAD_LINES; index += 1) {
    const line = lines[index] ?? '';
    if (line === '' || SEPARATOR_LINE.test(line)) continue;
    seen += 1;
    if (isTocHeader(line) || looksLikeTocEntry(line) || line.startsWith('【')) break;
    if (LABEL.test(line)) continue;

    let rest = line;
    const issue = ISSUE.exec(rest);
    if (issue !== null) {
      result.number ??= parseIssueNumber(issue[2] ?? '');
      if (issue[1] !== undefined) issueYear ??= Number(issue[1]);
      rest = rest.replace(issue[0], ' ');
    }
    const total = TOTAL.exec(rest);
    if (total !== null) {
      result.totalNumber ??= parseIssueNumber(total[1] ?? '');
      rest = rest.replace(total[0], ' ');
    }
    const yearAlone = YEAR_ALONE.exec(rest.trim());
    if (yearAlone !== null) {
      issueYear ??= Number(yearAlone[1]);
      rest = '';
    }
    const date = isoDateFromLine(rest);
    if (date !== null) {
      result.date ??= date.iso;
      dateYear ??= date.year;
      rest = date.rest;
    }
    const recognised = issue !== null || total !== null || yearAlone !== null || date !== null;
    rest = rest
      .replace(/[（()）]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();

    if (isColophonFieldLine(rest)) {
      readColophonFields(rest, result.colophon);
      continue;
    }
    if (rest === '') {
      seenIssueOrDate ||= recognised;
      continue;
    }
    const publisher =
      publisherFromLine(rest) ?? (result.publisher === null && ORGANISATION.test(rest) && (date !== null || seenIssueOrDate) ? rest : null);
    if (publisher !== null) {
      result.publisher ??= publisher;
      seenIssueOrDate ||= recognised;
      continue;
    }
    if (isSeriesCandidate(rest) && (result.series === '' ? !seenIssueOrDate || recognised : sameSeries(rest, result.series))) {
      if (result.series === '') result.series = removeLetterSpacing(rest);
      seenIssueOrDate ||= recognised;
      continue;
    }
    if (recognised) {
      seenIssueOrDate = true;
      continue;
    }
    break;
  }
  result.end = index;
  result.year = issueYear ?? dateYear;
  return result;
}

function isSeriesCandidate(text: string): boolean {
  return visibleLength(text) <= MAX_SERIES_LENGTH && !endsSentence(text) && !/[，。、：:]/.test(text) && /[\u4e00-\u9fff]/.test(text);
}

function sameSeries(text: string, series: string): boolean {
  return removeLetterSpacing(text) === series;
}

/** `科 技 情 报 参 考` (a letter-spaced masthead) → `科技情报参考`. */
function removeLetterSpacing(text: string): string {
  return /^[\u4e00-\u9fff](?:[\s\u3000]+[\u4e00-\u9fff])+$/.test(text) ? text.replace(/[\s\u3000]+/g, '') : text;
}
