import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { AnnotationStore } from '../../electron/core/annotations';
import { ChromiumPdfEngine, createExportServices, exportFiles } from '../../electron/core/export';
import type { PdfEngine } from '../../electron/core/export';
import { stopIdleExtractionWorkers } from '../../electron/core/importers/extract/warm-workers';
import { readBulletin } from '../../electron/core/importers/read-bulletin';
import { openLibrary } from '../../electron/core/library';
import { DEFAULT_PRINT_OPTIONS } from '../../shared/contract/export';
import { pageCount, withBulletinPrinter } from './bulletin-pdf';
import { percentiles, round, timeAsync } from './measure';
import type { Latency } from './measure';

const run = promisify(execFile);

/**
 * PDF in and out against their tools, measured in the same run and alternating (one of ours,
 * one of theirs), so that a loaded machine slows both alike; the ratio of medians is the figure.
 *   in:  reading a 7-page bulletin PDF (Library's reader: worker, pdf.js, layout, parser) vs
 *        `pdftotext -layout` (poppler) of the same file, including its process start;
 *   out: exporting an issue to PDF (print document, pages measured, final PDF) vs one Chromium
 *        print of that export's final HTML in the same warm browser; and the export in a browser
 *        not yet started (cold).
 */
export interface PdfInResult {
  pages: number;
  articles: number;
  runs: number;
  ours: Latency;
  pdftotext: Latency;
  /** ours p50 / pdftotext p50 (target: within 3). */
  ratio: number;
  /** The first read, when the extraction worker is not started yet. */
  firstMs: number;
}

export interface PdfOutResult {
  pages: number;
  runs: number;
  /** Warm: the browser already running, the issue's pages not measured before. */
  exportWarm: Latency;
  onePrint: Latency;
  /** exportWarm p50 / onePrint p50 (target: within 1.5). */
  ratio: number;
  /** The first export, browser not yet started. */
  exportColdMs: number;
  /** Prints per export, first time and again (the pages then known). */
  printsPerExport: number;
  printsPerRepeatedExport: number;
}

export async function measurePdfIn(runs = 7): Promise<PdfInResult> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bulletin-bench-pdf-'));
  try {
    const pdf = await withBulletinPrinter((print) => print(1, 6));
    const file = path.join(dir, 'seven-pages.pdf');
    await fs.writeFile(file, pdf);
    await stopIdleExtractionWorkers();
    const first = await timeAsync(() => readBulletin('seven-pages.pdf', pdf));
    const ours: number[] = [];
    const tool: number[] = [];
    for (let i = 0; i < runs; i++) {
      tool.push((await timeAsync(() => run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']))).ms);
      ours.push((await timeAsync(() => readBulletin('seven-pages.pdf', pdf))).ms);
    }
    const result = {
      pages: pageCount(pdf),
      articles: first.value.parsed.articles.length,
      runs,
      ours: percentiles(ours),
      pdftotext: percentiles(tool),
      ratio: 0,
      firstMs: round(first.ms),
    };
    return { ...result, ratio: round(result.ours.p50Ms / result.pdftotext.p50Ms) };
  } finally {
    await stopIdleExtractionWorkers();
    await fs.rm(dir, { recursive: true, force: true });
  }
}

const SAMPLE = path.resolve(import.meta.dirname, '../../resources/sample-kjqbck-2024-03.txt');

export async function measurePdfOut(runs = 5): Promise<PdfOutResult> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bulletin-bench-export-'));
  const engine = new ChromiumPdfEngine();
  try {
    const library = await openLibrary(path.join(dir, 'library'), { create: true });
    const sample = await fs.readFile(SAMPLE, 'utf8');
    // One issue per run, so that every warm export measures its pages (none is remembered).
    const issueIds: string[] = [];
    for (let n = 0; n <= runs; n++) {
      const outcome = await library.importBulletin({ name: `issue-${n}.txt`, bytes: Buffer.from(sample.replace('2024 年第 3 期', `2024 年第 ${n + 1} 期`)) });
      if (outcome.status !== 'imported') throw new Error(`the export bench's issue was not imported: ${outcome.status}`);
      issueIds.push(outcome.issueId);
    }
    let lastHtml = '';
    const recording: PdfEngine = {
      pdf: (html) => {
        lastHtml = html;
        return engine.pdf(html);
      },
      close: () => engine.close(),
    };
    const services = { ...createExportServices(new AnnotationStore(library), () => recording), pdf: () => recording };
    const exportIssue = async (issueId: string): Promise<Uint8Array> => {
      const request = { target: { kind: 'issue' as const, issueId }, format: 'pdf' as const, encoding: 'utf-8' as const, options: DEFAULT_PRINT_OPTIONS };
      for await (const file of exportFiles(library, request, services)) return file.bytes;
      throw new Error('the export made no file');
    };
    const cold = await timeAsync(() => exportIssue(issueIds[0]!));
    const printsPerExport = engine.prints;
    await exportIssue(issueIds[0]!);
    const printsPerRepeatedExport = engine.prints - printsPerExport;
    const exports: number[] = [];
    const prints: number[] = [];
    for (let i = 1; i <= runs; i++) {
      exports.push((await timeAsync(() => exportIssue(issueIds[i]!))).ms);
      const html = lastHtml;
      prints.push((await timeAsync(() => engine.pdf(html))).ms);
    }
    await library.close();
    const exportWarm = percentiles(exports);
    const onePrint = percentiles(prints);
    return {
      pages: pageCount(cold.value),
      runs,
      exportWarm,
      onePrint,
      ratio: round(exportWarm.p50Ms / onePrint.p50Ms),
      exportColdMs: round(cold.ms),
      printsPerExport,
      printsPerRepeatedExport,
    };
  } finally {
    await engine.close();
    await fs.rm(dir, { recursive: true, force: true });
  }
}
