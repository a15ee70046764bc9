import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** What to hand `new Worker()`: a script file, or (for the TypeScript source) a bootstrap to eval. */
export type IndexWorkerEntry = { file: URL } | { evalCode: string };

// Looked for beside this module, in order: the electron-vite bundle (out/main/index-worker.js
// next to out/main/index.js) or compiled JavaScript, then the TypeScript source (tsx, vitest).
// Names are held in a variable so bundlers leave `new URL(…, import.meta.url)` alone.
const CANDIDATES = ['./index-worker.js', './index-worker.ts'];

/**
 * The script the index builder worker runs. As for the text-extraction worker
 * (importers/extract/worker-entry.ts), a worker inherits no TypeScript loader from its parent,
 * so a .ts worker starts from a small bootstrap that registers tsx inside the worker first.
 */
export function resolveIndexWorkerEntry(): IndexWorkerEntry {
  for (const candidate of CANDIDATES) {
    const url = new URL(candidate, import.meta.url);
    if (url.protocol !== 'file:' || !existsSync(fileURLToPath(url))) continue;
    if (!candidate.endsWith('.ts')) return { file: url };
    // No top-level await: eval'd worker code may be run as CommonJS.
    const evalCode = `import(${JSON.stringify(tsxEsmApiUrl())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
    return { evalCode };
  }
  throw new Error(`The search index worker is missing (looked for ${CANDIDATES.join(', ')} beside ${import.meta.url}).`);
}

/** tsx's ESM API as a file URL (its `import` target: the CommonJS build cannot register ESM hooks). */
function tsxEsmApiUrl(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as { exports?: Record<string, { import?: { default?: string } }> };
  const target = exports?.['./esm/api']?.import?.default ?? './dist/esm/api/index.mjs';
  return pathToFileURL(join(dirname(manifest), target)).href;
}
