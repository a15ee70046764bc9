import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH } from '../../scripts/chromium';

// Distinct titles and paragraphs, as real issues have: lines that repeat on every page are
// running headers to the importer, and are dropped.
const TITLES = [
  '内蒙古：高能级创新平台助力科技突围', '安徽省六安市综合施策推动科技特派员创新创业', '湖北武汉：武创通科创平台上线服务',
  '南京持续强化四链融合打通成果转化最后一公里', '南京市厚植科创沃土推动民营经济高质量发展', '武汉出台促进科技成果转化二十条新政',
  '包头市稀土新材料产业创新发展取得新进展', '鄂尔多斯市加快能源领域关键技术攻关', '赤峰市科技特派员助力乡村振兴',
  '呼伦贝尔市推进农牧业科技成果转化', '乌海市建设新型研发机构成效明显', '通辽市实施科技型企业梯次培育行动',
];
const TOPICS = ['稀土', '乳业', '草业', '新能源', '现代农牧业', '生物医药', '新材料', '数字经济', '装备制造'];

/**
 * A bulletin as HTML: a masthead page with its contents, then one page per article (so
 * `articleCount` articles print as `articleCount + 1` pages: 6 make the 7-page PDF).
 */
export function bulletinHtml(number: number, articleCount: number): string {
  const paragraph = (a: number, p: number) =>
    `<p>${TOPICS[(a + p) % TOPICS.length]}领域${p % 2 === 0 ? '持续加大研发投入' : '深入推进产学研合作'}，` +
    `${a + 2} 家重点企业联合高校院所组建创新联合体，围绕产业链部署创新链，全年实施科技项目 ${a * 7 + p * 3} 项，` +
    `新增高新技术企业 ${p + a} 家，${TOPICS[(a * 3 + p) % TOPICS.length]}产业产值同比增长 ${p + 5}.${a} 个百分点。</p>`;
  const titles = TITLES.slice(0, articleCount);
  const toc = titles.map((t, i) => `<div>★ ${t}……${2 + i}</div>`).join('');
  const body = titles
    .map((t, i) => `<h2 style="break-before:page">${t}</h2>${Array.from({ length: 9 }, (_, p) => paragraph(i + 1, p + 1)).join('')}`)
    .join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
body{font:12pt/1.8 "Noto Serif CJK SC";} h1{text-align:center;color:#c00;font-size:28pt} p{text-indent:2em;margin:0}
</style></head><body><h1>科技工作动态</h1><div style="text-align:center">2024 年第 ${number} 期</div>
<div>呼和浩特市科学技术局 编辑</div><div style="text-align:center">本期目录</div>${toc}${body}
<div>编辑：王 芳　电话：4366683</div></body></html>`;
}

/** Prints bulletins with Debian's Chromium: `print(number, articles)` gives one PDF's bytes. */
export async function withBulletinPrinter<T>(work: (print: (number: number, articles: number) => Promise<Buffer>) => Promise<T>): Promise<T> {
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const page = await browser.newPage();
    return await work(async (number, articles) => {
      await page.setContent(bulletinHtml(number, articles));
      return page.pdf({ format: 'A4', margin: { top: '30mm', bottom: '25mm', left: '25mm', right: '25mm' } });
    });
  } finally {
    await browser.close();
  }
}

/** Pages of a PDF, by its page objects (enough for PDFs Chromium printed). */
export function pageCount(pdf: Uint8Array): number {
  return (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}
