import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { readBulletin } from '../../electron/core/importers/read-bulletin';
import { collectBulletinFiles, importFiles, openLibrary, verifyLibrary } from '../../electron/core/library';
import { CHROMIUM_LAUNCH } from '../../scripts/chromium';
import { percentiles, round, timeAsync } from './measure';
import type { Latency } from './measure';
import { countIo } from '../helpers/io-count';
import type { Issue } from '../../shared/catalog';
import { blankCatalogueFields, defaultCatalogueSettings } from '../../shared/catalogue-fields';

/**
 * Import speed: one 12-page PDF bulletin read and parsed (worker start, pdf.js, layout, parser),
 * and a batch of 200 mixed files (text, PDF, broken) imported into a fresh library, then
 * verified. The PDFs are printed by Chromium from generated bulletin HTML at run time.
 */
export interface ImportBenchResult {
  pdf12Pages: Latency & { pages: number; articles: number; runs: number };
  batch: { files: number; imported: number; duplicate: number; failed: number; totalMs: number; filesPerSecond: number; verifyProblems: number };
  /** One text bulletin imported into libraries of each size (issue 19: the same at every size). */
  oneTextAtSize: ImportAtSize[];
}

/** Times and, independent of the machine's load, the bytes read and written in the library per import. */
export interface ImportAtSize {
  articles: number;
  issues: number;
  catalogueBytes: number;
  runs: number;
  import: Latency;
  bytesWrittenPerImport: number;
  bytesReadPerImport: number;
}

const SAMPLE = path.resolve(import.meta.dirname, '../../resources/sample-kjqbck-2024-03.txt');
const PDF_RUNS = 5;

const IMPORT_RUNS = 7;

export async function measureImport(
  log: (line: string) => void,
  articleSizes: readonly number[] = process.argv.includes('--full') ? [1000, 10_000, 100_000] : [1000, 10_000],
): Promise<ImportBenchResult> {
  const oneTextAtSize: ImportAtSize[] = [];
  for (const articles of articleSizes) oneTextAtSize.push(await measureImportAtSize(articles, log));
  return { ...(await measureImportBatch(log)), oneTextAtSize };
}

/**
 * One text bulletin (the sample, renumbered) imported IMPORT_RUNS times into a library of `articles`
 * articles whose catalogue is written directly (no texts: only the catalogue's cost grows with it).
 * The first import is not counted: it writes a catalogue of an older schema in the current one.
 */
export async function measureImportAtSize(articles: number, log: (line: string) => void): Promise<ImportAtSize> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bulletin-import-size-'));
  try {
    const issues = generatedIssues(Math.ceil(articles / 6));
    const catalogue = JSON.stringify({ schemaVersion: 3, issues, series: [], settings: defaultCatalogueSettings() });
    await fs.writeFile(path.join(dir, 'catalog.json'), catalogue);
    for (const sub of ['texts', 'files', 'backups']) await fs.mkdir(path.join(dir, sub));
    const library = await openLibrary(dir);
    const sample = await fs.readFile(SAMPLE, 'utf8');
    const bulletin = (n: number) => ({ name: `size-${n}.txt`, bytes: Buffer.from(sample.replace('2024 年第 3 期', `2024 年第 ${n} 期`)) });
    await library.importBulletin(bulletin(100));
    await library.settled();
    const times: number[] = [];
    let written = 0;
    let read = 0;
    for (let n = 1; n <= IMPORT_RUNS; n++) {
      const { result, io } = await countIo(dir, () => timeAsync(() => library.importBulletin(bulletin(100 + n))));
      if (result.value.status !== 'imported') throw new Error(result.value.message);
      times.push(result.ms);
      written += io.written;
      read += io.read;
    }
    const row: ImportAtSize = {
      articles: issues.length * 6,
      issues: issues.length,
      catalogueBytes: Buffer.byteLength(catalogue),
      runs: IMPORT_RUNS,
      import: percentiles(times),
      bytesWrittenPerImport: Math.round(written / IMPORT_RUNS),
      bytesReadPerImport: Math.round(read / IMPORT_RUNS),
    };
    log(
      `one text bulletin into ${row.articles} articles (catalogue ${(row.catalogueBytes / 1048576).toFixed(1)} MB): p50 ${row.import.p50Ms} ms, p95 ${row.import.p95Ms} ms; ` +
        `${row.bytesWrittenPerImport} bytes written, ${row.bytesReadPerImport} bytes read per import`,
    );
    return row;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

function generatedIssues(count: number): Issue[] {
  return Array.from({ length: count }, (_, i) => {
    const id = `size${i.toString(36).padStart(8, '0')}`;
    return {
      ...blankCatalogueFields(),
      files: [],
      id,
      series: ['工作动态', '科技简报', '情报参考'][i % 3]!,
      year: 1990 + (i % 30),
      number: 1 + Math.floor(i / 30),
      totalNumber: null,
      numberTo: null,
      supplement: false,
      date: null,
      publisher: '某某市科学技术局办公室',
      editor: '李涛',
      reviewer: null,
      phone: null,
      warnings: [],
      needsReview: false,
      importedAt: new Date(0).toISOString(),
      original: { sha256: i.toString(16).padStart(64, '0'), ext: 'txt', name: `${id}.txt`, size: 4096, encoding: 'utf-8' },
      articles: Array.from({ length: 6 }, (_, a) => ({
        id: `${id}-${a + 1}`,
        index: a + 1,
        title: `第 ${a + 1} 篇：科技创新平台建设取得新进展`,
        page: a + 2,
        column: null,
        region: null,
        source: null,
      })),
    };
  });
}

async function measureImportBatch(log: (line: string) => void): Promise<Omit<ImportBenchResult, 'oneTextAtSize'>> {
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

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // `node --import tsx tests/bench/import.ts [--full]`: only the per-size import figure.
  const sizes = process.argv.includes('--full') ? [1000, 10_000, 100_000] : [1000, 10_000];
  for (const articles of sizes) await measureImportAtSize(articles, (line) => process.stdout.write(`${line}\n`));
}
