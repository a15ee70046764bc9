import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../../shared/bulletin';
import { canSplitAt, mergeIntoPrevious, paragraphsOf, renameArticle, splitArticle, suggestedTitle } from '../../../renderer/src/review/article-edits';
import { locateArticles, sourceLines } from '../../../renderer/src/review/locate';
import { fieldsFrom, mastheadPatch, readFields } from '../../../renderer/src/review/masthead-fields';

const article = (title: string, sections: ParsedArticle['sections'], page: number | null = 2): ParsedArticle => ({
  title,
  page,
  column: null,
  region: null,
  source: null,
  sections,
});

const BAOTOU = article('包头市稀土新材料产业创新发展取得新进展', [
  { heading: null, paragraphs: ['今年以来，包头市围绕建设“两个稀土基地”。'] },
  { heading: '创新平台加快建设', paragraphs: ['包头市依托国家稀土新材料技术创新中心。', '全市稀土企业研发投入同比增长 23.5%。'] },
]);
const ORDOS = article('鄂尔多斯市加快能源领域关键技术攻关', [{ heading: null, paragraphs: ['鄂尔多斯市聚焦煤炭清洁高效利用。', '同时，鄂尔多斯市深化合作。'] }]);
const CHIFENG = article('赤峰市科技特派员助力乡村振兴', [{ heading: null, paragraphs: ['赤峰市选派 860 名科技特派员。'] }], 3);

describe('review: merging articles', () => {
  it('joins an article to the previous one, its title becoming a sub-heading', () => {
    const merged = mergeIntoPrevious([BAOTOU, ORDOS, CHIFENG], 1);
    expect(merged.map((a) => a.title)).toEqual([BAOTOU.title, CHIFENG.title]);
    expect(merged[0]!.sections).toEqual([...BAOTOU.sections, { heading: ORDOS.title, paragraphs: ORDOS.sections[0]!.paragraphs }]);
  });

  it('keeps the merged article’s own first heading below its old title', () => {
    const merged = mergeIntoPrevious([ORDOS, BAOTOU], 1);
    expect(merged[0]!.sections.map((s) => s.heading)).toEqual([null, BAOTOU.title, '创新平台加快建设']);
  });

  it('does nothing to the first article', () => {
    const articles = [BAOTOU, ORDOS];
    expect(mergeIntoPrevious(articles, 0)).toBe(articles);
  });
});

describe('review: splitting an article', () => {
  it('starts a new article at a sub-heading, which becomes its title and is not repeated', () => {
    const split = splitArticle([BAOTOU, ORDOS], 0, { section: 1, paragraph: 0 }, '创新平台加快建设');
    expect(split.map((a) => a.title)).toEqual([BAOTOU.title, '创新平台加快建设', ORDOS.title]);
    expect(split[0]!.sections).toEqual([BAOTOU.sections[0]]);
    expect(split[1]!.sections).toEqual([{ heading: null, paragraphs: BAOTOU.sections[1]!.paragraphs }]);
    expect(split[1]!.page).toBe(2);
  });

  it('splits inside a section, keeping the heading with the first part', () => {
    const split = splitArticle([BAOTOU], 0, { section: 1, paragraph: 1 }, '研发投入增长');
    expect(split[0]!.sections).toEqual([BAOTOU.sections[0], { heading: '创新平台加快建设', paragraphs: ['包头市依托国家稀土新材料技术创新中心。'] }]);
    expect(split[1]!.sections).toEqual([{ heading: null, paragraphs: ['全市稀土企业研发投入同比增长 23.5%。'] }]);
  });

  it('drops a paragraph that was taken as the new title', () => {
    const split = splitArticle([ORDOS], 0, { section: 0, paragraph: 1 }, '同时，鄂尔多斯市深化合作。');
    expect(split[1]!.sections).toEqual([]);
    expect(split[0]!.sections).toEqual([{ heading: null, paragraphs: ['鄂尔多斯市聚焦煤炭清洁高效利用。'] }]);
  });

  it('never splits at the first paragraph, which would leave an empty article', () => {
    expect(canSplitAt(BAOTOU, { section: 0, paragraph: 0 })).toBe(false);
    expect(canSplitAt(BAOTOU, { section: 1, paragraph: 0 })).toBe(true);
    const articles = [BAOTOU];
    expect(splitArticle(articles, 0, { section: 0, paragraph: 0 }, '新标题')).toBe(articles);
  });

  it('offers the heading, or a short paragraph, as the new title', () => {
    const entries = paragraphsOf(BAOTOU);
    expect(entries.map((e) => e.heading)).toEqual([null, '创新平台加快建设', null]);
    expect(suggestedTitle(entries[1]!)).toBe('创新平台加快建设');
    expect(suggestedTitle({ ...entries[0]!, text: '很长'.repeat(30) })).toBe('');
  });

  it('renames one article only', () => {
    expect(renameArticle([BAOTOU, ORDOS], 1, '新标题').map((a) => a.title)).toEqual([BAOTOU.title, '新标题']);
  });
});

describe('review: finding articles in the source text', () => {
  const text = [
    '科技工作动态',
    '目  录',
    '★包头市稀土新材料产业创新发展取得新进展……2',
    '★鄂尔多斯市加快能源领域关键技术攻关……2',
    '★赤峰市科技特派员助力乡村振兴……3',
    '包头市稀土新材料产业创新',
    '发展取得新进展',
    '今年以来，包头市围绕建设“两个稀土基地”。',
    '创新平台加快建设',
    '包头市依托国家稀土新材料技术创新中心。',
    '全市稀土企业研发投入同比增长 23.5%。',
    '鄂尔多斯市加快能源领域关键技术攻关',
    '鄂尔多斯市聚焦煤炭清洁高效利用。',
    '同时，鄂尔多斯市深化合作。',
    '赤峰市科技特派员助力乡村振兴',
    '赤峰市选派 860 名科技特派员。',
  ].join('\r\n');

  it('finds each title in the body, not in the table of contents, across a line break', () => {
    expect(locateArticles(sourceLines(text), [BAOTOU, ORDOS, CHIFENG])).toEqual([5, 11, 14]);
  });

  it('falls back to the first paragraph when a title was renamed', () => {
    expect(locateArticles(sourceLines(text), [BAOTOU, { ...ORDOS, title: '鄂尔多斯攻关' }, CHIFENG])).toEqual([5, 12, 14]);
  });

  it('finds an article split off at a sub-heading', () => {
    const split = splitArticle([BAOTOU], 0, { section: 1, paragraph: 0 }, '创新平台加快建设');
    expect(locateArticles(sourceLines(text), split)).toEqual([5, 8]);
  });

  it('answers null for what is not there', () => {
    expect(locateArticles(['无关的文字'], [BAOTOU])).toEqual([null]);
  });
});

describe('review: the masthead form', () => {
  const masthead = { series: '科技工作动态', year: 2024, number: 5, totalNumber: null, date: '2024-05-20', publisher: '包头市科学技术局', editor: '王芳', reviewer: null, phone: null };

  it('reads back what it was given', () => {
    expect(readFields(fieldsFrom(masthead))).toEqual({ ok: true, values: masthead });
  });

  it('trims text, turns empty fields into null and numbers into numbers', () => {
    const fields = { ...fieldsFrom(masthead), series: ' 科技工作动态 ', number: ' 6 ', editor: '  ', date: '' };
    expect(readFields(fields)).toEqual({ ok: true, values: { ...masthead, number: 6, editor: null, date: null } });
  });

  it.each([
    ['series', '  ', 'required'],
    ['year', '24', 'year'],
    ['year', '2024年', 'year'],
    ['number', '-1', 'number'],
    ['number', '5.5', 'number'],
    ['totalNumber', '2000000', 'totalNumber'],
    ['date', '2024-02-30', 'date'],
    ['date', '2024/05/20', 'date'],
    ['editor', '王'.repeat(201), 'tooLong'],
  ] as const)('refuses %s = %j as %s', (field, value, problem) => {
    expect(readFields({ ...fieldsFrom(masthead), [field]: value })).toEqual({ ok: false, problems: { [field]: problem } });
  });

  it('sends only what changed', () => {
    expect(mastheadPatch(masthead, { ...masthead, number: 6, editor: null })).toEqual({ number: 6, editor: null });
    expect(mastheadPatch(masthead, masthead)).toEqual({});
  });
});
