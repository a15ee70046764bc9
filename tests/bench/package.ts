import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importFiles, openLibrary } from '../../electron/core/library';
import type { Library } from '../../electron/core/library';
import { exportPackage } from '../../electron/core/package/export-package';
import { importPackage } from '../../electron/core/package/import-package';
import { round, timeAsync } from './measure';

/**
 * Packages (issue 15): a library of 1,000 issues (the sample bulletin renumbered across 20 years)
 * exported as one .zip, then merged into a fresh library (every issue added) and merged again
 * (every issue unchanged). Time is wall clock (noisy on a loaded machine); memory is the peak
 * resident set sampled every 20 ms during each step, and the RSS after a GC once it ends (run
 * node with --expose-gc for that figure); the package's size is a count that does not depend on load.
 */
export interface PackageStepResult {
  ms: number;
  peakRssBytes: number;
  rssAfterGcBytes: number | null;
}

export interface PackageBenchResult {
  issues: number;
  buildLibraryMs: number;
  packageBytes: number;
  payloadBytes: number;
  files: number;
  export: PackageStepResult;
  mergeIntoEmpty: PackageStepResult & { added: number; failed: number };
  mergeAgain: PackageStepResult & { unchanged: number; failed: number };
  machine: string;
  date: string;
}

const SAMPLE = path.resolve(import.meta.dirname, '../../resources/sample-kjqbck-2024-03.txt');
const ISSUES = 1000;
const PER_YEAR = 50;

export async function measurePackage(log: (line: string) => void, issues = ISSUES): Promise<PackageBenchResult> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'bulletin-package-bench-'));
  try {
    const built = await timeAsync(() => buildLibrary(path.join(work, 'source'), issues));
    const source = built.value;
    log(`library of ${source.issues().length} issues built in ${round(built.ms)} ms`);

    const out = path.join(work, 'library.zip');
    const exported = await step(() => exportPackage(source, { out }));
    const { size: packageBytes } = await fs.stat(out);
    log(`export: ${round(exported.ms)} ms, peak RSS ${mb(exported.peakRssBytes)}, package ${mb(packageBytes)} (${exported.value.files} files)`);

    const fresh = await openLibrary(path.join(work, 'fresh'), { create: true });
    const merged = await step(() => importPackage(fresh, out));
    log(`merge into an empty library: ${round(merged.ms)} ms, peak RSS ${mb(merged.peakRssBytes)}, ${merged.value.totals.added} added, ${merged.value.totals.failed} failed`);
    const again = await step(() => importPackage(fresh, out));
    log(`merge the same package again: ${round(again.ms)} ms, peak RSS ${mb(again.peakRssBytes)}, ${again.value.totals.unchanged} unchanged, ${again.value.totals.failed} failed`);
    await fresh.close();
    await source.close();

    return {
      issues: source.issues().length,
      buildLibraryMs: round(built.ms),
      packageBytes,
      payloadBytes: exported.value.payloadBytes,
      files: exported.value.files,
      export: figures(exported),
      mergeIntoEmpty: { ...figures(merged), added: merged.value.totals.added, failed: merged.value.totals.failed },
      mergeAgain: { ...figures(again), unchanged: again.value.totals.unchanged, failed: again.value.totals.failed },
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}`,
      date: new Date().toISOString(),
    };
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

async function buildLibrary(dir: string, issues: number): Promise<Library> {
  const sample = await fs.readFile(SAMPLE, 'utf8');
  const folder = `${dir}-files`;
  await fs.mkdir(folder, { recursive: true });
  const files: string[] = [];
  for (let n = 0; n < issues; n++) {
    const year = 2000 + Math.floor(n / PER_YEAR);
    const number = (n % PER_YEAR) + 1;
    const file = path.join(folder, `kjqbck-${year}-${number}.txt`);
    await fs.writeFile(file, sample.replace('2024 年第 3 期', `${year} 年第 ${number} 期`));
    files.push(file);
  }
  const library = await openLibrary(dir, { create: true });
  const { outcomes } = await importFiles(library, files);
  const failed = outcomes.filter((o) => o.status !== 'imported');
  if (failed.length > 0) throw new Error(`bench library: ${failed.length} files not imported (${failed[0]?.message ?? ''})`);
  return library;
}

async function step<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; peakRssBytes: number; rssAfterGcBytes: number | null }> {
  global.gc?.();
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  try {
    const { value, ms } = await timeAsync(work);
    peak = Math.max(peak, process.memoryUsage.rss());
    let after: number | null = null;
    if (global.gc) {
      global.gc();
      after = process.memoryUsage.rss();
    }
    return { value, ms, peakRssBytes: peak, rssAfterGcBytes: after };
  } finally {
    clearInterval(sampler);
  }
}

function figures(result: { ms: number; peakRssBytes: number; rssAfterGcBytes: number | null }): PackageStepResult {
  return { ms: round(result.ms), peakRssBytes: result.peakRssBytes, rssAfterGcBytes: result.rssAfterGcBytes };
}

function mb(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}
