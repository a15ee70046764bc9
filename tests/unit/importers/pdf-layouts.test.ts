import { describe, expect, it } from 'vitest';
import { extractPdf } from '../../../electron/core/importers/pdf/extract-pdf';
import { readBulletin } from '../../../electron/core/importers/read-bulletin';
import { compact } from './helpers/fixtures';
import { layoutPdf } from './helpers/layout-fixtures';

// Layouts printed by Chromium from tests/fixtures/layouts/pdf/*.html (scripts/make-layout-pdfs.ts).
async function paragraphsOf(name: string): Promise<string[]> {
  const result = await extractPdf(name, layoutPdf(name), { pdfAssets: true });
  if (!result.ok) throw new Error(result.message);
  return result.text.split('\n\n').map(compact);
}

/** Every paragraph and heading of the parse, as a person would read them, compacted. */
function blocksOf(parsed: Awaited<ReturnType<typeof readBulletin>>['parsed']): string[] {
  return parsed.articles.flatMap((article) => [
    compact(article.title),
    ...article.sections.flatMap((section) => [...(section.heading === null ? [] : [compact(section.heading)]), ...section.paragraphs.map(compact)]),
  ]);
}

describe('flush-left headings over indented paragraphs (flush-left-headings.pdf)', async () => {
  const name = 'flush-left-headings.pdf';
  const paragraphs = await paragraphsOf(name);
  const headings = ['收购进度快于去年同期', '仓储设施保障有力', '下一步工作安排', '存在的问题'];

  it('keeps each heading on its own line, even after a paragraph whose last line runs to the edge', () => {
    for (const heading of headings) expect(paragraphs).toContain(heading);
    expect(paragraphs).toContain(compact('入夏以来全市各级农业农村部门认真落实夏粮收购各项政策措施，提早谋划周密部署，确保农民种粮卖得出卖得好，收购工作总体平稳有序。'));
    expect(paragraphs).toContain(compact('截至六月五日全市累计收购小麦十二万吨，同比增加一点五万吨，收购价格保持稳定，优质优价政策得到较好落实，种粮农民收入稳步增加。'));
  });

  it('still joins the wrapped lines of a paragraph and the paragraph that crosses the page break', () => {
    expect(paragraphs).toContain(compact('同时要统筹做好秋粮播种准备工作，落实种子化肥等农资供应，组织技术人员深入田间地头开展指导服务，确保秋粮播种面积稳定。'));
    expect(paragraphs).toContain(compact('部分乡镇收购网点布局不够合理，农民交售距离较远；个别企业收购资金筹措困难，影响收购进度，需要进一步协调解决。'));
  });

  it('keeps the large masthead although the running header repeats its words on every page', () => {
    expect(paragraphs[0]).toBe('工作简报');
    expect(paragraphs.filter((line) => line.includes('工作简报'))).toHaveLength(1);
    expect(paragraphs.some((line) => /^-\d-$/.test(line))).toBe(false);
  });

  it('is read field by field, and no heading ends up inside a paragraph', async () => {
    const { parsed } = await readBulletin(name, layoutPdf(name));
    expect(parsed).toMatchObject({ kind: 'bulletin', series: '工作简报', year: 2023, number: 7, date: '2023-06-08', publisher: '市农业农村局办公室' });
    expect(parsed.articles[0]?.title).toBe('全市夏粮收购工作进展顺利');
    const blocks = blocksOf(parsed);
    for (const heading of headings) expect(blocks).toContain(heading);
  });
});

describe('two columns under a spanning masthead and title (two-columns.pdf)', async () => {
  const name = 'two-columns.pdf';
  const paragraphs = await paragraphsOf(name);
  // Every paragraph starts with its place in the text: 甲段, 乙段, …
  const order = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸', '子', '丑', '寅', '卯', '辰', '巳', '午', '未'];

  it('reads down the left column, then the right, then on to the next page', () => {
    const marks = paragraphs.filter((line) => /^.段[:：]/.test(line)).map((line) => line.normalize('NFKC')[0]);
    // pdf.js reads Noto's 巳 as the radical ⺒: folded by the importer before parsing, not here.
    expect(marks.map((mark) => (mark === '⺒' ? '巳' : mark))).toEqual(order);
  });

  it('keeps each paragraph whole, including the one that runs from the left column into the right', () => {
    expect(paragraphs).toContain(
      compact(
        '丙段：各地组织科技特派员开展集中培训和现场指导，全年举办培训班二百余期，培训农民一万二千人次，发放技术资料三万余份，推广新品种新技术一百二十项，农民科学种养水平明显提高，一批致富带头人脱颖而出，成为乡村振兴的骨干力量。',
      ),
    );
    expect(paragraphs).toContain(compact('午段：某镇科技特派员联合高校专家团队，开展马铃薯脱毒种薯繁育技术攻关，建成脱毒种薯繁育基地一处，年供应优质种薯五千吨，有效解决了当地种薯退化问题。'));
    for (const heading of ['培训服务覆盖面扩大', '体制机制不断完善', '典型经验']) expect(paragraphs).toContain(heading);
  });

  it('keeps the masthead and title over both columns in their place, and drops the header and footers', () => {
    expect(paragraphs.slice(0, 3)).toEqual(['基层动态', '2024年第11期', '全区科技特派员服务乡村振兴综述']);
    expect(paragraphs.filter((line) => line.includes('基层动态'))).toHaveLength(1);
    expect(paragraphs.some((line) => /^第\d页$/.test(line))).toBe(false);
  });

  it('is read field by field', async () => {
    const { parsed } = await readBulletin(name, layoutPdf(name));
    expect(parsed).toMatchObject({ kind: 'bulletin', series: '基层动态', year: 2024, number: 11 });
    expect(parsed.articles[0]?.title).toBe('全区科技特派员服务乡村振兴综述');
    expect(blocksOf(parsed).filter((block) => /^.段[:：]/.test(block))).toHaveLength(order.length);
  });

  it('flags the paragraph joined across the column break for a person to check, with its line', async () => {
    const { parsed, text } = await readBulletin(name, layoutPdf(name));
    const joins = parsed.evidence.filter((evidence) => evidence.rule === 'page-break-join');
    expect(joins).toHaveLength(1);
    expect(joins[0]).toMatchObject({ certain: false });
    expect(joins[0]?.field).toMatch(/^articles\.\d+\.join$/);
    expect(compact(text.split('\n')[joins[0]!.lines[0]!] ?? '')).toMatch(/^午段/);
  });
});
