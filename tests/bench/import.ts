import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { readBulletin } from '../../electron/core/importers/read-bulletin';
import { collectBulletinFiles, importFiles, openLibrary, verifyLibrary } from '../../electron/core/library';
import { CHROMIUM_LAUNCH } from '../../scripts/chromium';
import { percentiles, round, timeAsync } from './measure';
import type { Latency } from './measure';

/**
 * Import speed: one 12-page PDF bulletin read and parsed (worker start, pdf.js, layout, parser),
 * and a batch of 200 mixed files (text, PDF, broken) imported into a fresh library, then
 * verified. The PDFs are printed by Chromium from generated bulletin HTML at run time.
 */
export interface ImportBenchResult {
  pdf12Pages: Latency & { pages: number; articles: number; runs: number };
  batch: { files: number; imported: number; duplicate: number; failed: number; totalMs: number; filesPerSecond: number; verifyProblems: number };
}

const SAMPLE = path.resolve(import.meta.dirname, '../../resources/sample-kjqbck-2024-03.txt');
const PDF_RUNS = 5;

export async function measureImport(log: (line: string) => void): Promise<ImportBenchResult> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'bulletin-import-bench-'));
  try {
    const browser = await chromium.launch(CHROMIUM_LAUNCH);
    const page = await browser.newPage();
    const printIssue = async (number: number, articles: number): Promise<Buffer> => {
      await page.setContent(bulletinHtml(number, articles));
      return page.pdf({ format: 'A4', margin: { top: '30mm', bottom: '25mm', left: '25mm', right: '25mm' } });
    };
    const twelve = await printIssue(1, 12);
    const folder = path.join(work, 'back-issues');
    await fs.mkdir(folder);
    for (let n = 2; n <= 21; n++) await fs.writeFile(path.join(folder, `issue-${n}.pdf`), await printIssue(n, 3));
    await browser.close();

    const runs: number[] = [];
    let articles = 0;
    for (let i = 0; i < PDF_RUNS; i++) {
      const { value, ms } = await timeAsync(() => readBulletin('bench-12-pages.pdf', twelve));
      runs.push(ms);
      articles = value.parsed.articles.length;
    }
    const pages = (twelve.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    const pdf12Pages = { ...percentiles(runs), pages, articles, runs: PDF_RUNS };
    log(`12-page PDF (${pages} pages, ${articles} articles): p50 ${pdf12Pages.p50Ms} ms, p95 ${pdf12Pages.p95Ms} ms over ${PDF_RUNS} runs`);

    // 200 files: 170 text issues (the sample renumbered), 20 PDFs, 5 duplicates, 5 broken.
    const sample = await fs.readFile(SAMPLE, 'utf8');
    for (let n = 22; n < 192; n++) {
      await fs.writeFile(path.join(folder, `issue-${n}.txt`), sample.replace('2024 年第 3 期', `2024 年第 ${n} 期`));
    }
    for (let n = 22; n < 27; n++) await fs.writeFile(path.join(folder, `copy-of-${n}.txt`), sample.replace('2024 年第 3 期', `2024 年第 ${n} 期`));
    for (let n = 0; n < 5; n++) await fs.writeFile(path.join(folder, `broken-${n}.pdf`), `%PDF-1.7 broken ${n}`);
    const { files } = await collectBulletinFiles([folder]);
    const library = await openLibrary(path.join(work, 'library'), { create: true });
    const batch = await timeAsync(() => importFiles(library, files));
    const count = (status: string) => batch.value.outcomes.filter((o) => o.status === status).length;
    const report = await verifyLibrary(library);
    const result = {
      files: files.length,
      imported: count('imported'),
      duplicate: count('duplicate'),
      failed: count('failed'),
      totalMs: round(batch.ms),
      filesPerSecond: round((files.length / batch.ms) * 1000),
      verifyProblems: report.problems.length,
    };
    log(
      `batch of ${result.files} files: ${result.imported} imported, ${result.duplicate} duplicate, ${result.failed} failed in ${result.totalMs} ms (${result.filesPerSecond} files/s); verify: ${result.verifyProblems} problems`,
    );
    return { pdf12Pages, batch: result };
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

// Distinct titles and paragraphs, as real issues have: lines that repeat on every page are
// running headers to the importer, and are dropped.
const TITLES = [
  '内蒙古：高能级创新平台助力科技突围', '安徽省六安市综合施策推动科技特派员创新创业', '湖北武汉：武创通科创平台上线服务',
  '南京持续强化四链融合打通成果转化最后一公里', '南京市厚植科创沃土推动民营经济高质量发展', '武汉出台促进科技成果转化二十条新政',
  '包头市稀土新材料产业创新发展取得新进展', '鄂尔多斯市加快能源领域关键技术攻关', '赤峰市科技特派员助力乡村振兴',
  '呼伦贝尔市推进农牧业科技成果转化', '乌海市建设新型研发机构成效明显', '通辽市实施科技型企业梯次培育行动',
];
const TOPICS = ['稀土', '乳业', '草业', '新能源', '现代农牧业', '生物医药', '新材料', '数字经济', '装备制造'];

function bulletinHtml(number: number, articleCount: number): string {
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
