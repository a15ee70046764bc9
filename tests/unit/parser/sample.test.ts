import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseBulletin } from '../../../electron/core/parser/index';

// The real issue of 《科技情报参考》 shipped with the app (DESIGN.md, "The sample").
const sample = readFileSync(fileURLToPath(new URL('../../../resources/sample-kjqbck-2024-03.txt', import.meta.url)), 'utf8');
const issue = parseBulletin(sample);
const allText = issue.articles.flatMap((a) => a.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs])).join('\n');

describe('parseBulletin on the 2024 年第 3 期 sample', () => {
  it('reads the masthead and colophon', () => {
    expect(issue).toMatchObject({
      series: '科技情报参考',
      year: 2024,
      number: 3,
      totalNumber: null,
      date: null,
      publisher: '呼和浩特市科学技术局综合保障中心',
      editor: '李涛',
      reviewer: null,
      phone: '4366683',
    });
    expect(issue.warnings).toEqual([]);
  });

  it('finds exactly six articles with the body’s titles and the TOC’s pages', () => {
    expect(issue.articles.map((a) => a.title)).toEqual([
      '内蒙古：高能级创新平台助力科技“突围”',
      '安徽省六安市综合施策推动科技特派员创新创业',
      '湖北武汉：“武创通”科创平台上线服务大数据科技治理',
      '南京持续强化四链融合打通科技成果转化“最后一公里”',
      '南京市厚植科创沃土推动创新型民营经济高质量发展',
      // The TOC prints `转化 20 条新政10`; the body title has no spaces and no page.
      '武汉出台促进科技成果转化20条新政',
    ]);
    expect(issue.articles.map((a) => a.page)).toEqual([2, 5, 7, 8, 9, 10]);
  });

  it('names the place each title opens with, as written', () => {
    expect(issue.articles.map((a) => a.region)).toEqual(['内蒙古', '安徽省六安市', '湖北武汉', '南京', '南京市', '武汉']);
  });

  it('opens sections at the sub-headings of article 1', () => {
    const [first] = issue.articles;
    expect(first?.sections.map((s) => s.heading)).toEqual([
      null,
      '科技投入再加大 支持力度前所未有',
      '创新平台再加码 持续向高能级挺进',
      '核心攻坚再强化 创新成果竞相涌现',
    ]);
    expect(first?.sections[0]?.paragraphs[0]).toMatch(/^科技创新、平台先行。/);
    expect(first?.sections[1]?.paragraphs).toHaveLength(4);
  });

  it('keeps 一是/二是 enumerations as paragraphs, not headings', () => {
    const wuhan = issue.articles[2];
    expect(wuhan?.sections).toHaveLength(1);
    expect(wuhan?.sections[0]?.paragraphs.map((p) => p.slice(0, 2))).toEqual(['为推', '一是', '二是', '三是', '四是']);
  });

  it('re-joins paragraphs cut by page breaks without a stray space', () => {
    expect(allText).toContain('集聚 10 名院士、100多名高级行业专家');
    expect(allText).toContain('支持巴彦淖尔国家农高区围绕');
    expect(allText).toContain('让地区振奋的创新成果');
    expect(allText).toContain('其中副高以上职称 252人。搭建供需平台');
    expect(allText).toContain('联合产业链上下游中小企业');
    // A closing quote ends a quotation, not a sentence: `凭“创新券”` continues.
    expect(allText).toContain('凭“创新券”兑换资金。');
    expect(allText).not.toMatch(/^士、/m);
  });

  it('keeps the original characters (no NFKC, spaces beside digits kept)', () => {
    expect(allText).toContain('回顾 2023 年，内蒙古自治区科技厅');
    expect(allText).toContain('国家稀土新材料技术创新中心(筹)');
  });

  it('leaves the TOC, masthead and colophon out of article text', () => {
    expect(allText).not.toContain('★');
    expect(allText).not.toContain('编辑：');
    expect(allText).not.toContain('4366683');
    expect(allText).not.toContain('综合保障中心编辑');
    const last = issue.articles[5]?.sections.at(-1)?.paragraphs.at(-1);
    expect(last).toMatch(/依法保护创新主体合法权益。$/);
  });
});
