import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeBulletinBytes } from '../../../electron/core/encoding/decode';
import { parseBulletin } from '../../../electron/core/parser/index';
import type { ParsedArticle, ParsedIssue } from '../../../shared/bulletin';

// Fixtures go through the decoder first, as an import would.
function parseFixture(name: string): { issue: ParsedIssue; encoding: string } {
  const bytes = readFileSync(fileURLToPath(new URL(`../../fixtures/bulletins/${name}`, import.meta.url)));
  const result = decodeBulletinBytes(bytes);
  if (!result.ok) throw new Error(`${name}: ${result.message}`);
  return { issue: parseBulletin(result.text), encoding: result.encoding };
}

const textOf = (article: ParsedArticle | undefined): string =>
  (article?.sections ?? []).flatMap((s) => [s.heading ?? '', ...s.paragraphs]).join('\n');

describe('GB18030 简报 with CRLF, 总第 N 期, 本期要目, columns and sources', () => {
  const { issue, encoding } = parseFixture('keji-gongzuo-jianbao-088.gb18030.txt');

  it('decodes as gb18030 and reads the masthead with date and 办公室 publisher', () => {
    expect(encoding).toBe('gb18030');
    expect(issue).toMatchObject({
      series: '科技工作简报',
      year: 2024,
      number: 7,
      totalNumber: 88,
      date: '2024-06-18',
      publisher: '包头市科学技术局办公室',
      editor: '王芳',
      reviewer: '张建国',
      phone: '0472-5156789',
    });
    expect(issue.warnings).toEqual([]);
  });

  it('splits four articles with pages from the …… leaders and columns from 【】', () => {
    expect(issue.articles.map((a) => [a.title, a.page, a.column, a.region])).toEqual([
      ['包头市召开科技创新大会部署全年重点任务', 1, '要闻', '包头市'],
      ['稀土新材料中试基地建成投用', 2, '要闻', null],
      ['固阳县科技特派员服务团深入田间地头', 3, '基层动态', '固阳县'],
      ['九原区建立科技型企业“白名单”制度', 4, '基层动态', '九原区'],
    ]);
  });

  it('takes sources from （来源：…） lines and trailing marks, and removes them from the text', () => {
    expect(issue.articles.map((a) => a.source)).toEqual(['包头日报', '科技日报', null, '科技日报']);
    const text = issue.articles.map(textOf).join('\n');
    expect(text).not.toContain('来源');
    expect(text).not.toContain('【');
    expect(textOf(issue.articles[3])).toMatch(/享受优先支持。$/);
    expect(text).not.toContain('\r');
  });
});

describe('UTF-16LE 情报参考 with running headers and page lines', () => {
  const { issue, encoding } = parseFixture('kjqbck-2022-08.utf16le-bom.txt');

  it('decodes as utf-16le and reads the masthead', () => {
    expect(encoding).toBe('utf-16le');
    expect(issue).toMatchObject({
      series: '科技情报参考',
      year: 2022,
      number: 8,
      publisher: '鄂尔多斯市科学技术局',
      editor: '赵丽',
      phone: '0477-8321456',
    });
    expect(issue.warnings).toEqual([]);
  });

  it('reads glued page numbers and regions', () => {
    expect(issue.articles.map((a) => [a.title, a.page, a.region])).toEqual([
      ['准格尔旗打造煤基新材料创新高地', 3, '准格尔旗'],
      ['呼和浩特推进乳业科技创新攻关', 4, '呼和浩特'],
      ['广西柳州：新能源汽车产业链协同创新', 6, '广西柳州'],
    ]);
  });

  it('removes running headers and — N — lines and joins the paragraph cut by the page break', () => {
    const text = issue.articles.map(textOf).join('\n');
    expect(text).not.toContain('2022 年第 8 期');
    expect(text).not.toMatch(/—\s*\d+\s*—/);
    expect(textOf(issue.articles[0])).toContain('其中 3 项技术达到国际先进水平。下一步，准格尔旗');
    expect(issue.articles[0]?.sections[0]?.paragraphs).toHaveLength(2);
  });

  it('opens sections at unnumbered sub-headings', () => {
    expect(issue.articles[1]?.sections.map((s) => s.heading)).toEqual([null, '技术攻关', '平台建设']);
  });
});

describe('工作动态 with a numbered 一、 TOC, a truncated entry and no blank lines', () => {
  const { issue } = parseFixture('kjcx-gongzuo-dongtai-2023-12.txt');

  it('reads the masthead with a date line written without spaces', () => {
    expect(issue).toMatchObject({
      series: '科技创新工作动态',
      year: 2023,
      number: 12,
      date: '2023-12-05',
      publisher: '武汉市科学技术局办公室',
    });
    expect(issue.warnings).toEqual([]);
  });

  it('takes titles from the body, also for the truncated TOC entry', () => {
    expect(issue.articles.map((a) => [a.title, a.page, a.region])).toEqual([
      ['武汉东湖高新区启动科技成果转化“百日攻坚”行动', 1, '武汉'],
      ['湖北省出台支持科技型中小企业高质量发展若干措施', 2, '湖北省'],
      ['襄阳市科技特派员助力乡村振兴成效明显', 3, '襄阳市'],
      ['宜昌：“科技副总”打通校企合作通道', 4, '宜昌'],
    ]);
  });

  it('opens sections at （一） headings and drops - N - and 第 N 页 lines', () => {
    expect(issue.articles[0]?.sections.map((s) => s.heading)).toEqual([null, '（一）聚焦重点产业', '（二）强化金融支持']);
    const text = issue.articles.map(textOf).join('\n');
    expect(text).not.toMatch(/- \d+ -|第 \d+ 页/);
  });
});

describe('简报 without a TOC, with 审核 and a distribution tail', () => {
  const { issue } = parseFixture('keji-tepaiyuan-jianbao-03.txt');

  it('takes the year from the date line when the issue line has none', () => {
    expect(issue).toMatchObject({
      series: '科技特派员工作简报',
      year: 2024,
      number: 3,
      date: '2024-04-10',
      publisher: '呼和浩特市科学技术局',
      editor: '陈晓东',
      reviewer: '刘伟',
    });
  });

  it('splits articles by layout and says so', () => {
    expect(issue.articles.map((a) => [a.title, a.column, a.region, a.source])).toEqual([
      ['呼和浩特市启动 2024 年科技特派员选派工作', '工作动态', '呼和浩特市', null],
      ['托克托县科技特派员助力春耕生产', '工作动态', '托克托县', null],
      ['武川县探索“科技特派员＋合作社”服务模式', '经验交流', '武川县', '内蒙古日报'],
    ]);
    expect(issue.warnings).toEqual([{ code: 'toc-missing' }]);
  });

  it('keeps 一、 headings as sections of the first article', () => {
    expect(issue.articles[0]?.sections.map((s) => s.heading)).toEqual([null, '一、优化选派结构', '二、完善考核机制']);
  });

  it('removes 报：/送：/（共印 N 份） and the colophon from the last article', () => {
    const last = textOf(issue.articles[2]);
    expect(last).toMatch(/户均增收 4800 元。$/);
    for (const word of ['报：', '送：', '各旗县区科技局', '共印', '审核']) expect(last).not.toContain(word);
  });
});

describe('农业科技信息 with a 1. TOC without pages and a wrapped title', () => {
  const { issue } = parseFixture('nongye-keji-xinxi-2024-12.txt');

  it('reads a Chinese-numeral issue number and the colophon printed in the masthead', () => {
    expect(issue).toMatchObject({
      series: '农业科技信息',
      year: 2024,
      number: 12,
      totalNumber: 108,
      publisher: '赤峰市农牧科学研究所',
      editor: '孙敏',
      phone: '0476-8812345',
    });
    expect(issue.warnings).toEqual([]);
  });

  it('joins a title printed on two lines and takes （摘自《…》） as the source', () => {
    expect(issue.articles.map((a) => [a.title, a.page, a.region])).toEqual([
      ['赤峰市谷子新品种选育取得新突破', null, '赤峰市'],
      ['敖汉旗旱作农业系统保护与发展', null, '敖汉旗'],
      ['宁城县设施蔬菜产业提质增效的做法与启示', null, '宁城县'],
    ]);
    expect(issue.articles[2]?.source).toBe('农民日报');
    expect(issue.articles[2]?.sections.map((s) => s.heading)).toEqual([null, '主要做法', '几点启示']);
  });
});

describe('an issue a cataloguer must check', () => {
  const { issue } = parseFixture('no-series-missing-article.txt');

  it('leaves the series empty and warns about it, the missing article and the count', () => {
    expect(issue.series).toBe('');
    expect(issue).toMatchObject({ year: 2024, number: 5 });
    // The entry whose article is not in the text is kept, without a body, for a person to check.
    expect(issue.articles.map((a) => [a.title, a.page, a.sections.length])).toEqual([
      ['鄂尔多斯市加快建设国家可持续发展议程创新示范区', 2, 1],
      ['包头市稀土产业专利导航成果发布', 4, 0],
      ['乌海市推进科技成果转化', 6, 1],
    ]);
    expect(issue.evidence).toContainEqual(expect.objectContaining({ field: 'articles.1.body', rule: 'toc-entry-no-body', certain: false }));
    expect(issue.warnings).toEqual([
      { code: 'no-series' },
      { code: 'toc-entry-unmatched', title: '包头市稀土产业专利导航成果发布', page: 4 },
      { code: 'toc-count-mismatch', listed: 3, found: 2 },
    ]);
  });
});

describe('Big5 bulletin', () => {
  const { issue, encoding } = parseFixture('keji-dongtai-2024-02.big5.txt');

  it('decodes as big5 and reads series, issue and the 編印 publisher', () => {
    expect(encoding).toBe('big5');
    expect(issue).toMatchObject({ series: '科技動態', year: 2024, number: 2, publisher: '臺中市政府經濟發展局' });
    expect(issue.articles.map((a) => a.title)).toEqual(['精密機械產業推動智慧製造升級']);
  });
});

describe('科技信息快报 with ■ entries, ………… leaders and 第 N 页 共 M 页 page lines', () => {
  const { issue, encoding } = parseFixture('keji-xinxi-kuaibao-2024-09.txt');

  it('reads the masthead, the date beside the 研究所 and the closing colophon', () => {
    expect(encoding).toBe('utf-8');
    expect(issue).toMatchObject({
      series: '科技信息快报',
      year: 2024,
      number: 9,
      totalNumber: null,
      date: '2024-09-20',
      publisher: '鄂尔多斯市科学技术情报研究所',
      editor: '高峰',
      reviewer: null,
      phone: '0477-8588123',
    });
    expect(issue.warnings).toEqual([]);
  });

  it('takes titles, pages and regions from the ■ TOC and the body', () => {
    expect(issue.articles.map((a) => [a.title, a.page, a.column, a.region, a.source])).toEqual([
      ['伊金霍洛旗建设国家级零碳产业园', 1, null, '伊金霍洛旗', null],
      ['达拉特旗光伏治沙项目带动生态修复', 2, null, '达拉特旗', null],
      ['江苏苏州：以“揭榜挂帅”破解企业技术难题', 4, null, '江苏苏州', null],
      ['科技型中小企业评价工作进展情况', 5, null, null, null],
    ]);
  });

  it('drops 第 N 页 共 M 页 lines and joins the word they cut (研究 + 中心)', () => {
    const first = issue.articles[0];
    expect(first?.sections.map((s) => s.heading)).toEqual([null, '一、强化创新平台支撑', '二、完善绿电供应体系']);
    expect(first?.sections[1]?.paragraphs).toEqual([
      '园区联合高校院所共建研发平台，目前已建成自治区级工程技术研究中心 8 家、企业研发中心 15 家，承担自治区科技重大专项 6 项。',
    ]);
    // A page break between two whole paragraphs keeps them apart.
    expect(issue.articles[1]?.sections[0]?.paragraphs).toHaveLength(2);
    const text = issue.articles.map(textOf).join('\n');
    expect(text).not.toMatch(/第 \d+ 页/);
    expect(text).not.toContain('责任编辑');
    expect(textOf(issue.articles[3])).toMatch(/增幅居全市前列。$/);
  });
});

describe('工作动态 without a TOC: three columns, running headers and - N - page lines', () => {
  const { issue } = parseFixture('chifeng-keji-gongzuo-dongtai-2024-05.txt');

  it('reads the masthead and the colophon printed above the last page number', () => {
    expect(issue).toMatchObject({
      series: '赤峰科技工作动态',
      year: 2024,
      number: 5,
      date: '2024-05-28',
      publisher: '赤峰市科学技术局',
      editor: '刘洋',
      reviewer: '孙志刚',
      phone: '0476-8325566',
    });
    expect(issue.warnings).toEqual([{ code: 'toc-missing' }]);
  });

  it('splits seven articles by layout, each in the column printed before it', () => {
    expect(issue.articles.map((a) => [a.title, a.page, a.column, a.region, a.source])).toEqual([
      ['赤峰市召开科技创新工作推进会', null, '要闻', '赤峰市', '赤峰日报'],
      ['赤峰市与中国农业大学签署科技合作协议', null, '要闻', '赤峰市', null],
      ['宁城县推广玉米密植高产精准调控技术', null, '基层动态', '宁城县', '宁城县科技局'],
      ['巴林左旗笤帚苗产业插上科技翅膀', null, '基层动态', '巴林左旗', null],
      ['克什克腾旗开展科技助力牧区振兴行动', null, '基层动态', '克什克腾旗', '克什克腾旗融媒体中心'],
      ['翁牛特旗：“科技小院”把课堂搬到田间', null, '经验交流', '翁牛特旗', '内蒙古日报'],
      ['红山区构建“孵化器＋加速器＋产业园”全链条孵化体系', null, '经验交流', '红山区', null],
    ]);
  });

  it('removes running headers, page lines, columns and sources, and joins 调控技 + 术', () => {
    expect(issue.articles[2]?.sections).toEqual([
      {
        heading: null,
        paragraphs: [
          '今年以来，宁城县组织科技特派员和农技人员开展技术培训 60 余场次，在全县推广玉米密植高产精准调控技术 50 万亩，预计亩均增产 100 公斤以上。',
        ],
      },
    ]);
    const text = issue.articles.map(textOf).join('\n');
    for (const furniture of ['2024 年第 5 期', '赤峰科技工作动态', '来源', '【', '- 2 -', '报：', '送：', '编辑', '审核']) {
      expect(text).not.toContain(furniture);
    }
    expect(textOf(issue.articles[6])).toMatch(/进入产业园发展。$/);
  });
});

describe('UTF-8 with BOM and CR-only line ends, 第 N 期（总第 M 期）, year on the date line only', () => {
  const { issue, encoding } = parseFixture('keji-dongtai-215.utf8-bom-cr.txt');

  it('decodes as utf-8 without the BOM or any CR', () => {
    expect(encoding).toBe('utf-8');
    expect(issue.series).toBe('科技动态');
    const text = issue.articles.map(textOf).join('\n');
    expect(text).not.toMatch(/[\r\ufeff]/);
  });

  it('takes the year from the date line and both numbers from 第 23 期（总第 215 期）', () => {
    expect(issue).toMatchObject({
      series: '科技动态',
      year: 2024,
      number: 23,
      totalNumber: 215,
      date: '2024-03-15',
      publisher: '巴彦淖尔市科学技术局',
      editor: '马丽',
      reviewer: '吴刚',
      phone: null,
    });
    expect(issue.warnings).toEqual([]);
  });

  it('reads ▲ entries whose page is set off by spaces', () => {
    expect(issue.articles.map((a) => [a.title, a.page, a.column, a.region, a.source])).toEqual([
      ['河套灌区盐碱地综合利用技术取得新进展', 1, null, null, null],
      ['临河区打造“天赋河套”农产品科技服务平台', 2, null, '临河区', null],
      ['五原县向日葵新品种示范种植成效明显', 3, null, '五原县', null],
    ]);
  });

  it('keeps paragraphs apart and leaves the 抄送 tail out of the last article', () => {
    expect(issue.articles[0]?.sections).toEqual([
      {
        heading: null,
        paragraphs: [
          '巴彦淖尔市联合中国科学院等科研单位，在河套灌区开展盐碱地综合利用技术攻关，筛选耐盐碱作物品种 26 个，集成推广“改、种、管”技术模式，示范区盐碱地改良后亩均增产 18%。',
          '专家表示，这一技术模式可在西北干旱半干旱地区推广应用。',
        ],
      },
    ]);
    const last = textOf(issue.articles[2]);
    expect(last).toMatch(/增产 12%。$/);
    for (const word of ['审核', '抄送', '共印']) expect(last).not.toContain(word);
  });
});

describe('简报 whose TOC cuts entries short with …… and whose titles wrap onto two lines', () => {
  const { issue } = parseFixture('keji-gongzuo-jianbao-wlcb-2024-04.txt');

  it('reads the masthead with an 编印 publisher and no date', () => {
    expect(issue).toMatchObject({
      series: '科技工作简报',
      year: 2024,
      number: 4,
      date: null,
      publisher: '乌兰察布市科学技术局',
      editor: null,
      reviewer: null,
      phone: null,
    });
    expect(issue.warnings).toEqual([]);
  });

  it('ends the TOC at the first title although it wraps, and takes the full two-line titles', () => {
    expect(issue.articles.map((a) => [a.title, a.page, a.column, a.region, a.source])).toEqual([
      ['乌兰察布：全力打造“中国草原云谷”加快建设国家算力枢纽节点', null, null, '乌兰察布', null],
      ['察哈尔右翼前旗推广马铃薯脱毒种薯繁育技术助力产业升级', null, null, '察哈尔右翼前旗', '乌兰察布日报'],
      ['集宁区组织开展科技成果转化对接活动', null, null, '集宁区', null],
    ]);
  });

  it('keeps the second title line out of the text', () => {
    expect(issue.articles[0]?.sections).toEqual([
      {
        heading: null,
        paragraphs: [
          '乌兰察布市发挥气候冷凉、电力充足等优势，大力发展数据中心产业，已落地华为、阿里巴巴、快手等数据中心项目 30 余个，服务器装机能力达到 140 万台。',
          '下一步，乌兰察布将加快建设国家算力枢纽节点，推动算力产业与新能源产业协同发展。',
        ],
      },
    ]);
    expect(textOf(issue.articles[1])).not.toMatch(/^技术助力/);
    expect(textOf(issue.articles[1])).not.toContain('摘自');
  });
});
