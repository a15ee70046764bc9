import { describe, expect, it } from 'vitest';
import { parseBulletin } from '../../../electron/core/parser/index';
import { findRegion } from '../../../electron/core/parser/region';
import { parseTocEntryText } from '../../../electron/core/parser/toc-entry';

const body = (...lines: string[]): string => lines.join('\n\n');

describe('TOC entries', () => {
  it('splits leaders and page numbers off the title', () => {
    expect(parseTocEntryText(' - ★ 湖北武汉：“武创通”科创平台上线服务大数据科技治理...7')).toMatchObject({
      title: '湖北武汉：“武创通”科创平台上线服务大数据科技治理',
      page: 7,
    });
    expect(parseTocEntryText('◆ 稀土新材料中试基地建成投用……………………2')).toMatchObject({ title: '稀土新材料中试基地建成投用', page: 2 });
    expect(parseTocEntryText('三、襄阳市科技特派员助力乡村振兴成效明显 …………12')).toMatchObject({
      title: '襄阳市科技特派员助力乡村振兴成效明显',
      page: 12,
    });
  });

  it('decides a glued page number from the body title and rising order', () => {
    // `2024` is part of the title; only the body can tell `要点2024` + 3 from `要点202` + 43.
    const issue = parseBulletin(
      body(
        '科技简报',
        '2024 年第 1 期',
        '★ 包头市科技工作要点20243',
        '★ 包头市发布科技成果转化 20 条新政10',
        '包头市科技工作要点2024',
        '全年安排科技项目 120 项。',
        '包头市发布科技成果转化20条新政',
        '新政自发布之日起施行。',
      ),
    );
    expect(issue.articles.map((a) => [a.title, a.page])).toEqual([
      ['包头市科技工作要点2024', 3],
      ['包头市发布科技成果转化20条新政', 10],
    ]);
    expect(issue.warnings).toEqual([]);
  });

  it('uses rising page order for a glued entry the body does not confirm', () => {
    const issue = parseBulletin(
      body('科技简报', '2024 年第 1 期', '★ 第一篇文章的标题在这里5', '★ 正文中找不到的文章标题12', '第一篇文章的标题在这里', '正文。'),
    );
    expect(issue.warnings).toContainEqual({ code: 'toc-entry-unmatched', title: '正文中找不到的文章标题', page: 12 });
  });

  it('matches a truncated entry to the full title printed in the body', () => {
    const issue = parseBulletin(
      body(
        '科技简报',
        '2024 年第 1 期',
        '★ 南京持续强化四链融合打通科技成果转化“最后…8',
        '★ 武汉出台促进科技成果转化...9',
        '南京持续强化四链融合打通科技成果转化“最后一公里”',
        '南京市着力推进创新链、产业链深度融合。',
        '武汉出台促进科技成果转化20条新政',
        '近日，武汉发布若干政策措施。',
      ),
    );
    expect(issue.articles.map((a) => [a.title, a.page])).toEqual([
      ['南京持续强化四链融合打通科技成果转化“最后一公里”', 8],
      ['武汉出台促进科技成果转化20条新政', 9],
    ]);
  });

  it('does not take a paragraph that starts like a truncated entry for its title', () => {
    const issue = parseBulletin(
      body(
        '科技简报',
        '2024 年第 1 期',
        '★ 武汉出台促进科技成果转化...9',
        '★ 南京市厚植科创沃土...10',
        '武汉出台促进科技成果转化的若干政策措施，从三个方向同时发力。',
        '武汉出台促进科技成果转化20条新政',
        '近日，武汉发布若干政策措施。',
        '南京市厚植科创沃土推动创新型民营经济高质量发展',
        '南京市把服务创新型民营经济发展摆在突出的位置。',
      ),
    );
    expect(issue.articles[0]?.title).toBe('武汉出台促进科技成果转化20条新政');
  });
});

describe('TOC entries that do not guide the split', () => {
  it('reads a page spelt out as （第 N 页） after a 1、 entry', () => {
    expect(parseTocEntryText('2、通辽市玉米单产提升工程见成效（第 12 页）')).toMatchObject({
      title: '通辽市玉米单产提升工程见成效',
      page: 12,
    });
    expect(parseTocEntryText('◆ 兴安盟推广水稻旱育稀植技术  第3页')).toMatchObject({ title: '兴安盟推广水稻旱育稀植技术', page: 3 });
  });

  it('falls back to the layout when no TOC title is printed in the body, and says so', () => {
    const issue = parseBulletin(
      body(
        '农牧科技动态',
        '2024 年第 3 期',
        '本期要目',
        '★ 水稻旱育稀植……1',
        '★ 玉米单产提升……2',
        '兴安盟推广水稻旱育稀植技术',
        '兴安盟推广水稻旱育稀植技术 30 万亩。',
        '通辽市玉米单产提升工程见成效',
        '通辽市实施玉米单产提升工程。',
      ),
    );
    expect(issue.articles.map((a) => [a.title, a.page, a.region])).toEqual([
      ['兴安盟推广水稻旱育稀植技术', null, '兴安盟'],
      ['通辽市玉米单产提升工程见成效', null, '通辽市'],
    ]);
    expect(issue.warnings).toEqual([
      { code: 'toc-titles-not-in-text' },
      { code: 'toc-entry-unmatched', title: '水稻旱育稀植', page: 1 },
      { code: 'toc-entry-unmatched', title: '玉米单产提升', page: 2 },
    ]);
  });
});

describe('paragraphs and headings', () => {
  const issue = parseBulletin(
    body(
      '科技简报',
      '2024 年第 1 期',
      '★ 内蒙古：创新平台建设综述2',
      '内蒙古：创新平台建设综述',
      '科技投入再加大 支持力度前所未有',
      '2023 年，自治区对标国家级创新平台要求，举全区之力加快重大创新平台建设，支持巴彦淖尔国家',
      '第 3 页',
      '农高区围绕生态农牧业建设主题实施关键技术攻关。',
      '一是汇集海量科创资源数据。数字底座汇聚企业、专家人才等数据资源。',
      '二是为产业赋值、为企业赋智。依托大数据分析产业数据。',
    ),
  );
  const sections = issue.articles[0]?.sections ?? [];

  it('never joins a heading to the paragraph after it', () => {
    expect(sections.map((s) => s.heading)).toEqual(['科技投入再加大 支持力度前所未有']);
  });

  it('joins a paragraph cut by a page break and drops the 第 N 页 line', () => {
    expect(sections[0]?.paragraphs[0]).toBe(
      '2023 年，自治区对标国家级创新平台要求，举全区之力加快重大创新平台建设，支持巴彦淖尔国家农高区围绕生态农牧业建设主题实施关键技术攻关。',
    );
  });

  it('keeps 一是/二是 as separate paragraphs', () => {
    expect(sections[0]?.paragraphs.slice(1).map((p) => p.slice(0, 2))).toEqual(['一是', '二是']);
  });
});

describe('page furniture', () => {
  it('removes bare page numbers, - N - lines and repeated running headers', () => {
    const issue = parseBulletin(
      [
        '工作动态',
        '2022 年第 8 期',
        '◆ 包头市推进科技创新3',
        '包头市推进科技创新',
        '包头市加大科技投入，今年安排资金',
        '3',
        '工作动态    2022 年第 8 期',
        '5 亿元。',
        '- 4 -',
        '工作动态    2022 年第 8 期',
        '全市新增高新技术企业 120 家。',
      ].join('\n'),
    );
    expect(issue.articles[0]?.sections[0]?.paragraphs).toEqual([
      '包头市加大科技投入，今年安排资金5 亿元。',
      '全市新增高新技术企业 120 家。',
    ]);
  });
});

describe('masthead variants', () => {
  it('reads 第 N 期（总第 M 期）, a date line and an 办公室 publisher, year from the date', () => {
    const issue = parseBulletin(
      body(
        '科技工作简报',
        '第 7 期（总第 88 期）',
        '市科技局办公室          2024 年 6 月 18 日',
        '市科技局召开工作会议',
        '会议部署了全年工作。',
      ),
    );
    expect(issue).toMatchObject({
      series: '科技工作简报',
      year: 2024,
      number: 7,
      totalNumber: 88,
      date: '2024-06-18',
      publisher: '市科技局办公室',
    });
  });

  it('reports a missing year and number', () => {
    const issue = parseBulletin(body('科技工作简报', '市科技局召开工作会议', '会议部署了全年工作。'));
    expect(issue.year).toBeNull();
    expect(issue.number).toBeNull();
    expect(issue.warnings).toEqual(expect.arrayContaining([{ code: 'no-year' }, { code: 'no-number' }]));
  });

  it('never throws on empty or odd input', () => {
    expect(parseBulletin('').articles).toEqual([]);
    expect(parseBulletin('\n\n-\n').warnings).toEqual(
      expect.arrayContaining([{ code: 'no-series' }, { code: 'no-articles' }]),
    );
  });
});

describe('no TOC at all', () => {
  it('splits articles at short title lines and keeps 一、 lines as sections', () => {
    const issue = parseBulletin(
      body(
        '工作简报',
        '2024 年第 2 期',
        '南京市推进科技金融改革',
        '南京市出台科技金融若干措施。',
        '一、扩大科创基金规模',
        '今年新增科创基金 10 支。',
        '武汉市建设科创服务平台',
        '武汉市上线“武创通”平台。',
      ),
    );
    expect(issue.articles.map((a) => [a.title, a.region, a.sections.map((s) => s.heading)])).toEqual([
      ['南京市推进科技金融改革', '南京市', [null, '一、扩大科创基金规模']],
      ['武汉市建设科创服务平台', '武汉市', [null]],
    ]);
    expect(issue.warnings).toEqual([{ code: 'toc-missing' }]);
  });
});

describe('findRegion', () => {
  it.each([
    ['内蒙古：高能级创新平台助力科技“突围”', '内蒙古'],
    ['安徽省六安市综合施策推动科技特派员创新创业', '安徽省六安市'],
    ['湖北武汉：“武创通”科创平台上线', '湖北武汉'],
    ['南京持续强化四链融合', '南京'],
    ['南京市厚植科创沃土', '南京市'],
    ['武汉出台促进科技成果转化20条新政', '武汉'],
    ['呼和浩特推进乳业科技创新', '呼和浩特'],
    ['准格尔旗打造煤基新材料创新高地', '准格尔旗'],
    ['广西柳州：新能源汽车', '广西柳州'],
    ['延边州发展冰雪经济', '延边'],
    // 朝阳 is a city (朝阳市) as well as a word: the gazetteer cannot tell, so it counts.
    ['朝阳市推进数字农业', '朝阳市'],
  ])('%s → %s', (title, region) => {
    expect(findRegion(title)).toBe(region);
  });

  it.each(['科技投入再加大', '稀土新材料中试基地建成投用', '“武创通”科创平台上线', '国家级创新平台建设提速'])(
    '%s has no region',
    (title) => {
      expect(findRegion(title)).toBeNull();
    },
  );
});

describe('a publisher line ending in a bare 编', () => {
  it('reads 市农业农村局编 as the publisher, not as an article, and leaves 汇编 titles alone', () => {
    const issue = parseBulletin(
      ['农业科技简报', '', '2024 年第 2 期', '', '市农业农村局编', '', '春耕备耕科技服务全面展开', '', '全市组织科技特派员深入田间地头，开展春耕备耕技术指导。', '', '惠农政策汇编', '', '今年以来出台的惠农政策已汇编成册，发放到各村。'].join('\n'),
    );
    expect(issue.publisher).toBe('市农业农村局');
    expect(issue.articles.map((a) => a.title)).toEqual(['春耕备耕科技服务全面展开', '惠农政策汇编']);
  });
});
