import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { EngineReply } from 'tesseract.js/src/worker-script/index.js';

/**
 * Tesseract, offline, in the calling thread (the OCR worker). tesseract.js's worker script is
 * driven directly with an adapter of ours: the language models come from the npm data packages
 * (`@tesseract.js-data/chi_sim`, `…/eng`, LSTM "best_int" models, gzipped as they ship), the wasm
 * core from `tesseract.js-core` beside it, and `fetch` and every cache write refuse. Nothing is
 * downloaded, nothing is written; a missing model fails at once with a clear error.
 */

/**
 * Which models read a page. Measured on the fixtures: chi_sim alone and chi_sim+eng give the same
 * character error rate on every one, and chi_sim alone reads Latin words and digits
 * (`Science and Technology Policy, Vol. 12 (2024)` exactly); with chi_sim+eng, tesseract.js-core 7
 * logs "Failed loading language" for the second model's name (garbled), so eng adds nothing but
 * 3 MB to load. chi_sim+eng stays selectable for when that is fixed.
 */
export type OcrLanguages = 'chi_sim+eng' | 'chi_sim';
export const DEFAULT_LANGUAGES: OcrLanguages = 'chi_sim';

/** The folder the data packages keep their LSTM-only models in (what OEM.LSTM_ONLY reads). */
const MODEL_FOLDER = '4.0.0_best_int';

export interface OcrSymbol {
  text: string;
  confidence: number;
  bbox: OcrBox;
}
export interface OcrWord {
  text: string;
  confidence: number;
  bbox: OcrBox;
  symbols: OcrSymbol[];
}
export interface OcrLine {
  text: string;
  confidence: number;
  bbox: OcrBox;
  words: OcrWord[];
}
export interface OcrBlock {
  bbox: OcrBox;
  lines: OcrLine[];
}
export interface OcrBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface RawBlock {
  bbox: OcrBox;
  paragraphs: { lines: OcrLine[] }[];
}

export interface Engine {
  readonly name: string;
  /** `parameters`: tesseract variables for this page only (e.g. tessedit_pageseg_mode). */
  recognise(image: Uint8Array, parameters?: Record<string, string>): Promise<OcrBlock[]>;
}

// Not named `require`: the main bundle declares its own `require` shim in the same scope.
const resolveHere = createRequire(import.meta.url);
let ready: Promise<Engine> | null = null;
let readyLanguages: OcrLanguages | null = null;

/** The engine for these languages, started once per thread (about 2 s) and kept warm. */
export function tesseractEngine(languages: OcrLanguages = DEFAULT_LANGUAGES): Promise<Engine> {
  if (ready && readyLanguages === languages) return ready;
  readyLanguages = languages;
  ready = startEngine(languages);
  ready.catch(() => {
    ready = null;
  });
  return ready;
}

async function startEngine(languages: OcrLanguages): Promise<Engine> {
  // Loaded lazily: the worker script pulls in a regenerator runtime and the wasm glue.
  const script = await import('tesseract.js/src/worker-script/index.js');
  const getCore = (await import('tesseract.js/src/worker-script/node/getCore.js')).default;
  const refuse = (what: string) => async (): Promise<never> => {
    throw new Error(`OCR is offline: ${what} refused`);
  };
  script.setAdapter({
    getCore,
    gunzip: (data) => gunzipSync(data),
    fetch: refuse('network fetch'),
    readCache: refuse('cache read'),
    writeCache: refuse('cache write'),
    deleteCache: async () => undefined,
    checkCache: async () => false,
  });
  let jobs = 0;
  const call = (action: string, payload: unknown): Promise<unknown> =>
    new Promise((resolve, reject) => {
      script.dispatchHandlers({ workerId: 'bulletin-archive', jobId: (jobs += 1), action, payload }, (reply: EngineReply) => {
        if (reply.status === 'resolve') resolve(reply.data);
        else if (reply.status === 'reject') reject(new Error(String(reply.data)));
      });
    });
  const codes = languages.split('+');
  await call('load', { options: { lstmOnly: true, corePath: undefined, logging: false } });
  await call('loadLanguage', {
    // Given as data: tesseract.js then neither reads a cache nor fetches.
    langs: codes.map((code) => ({ code, data: readModel(code) })),
    options: { cacheMethod: 'none', gzip: true, lstmOnly: true, langPath: undefined, cachePath: undefined, dataPath: undefined },
  });
  // OEM 1 = LSTM only, the models above.
  await call('initialize', { langs: languages, oem: 1, config: undefined });
  return {
    name: `tesseract.js ${packageVersion('tesseract.js')} ${languages}`,
    async recognise(image, parameters = {}) {
      const data = (await call('recognize', { image, options: parameters, output: { blocks: true, text: false, hocr: false, tsv: false } })) as {
        blocks: RawBlock[] | null;
      };
      return (data.blocks ?? []).map((block) => ({ bbox: block.bbox, lines: block.paragraphs.flatMap((paragraph) => paragraph.lines) }));
    },
  };
}

function readModel(code: string): Uint8Array {
  const folder = dirname(resolveHere.resolve(`@tesseract.js-data/${code}/package.json`));
  return readFileSync(join(unpacked(folder), MODEL_FOLDER, `${code}.traineddata.gz`));
}

function packageVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(resolveHere.resolve(`${name}/package.json`), 'utf8')) as { version?: string };
  return manifest.version ?? '?';
}

/** In a packaged app the data files sit in app.asar.unpacked (see pdfjs-assets.ts). */
function unpacked(folder: string): string {
  const candidate = folder.replace(/\.asar(?=[\\/])/, '.asar.unpacked');
  return candidate !== folder && existsSync(candidate) ? candidate : folder;
}
