import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** What to hand `new Worker()`: a script file, or (for TypeScript sources) a bootstrap to eval. */
export type WorkerEntry = { file: URL } | { evalCode: string };

// Looked for beside this module, in order: the electron-vite bundle (out/main/extract-worker.js
// next to out/main/index.js), compiled JavaScript, then the TypeScript source (tsx, vitest).
// Names are held in a variable so bundlers leave `new URL(…, import.meta.url)` alone.
const CANDIDATES = ['./extract-worker.js', './worker.js', './worker.ts'];
const PRELOAD = ['pdfjs-dist/legacy/build/pdf.mjs', 'pdfjs-dist/legacy/build/pdf.worker.mjs'];
// The same list as pdfjs.ts's KEPT, as code for the bootstrap below.
const KEPT_BUILT_INS = "[[Array.prototype, 'push'], [JSON, 'parse'], [JSON, 'stringify']]";

/**
 * The script the extraction worker runs. A worker inherits no TypeScript loader from its
 * parent, and on Node 20 `execArgv: ['--import', 'tsx']` does not reach a worker either
 * (measured: "Unknown file extension .ts"), so a .ts worker starts from a small bootstrap
 * that registers tsx's ESM hooks inside the worker and then imports the source.
 */
export function resolveWorkerEntry(candidates: readonly string[] = CANDIDATES): WorkerEntry {
  for (const candidate of candidates) {
    const url = new URL(candidate, import.meta.url);
    if (url.protocol !== 'file:' || !existsSync(fileURLToPath(url))) continue;
    if (!candidate.endsWith('.ts')) return { file: url };
    const require = createRequire(import.meta.url);
    // The libraries (pdf.js and its worker module are 2 MB each) are loaded natively before
    // tsx is registered, so tsx does not transpile them again in every worker (measured:
    // about 1.5 s per worker otherwise).
    const preload = PRELOAD.map((id) => pathToFileURL(require.resolve(id)).href);
    // No top-level await: eval'd worker code may be run as CommonJS. The built-ins pdf.js
    // replaces are put back after it loads, as pdfjs.ts does where it loads pdf.js itself.
    const evalCode = [
      `const kept = ${KEPT_BUILT_INS}.map(([owner, key]) => [owner, key, Object.getOwnPropertyDescriptor(owner, key)]);`,
      `Promise.all(${JSON.stringify(preload)}.map((url) => import(url)))`,
      `.then(() => { for (const [owner, key, descriptor] of kept) Object.defineProperty(owner, key, descriptor); })`,
      `.then(() => import(${JSON.stringify(tsxEsmApiUrl())}))`,
      `.then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`,
    ].join('');
    return { evalCode };
  }
  throw new Error(`A reader's worker is missing (looked for ${candidates.join(', ')} beside ${import.meta.url}).`);
}

/**
 * A reader's worker (PDF and Word extraction, OCR) with a memory ceiling: past `heapMb` V8 stops
 * the worker (ERR_WORKER_OUT_OF_MEMORY), not the app.
 */
export function startLimitedWorker(heapMb: number, candidates: readonly string[] = CANDIDATES): Worker {
  const entry = resolveWorkerEntry(candidates);
  const options = { resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 } };
  return 'file' in entry ? new Worker(entry.file, options) : new Worker(entry.evalCode, { ...options, eval: true });
}

/**
 * tsx's ESM API as a file URL. `require.resolve('tsx/esm/api')` picks its CommonJS build,
 * which cannot register ESM hooks from an eval'd worker: read the `import` target instead.
 */
function tsxEsmApiUrl(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as { exports?: Record<string, { import?: { default?: string } }> };
  const target = exports?.['./esm/api']?.import?.default ?? './dist/esm/api/index.mjs';
  return pathToFileURL(join(dirname(manifest), target)).href;
}
