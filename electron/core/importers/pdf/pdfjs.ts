import type * as Pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

export type PdfjsModule = typeof Pdfjs;

/**
 * Built-ins that pdf.js's legacy build replaces, for the whole thread, with core-js polyfills
 * written in JavaScript: `Array.prototype.push` (every push in the thread, ours and pdf.js's,
 * went through it: about a tenth of a PDF's reading time) and `JSON.parse`/`JSON.stringify`
 * (for a proposal nothing here uses). Node 20's own are correct; they are put back once pdf.js
 * has loaded. What the build only adds (Promise.withResolvers, Map.getOrInsert…) is kept: pdf.js needs it.
 */
const KEPT: readonly [object, string][] = [
  [Array.prototype, 'push'],
  [JSON, 'parse'],
  [JSON, 'stringify'],
];

let loading: Promise<PdfjsModule> | null = null;

/**
 * pdf.js, loaded once per thread with the built-ins above kept. Its worker module is loaded
 * here too (pdf.js in Node runs it in this thread and picks it up from `globalThis.pdfjsWorker`),
 * so it cannot swap them later, when the first document opens.
 */
export function loadPdfjs(): Promise<PdfjsModule> {
  loading ??= keepingBuiltIns(async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return pdfjs;
  });
  return loading;
}

/** Runs `load`, then puts back every built-in of KEPT that it replaced. */
export async function keepingBuiltIns<T>(load: () => Promise<T>): Promise<T> {
  const before = KEPT.map(([owner, key]) => [owner, key, Object.getOwnPropertyDescriptor(owner, key)] as const);
  try {
    return await load();
  } finally {
    for (const [owner, key, descriptor] of before) if (descriptor) Object.defineProperty(owner, key, descriptor);
  }
}
