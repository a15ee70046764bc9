import { describe, expect, it } from 'vitest';
import type { ParsedIssue } from '../../../shared/bulletin';
import { mastheadFieldsOf, parseLayoutFixture } from './layout-fixtures';

// Each fixture in tests/fixtures/layouts is one family of real bulletin layouts (see its
// README); every field the parser reads from it is asserted, so a layout that stops being
// read fails here by name.

const fieldsOf = mastheadFieldsOf;
const articlesOf = (issue: ParsedIssue): [string, string | null, string | null, number][] =>
  issue.articles.map((a) => [a.title, a.column, a.source, a.sections.reduce((n, s) => n + s.paragraphs.length, 0)]);
const evidenceOf = (issue: ParsedIssue, field: string): { lines: number[]; rule: string; certain: boolean } | undefined => {
  const found = issue.evidence.find((e) => e.field === field);
  return found === undefined ? undefined : { lines: found.lines, rule: found.rule, certain: found.certain };
};
const noClosing = { distribution: [], printedBy: null, printedOn: null, printRun: null, signedBy: null };
const noMarks = { notices: [], security: null, permit: null };

describe('a masthead on one combined line, letter-spaced series, numbered contents with 【】 labels, 版记', () => {
  const issue = parseLayoutFixture('combined-one-line.txt');

  it('reads every masthead field from `XX局编  第12期（总第88期）  2023年6月8日`', () => {
    expect(fieldsOf(issue)).toEqual({
      series: '工作简报',
      year: 2023,
      number: 12,
      numberTo: null,
      supplement: false,
      totalNumber: 88,
      date: '2023-06-08',
      publisher: '包头市科学技术局',
      editor: null,
      reviewer: null,
      phone: null,
    });
    expect(issue.marks).toEqual({ notices: ['内部资料', '注意保存'], security: null, permit: null });
    expect(evidenceOf(issue, 'publisher')).toEqual({ lines: [4], rule: 'masthead-combined-line', certain: true });
    expect(evidenceOf(issue, 'series')).toEqual({ lines: [2], rule: 'masthead-series-spaced', certain: true });
    expect(evidenceOf(issue, 'marks.notices.1')).toEqual({ lines: [0], rule: 'masthead-notice', certain: true });
  });

  it('takes columns from the contents labels and keeps 版记 out of the articles', () => {
    expect(articlesOf(issue)).toEqual([
      ['包头市召开2023年科技创新大会', '要闻', null, 2],
      ['稀土新材料中试基地建成投用', '要闻', null, 1],
      ['固阳县科技特派员深入田间地头', '基层动态', '包头日报', 1],
    ]);
    expect(issue.closing).toEqual({
      distribution: [
        { role: '报', recipients: ['市委办公室', '市政府办公室', '自治区科技厅'] },
        { role: '送', recipients: ['各旗县区科技局'] },
        { role: '发', recipients: ['局机关各科室', '各直属单位'] },
      ],
      printedBy: '包头市科学技术局办公室',
      printedOn: '2023-06-08',
      printRun: 80,
      signedBy: null,
    });
    expect(JSON.stringify(issue.articles)).not.toMatch(/印发|共印|报：|市委办公室/);
    expect(evidenceOf(issue, 'closing.printRun')).toEqual({ lines: [26], rule: 'closing-print-run', certain: true });
    expect(issue.unplaced).toEqual([]);
    expect(issue.warnings).toEqual([]);
  });
});

describe('masthead fields in another order over three lines, two-line series, 密级, 准印证, ★〔〕 contents that wrap', () => {
  const issue = parseLayoutFixture('combined-reversed.txt');

  it('reads the fields whatever their order, and the marks as metadata', () => {
    expect(fieldsOf(issue)).toEqual({
      series: '科技创新工作简报',
      year: 2023,
      number: 5,
      numberTo: null,
      supplement: false,
      totalNumber: 41,
      date: '2023-06-08',
      publisher: '呼伦贝尔市科学技术局',
      editor: '刘伟',
      reviewer: '陈立新',
      phone: '0470-8225566',
    });
    expect(issue.marks).toEqual({ notices: [], security: '秘密★1年', permit: '蒙K-2023-012号' });
    // A series over two lines is a guess a person should confirm.
    expect(evidenceOf(issue, 'series')).toEqual({ lines: [1, 2], rule: 'masthead-series-two-lines', certain: false });
    expect(evidenceOf(issue, 'marks.permit')).toEqual({ lines: [5], rule: 'masthead-permit', certain: true });
    expect(evidenceOf(issue, 'date')).toEqual({ lines: [3], rule: 'masthead-combined-line', certain: true });
  });

  it('joins the wrapped contents entry and takes 〔〕 columns', () => {
    expect(articlesOf(issue)).toEqual([
      ['市科技局召开科技特派员工作推进会暨全市农村牧区科技服务工作座谈会', '工作动态', null, 2],
      ['扎兰屯市建成大豆良种繁育基地', '基层动态', null, 1],
      ['根河市开展冷凉地区蔬菜种植技术培训', '基层动态', null, 1],
    ]);
    expect(evidenceOf(issue, 'articles.0.title')).toEqual({ lines: [8, 9, 13], rule: 'toc-title', certain: true });
    expect(issue.closing).toEqual({
      distribution: [
        { role: '主送', recipients: ['市委', '市政府'] },
        { role: '抄送', recipients: ['自治区科技厅', '各旗市区科技局'] },
      ],
      printedBy: null,
      printedOn: null,
      printRun: null,
      // 签发 is kept apart from 审核.
      signedBy: '赵志强',
    });
    expect(evidenceOf(issue, 'closing.signedBy')).toEqual({ lines: [22], rule: 'colophon-field', certain: true });
    expect(issue.warnings).toEqual([]);
  });
});

describe('Chinese numerals: 第十二期（总第一百零八期）, 二〇二三年六月八日, a fuzzy body title, a two-line body title', () => {
  const issue = parseLayoutFixture('chinese-numerals.txt');

  it('reads numbers and the date written in Chinese numerals', () => {
    expect(fieldsOf(issue)).toMatchObject({ series: '科技情况通报', year: 2023, number: 12, totalNumber: 108, date: '2023-06-08', publisher: '鄂尔多斯市科学技术局' });
    expect(evidenceOf(issue, 'date')).toEqual({ lines: [3], rule: 'masthead-date', certain: true });
  });

  it('keeps the contents wording for a body title printed slightly differently, and flags it', () => {
    expect(articlesOf(issue)).toEqual([
      ['省科技厅厅长调研鄂尔多斯国家可持续发展议程创新示范区建设', null, null, 2],
      ['康巴什区推进新能源重卡应用示范', null, null, 1],
      ['达拉特旗光伏治沙项目通过验收', null, null, 1],
    ]);
    expect(evidenceOf(issue, 'articles.0.title')).toEqual({ lines: [6, 10], rule: 'toc-fuzzy-title', certain: false });
    expect(evidenceOf(issue, 'articles.1.title')).toEqual({ lines: [7, 13, 14], rule: 'toc-title', certain: true });
    expect(issue.unplaced).toEqual([]);
    expect(issue.warnings).toEqual([]);
  });
});

describe('二○二四年第三期 with a circle for zero, 二零二四年三月十五日, unheaded ◆ contents without pages, 内部刊物', () => {
  const issue = parseLayoutFixture('circle-zero-year.txt');

  it('reads year, number and date', () => {
    expect(fieldsOf(issue)).toMatchObject({ series: '科技信息专报', year: 2024, number: 3, date: '2024-03-15', publisher: '乌海市科学技术局' });
    expect(issue.marks).toEqual({ notices: ['内部刊物'], security: null, permit: null });
    // A name without 编/主办 beside the date is taken as the publisher, as a guess.
    expect(evidenceOf(issue, 'publisher')).toEqual({ lines: [3], rule: 'masthead-organisation', certain: false });
  });

  it('splits the articles by the contents', () => {
    expect(articlesOf(issue)).toEqual([
      ['乌海市召开科技工作会议', null, null, 1],
      ['海勃湾区建设葡萄酒产业科技示范园', null, '乌海日报', 1],
    ]);
    expect(issue.warnings).toEqual([]);
  });
});

describe('an ISO date 2023-06-08, no contents: 【】 column lines, tab-indented titles, a two-line body title', () => {
  const issue = parseLayoutFixture('iso-date-no-toc.txt');

  it('reads the masthead and the colophon with a spaced name', () => {
    expect(fieldsOf(issue)).toEqual({
      series: '科技工作动态',
      year: 2023,
      number: 6,
      numberTo: null,
      supplement: false,
      totalNumber: null,
      date: '2023-06-08',
      publisher: '巴彦淖尔市科学技术局',
      editor: '李涛',
      reviewer: '王建国',
      phone: '0478-8612345',
    });
    expect(issue.marks).toEqual(noMarks);
  });

  it('splits by layout, joins the two-line title, and flags every boundary as a guess', () => {
    expect(articlesOf(issue)).toEqual([
      ['巴彦淖尔市启动国家农高区建设三年行动', '要闻', null, 2],
      ['河套灌区盐碱地综合改良技术示范项目开工', '要闻', null, 1],
      ['临河区举办农业科技成果对接会', '基层动态', null, 1],
    ]);
    expect(evidenceOf(issue, 'articles.1.start')).toEqual({ lines: [8, 9], rule: 'layout-two-line-title', certain: false });
    expect(evidenceOf(issue, 'articles.0.start')).toEqual({ lines: [5], rule: 'layout-title', certain: false });
    expect(issue.warnings).toEqual([{ code: 'toc-missing' }]);
  });
});

describe('合刊 第5-6期合刊 with the year alone, 一、 contents, an entry whose article is missing', () => {
  const issue = parseLayoutFixture('joint-issue.txt');

  it('reads number and numberTo', () => {
    expect(fieldsOf(issue)).toMatchObject({ series: '科技参考', year: 2024, number: 5, numberTo: 6, supplement: false, publisher: '锡林郭勒盟科学技术局' });
    expect(evidenceOf(issue, 'numberTo')).toEqual({ lines: [2], rule: 'masthead-joint-issue', certain: true });
  });

  it('keeps the entry without a body as an article with no sections, warns and flags it', () => {
    expect(issue.articles.map((a) => [a.title, a.sections.length])).toEqual([
      ['锡林郭勒盟召开科技创新大会', 1],
      ['多伦县建设草原生态修复科技示范区', 0],
      ['正蓝旗奶制品产业技术攻关取得进展', 1],
    ]);
    expect(issue.warnings).toEqual([
      { code: 'toc-entry-unmatched', title: '多伦县建设草原生态修复科技示范区', page: null },
      { code: 'toc-count-mismatch', listed: 3, found: 2 },
    ]);
    expect(evidenceOf(issue, 'articles.1.body')).toEqual({ lines: [7], rule: 'toc-entry-no-body', certain: false });
  });
});

describe('增刊 2024年增刊第1期, ■ contents without pages or header', () => {
  const issue = parseLayoutFixture('supplement.txt');

  it('reads the supplement flag and its number', () => {
    expect(fieldsOf(issue)).toMatchObject({ series: '科技动态', year: 2024, number: 1, numberTo: null, supplement: true, date: '2024-01-20' });
    expect(evidenceOf(issue, 'supplement')).toEqual({ lines: [1], rule: 'masthead-supplement', certain: true });
    expect(issue.articles.map((a) => a.title)).toEqual(['通辽市2023年科技工作回顾', '通辽市2024年科技工作要点']);
    expect(issue.closing).toEqual(noClosing);
  });
});

describe('text no rule places (an editor’s note before the contents)', () => {
  const issue = parseLayoutFixture('unplaced-preface.txt');

  it('is kept as unplaced lines with their line numbers, and said in a warning', () => {
    expect(issue.unplaced).toEqual([
      { line: 4, text: '编者按：本期围绕春耕备耕，介绍各旗县市科技服务经验，供参阅。' },
      { line: 5, text: '欢迎各单位踊跃投稿。' },
    ]);
    expect(issue.warnings).toEqual([expect.objectContaining({ code: 'unrecognised-lines', count: 2 })]);
    expect(issue.articles.map((a) => a.title)).toEqual(['科右前旗开展春耕科技服务月活动', '突泉县推广玉米密植高产技术']);
    expect(fieldsOf(issue)).toMatchObject({ series: '农牧科技简报', number: 3, date: '2024-03-01', publisher: '兴安盟农牧局', reviewer: '孙丽' });
  });
});

describe('GB18030 with CRLF, half-width punctuation, a tab between fields, ●1. contents, a wrapped 送 list', () => {
  const issue = parseLayoutFixture('half-width-crlf.gb18030.txt');

  it('decodes and reads the masthead with (总第N期) and 编辑:李 涛', () => {
    expect(fieldsOf(issue)).toEqual({
      series: '赤峰市科技工作简报',
      year: 2023,
      number: 9,
      numberTo: null,
      supplement: false,
      totalNumber: 156,
      date: '2023-06-08',
      publisher: '赤峰市科学技术局办公室',
      editor: '李涛',
      reviewer: null,
      phone: '0476-8889999',
    });
    expect(issue.marks).toEqual({ notices: ['内部资料'], security: null, permit: null });
  });

  it('reads the closing block, joining the wrapped list', () => {
    expect(issue.closing).toEqual({
      distribution: [
        { role: '报', recipients: ['市委', '市人大', '市政府', '市政协'] },
        { role: '送', recipients: ['各旗县区人民政府', '市直有关部门', '各高等院校', '科研院所'] },
      ],
      printedBy: null,
      printedOn: null,
      printRun: 120,
      signedBy: null,
    });
    expect(evidenceOf(issue, 'closing.printRun')).toEqual({ lines: [16], rule: 'closing-print-run', certain: true });
    expect(articlesOf(issue)).toEqual([
      ['赤峰市科技成果转化中心揭牌', null, null, 2],
      ['宁城县建成设施农业科技小院', null, null, 1],
    ]);
  });
});

describe('a publisher known only from the 印发 line', () => {
  it('is taken from it and flagged as a guess', async () => {
    const { parseBulletin } = await import('../../../electron/core/parser/index');
    const issue = parseBulletin(
      ['科技简报', '2024年第2期', '', '南京市推进科技金融改革', '南京市出台科技金融若干措施。', '', '南京市科学技术局办公室  2024年2月8日印发'].join('\n'),
    );
    expect(issue.publisher).toBe('南京市科学技术局办公室');
    expect(issue.closing).toMatchObject({ printedBy: '南京市科学技术局办公室', printedOn: '2024-02-08' });
    expect(evidenceOf(issue, 'publisher')).toEqual({ lines: [6], rule: 'publisher-from-printing-line', certain: false });
  });
});
