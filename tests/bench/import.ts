import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readBulletin } from '../../electron/core/importers/read-bulletin';
import { collectBulletinFiles, importFiles, openLibrary, verifyLibrary } from '../../electron/core/library';
import { pageCount, withBulletinPrinter } from './bulletin-pdf';
import { percentiles, round, timeAsync } from './measure';
import type { Latency } from './measure';

/**
 * Import speed: one 12-page PDF bulletin read and parsed (pdf.js, layout, parser; the first read
 * also starts the extraction worker, which the later ones reuse),
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
    const folder = path.join(work, 'back-issues');
    await fs.mkdir(folder);
    const twelve = await withBulletinPrinter(async (printIssue) => {
      for (let n = 2; n <= 21; n++) await fs.writeFile(path.join(folder, `issue-${n}.pdf`), await printIssue(n, 3));
      return printIssue(1, 12);
    });

    const runs: number[] = [];
    let articles = 0;
    for (let i = 0; i < PDF_RUNS; i++) {
      const { value, ms } = await timeAsync(() => readBulletin('bench-12-pages.pdf', twelve));
      runs.push(ms);
      articles = value.parsed.articles.length;
    }
    const pages = pageCount(twelve);
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
