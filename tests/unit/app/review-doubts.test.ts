import { describe, expect, it } from 'vitest';
import type { ParsedArticle, ParseEvidence } from '../../../shared/bulletin';
import { doubtfulFields, doubtsOf } from '../../../renderer/src/review/doubts';
import { appendParagraph } from '../../../shared/unplaced';

const article = (title: string, paragraphs: string[]): ParsedArticle => ({
  title,
  page: null,
  column: null,
  region: null,
  source: null,
  sections: [{ heading: null, paragraphs }],
});

describe('what the review screen asks a person to check', () => {
  const evidence: ParseEvidence[] = [
    { field: 'series', lines: [0], rule: 'masthead-series', certain: true },
    { field: 'publisher', lines: [2], rule: 'masthead-organisation', certain: false },
    { field: 'date', lines: [1, 2], rule: 'masthead-combined-line', certain: false },
    { field: 'articles.1.start', lines: [9], rule: 'layout-title', certain: false },
    { field: 'articles.0.join', lines: [7], rule: 'page-break-join', certain: false },
    { field: 'closing.printRun', lines: [30], rule: 'closing-print-run', certain: false },
    { field: 'articles.2.title', lines: [12], rule: 'some-new-rule', certain: false },
  ];
  const articles = [article('甲', ['正文']), article('乙', ['正文']), article('丙', ['正文']), article('丁', [])];
  const doubts = doubtsOf({ evidence, articles });

  it('lists every uncertain part, and nothing the parser was sure of', () => {
    expect(doubts.map((d) => [d.kind, d.field, d.lines])).toEqual([
      ['field', 'publisher', [2]],
      ['field', 'date', [1, 2]],
      ['boundary', 'articles.1.start', [9]],
      ['join', 'articles.0.join', [7]],
      ['closing', 'closing.printRun', [30]],
      ['title', 'articles.2.title', [12]],
      // An article without a body is listed even though no rule said so.
      ['body', 'articles.3.body', []],
    ]);
    expect(doubts.find((d) => d.kind === 'title')?.rule).toBe('some-new-rule');
  });

  it('flags the masthead fields of the form that are in doubt', () => {
    expect([...doubtfulFields(doubts).keys()]).toEqual(['publisher', 'date']);
  });
});

describe('placing an unplaced line', () => {
  it('adds it as the last paragraph of the last section, or as a section of its own', () => {
    expect(appendParagraph([{ heading: '一', paragraphs: ['a'] }, { heading: '二', paragraphs: ['b'] }], 'c')).toEqual([
      { heading: '一', paragraphs: ['a'] },
      { heading: '二', paragraphs: ['b', 'c'] },
    ]);
    expect(appendParagraph([], 'c')).toEqual([{ heading: null, paragraphs: ['c'] }]);
  });
});

describe('rule names on the review screen', () => {
  it('every rule the parser can name is said in Chinese and English', async () => {
    const { RULES } = await import('../../../electron/core/parser/rules');
    const { doubtsZh, doubtsEn } = await import('../../../renderer/src/review/doubts-i18n');
    const zh: Record<string, string> = doubtsZh.rules;
    const en: Record<string, string> = doubtsEn.rules;
    const untranslated = Object.values(RULES).filter((rule) => !zh[rule] || !en[rule]);
    expect(untranslated).toEqual([]);
  });
});
