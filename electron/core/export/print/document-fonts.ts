import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import subsetFont from 'subset-font';
import type { PrintElement, PrintNode } from '../../../../shared/contract/export';
import { BUNDLED_FONTS, BUNDLED_TITLE_FAMILY, bundledFontFaces, printFontsFolder } from './print-fonts';

/**
 * The bundled print faces cut down to the characters one document prints. Inlining the whole
 * GB 2312 faces made every print page ~5.3 MB of HTML that Chromium parsed and decoded on each
 * print; a document of a few hundred distinct characters needs a few hundred KB. Subsets are
 * TrueType, not WOFF2: compressing a subset to WOFF2 takes seconds of wasm, which is the time
 * this saves, and the data: URL never crosses a network.
 */

/** Printed by the page styles whatever the text: page numbers, the footer's dashes, contents' numbers. */
const ALWAYS = ' 0123456789—–-.,:;()[]·　、。，：；（）《》“”';

export interface DocumentCharacters {
  /** Everything the document can print: its text and the page styles' generated content. */
  body: string;
  /** What the title face prints: text under the classes whose font stack names it. */
  title: string;
}

/**
 * The characters to keep in each face. The stylesheet's text goes into the body set whole (the
 * running heads are `content:` strings in it; a few font names more cost nothing). Only the
 * elements whose class takes the title stack give their text to the title face; a title-stack
 * rule not made of classes makes the title face keep everything, as the body does.
 */
export function documentCharacters(root: PrintElement, css: string): DocumentCharacters {
  const titleClasses = titleStackClasses(css);
  const body = new Set<string>(ALWAYS + css);
  const title = new Set<string>(ALWAYS);
  const walk = (node: PrintNode, inTitle: boolean): void => {
    if (typeof node === 'string') {
      for (const ch of node) {
        body.add(ch);
        if (inTitle) title.add(ch);
      }
      return;
    }
    const here = inTitle || titleClasses === 'all' || (node.cls ?? '').split(/\s+/).some((c) => titleClasses.has(c));
    for (const child of node.children ?? []) walk(child, here);
  };
  walk(root, false);
  return { body: sorted(body), title: sorted(titleClasses === 'all' ? body : title) };
}

function titleStackClasses(css: string): Set<string> | 'all' {
  const classes = new Set<string>();
  // Rules with no nested block (the page boxes are nested and use the body and Song stacks).
  for (const rule of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (!rule[2]!.includes(BUNDLED_TITLE_FAMILY)) continue;
    const names = [...rule[1]!.matchAll(/\.([\w-]+)/g)].map((m) => m[1]!);
    if (names.length === 0) return 'all';
    // The last class of each selector is the element that takes the face (".pd .pd-title").
    for (const selector of rule[1]!.split(',')) {
      const last = [...selector.matchAll(/\.([\w-]+)/g)].pop();
      if (!last) return 'all';
      classes.add(last[1]!);
    }
  }
  return classes;
}

function sorted(chars: Set<string>): string {
  return [...chars].sort().join('');
}

/** The whole faces in sfnt form, decoded from WOFF2 once per process (the slow part of subsetting). */
const wholeFaces = new Map<string, Promise<Buffer>>();

let decoding: Promise<unknown> = Promise.resolve();

function wholeFace(file: string): Promise<Buffer> {
  let found = wholeFaces.get(file);
  if (!found) {
    // One decode at a time: two at once in the WOFF2 decoder's wasm gave an empty face.
    found = decoding.then(async () => {
      const woff2 = await readFile(file);
      return Buffer.from(await (await import('fontverter')).convert(woff2, 'sfnt'));
    });
    decoding = found.catch(() => undefined);
    found.catch(() => wholeFaces.delete(file));
    wholeFaces.set(file, found);
  }
  return found;
}

interface CachedSubset {
  data: Promise<string>;
  at: number;
}

/**
 * Subsets kept by (face, character set) for a few minutes: the measuring print and the final
 * print of one export, a second export of the same issue and its HTML export share one subset.
 */
const subsets = new Map<string, CachedSubset>();
const SUBSET_CAPACITY = 12;
const SUBSET_LIFETIME_MS = 10 * 60 * 1000;

let subsetsCut = 0;

/** How many subsets were cut so far (tests: a second print of the same document cuts none). */
export function subsetsCutSoFar(): number {
  return subsetsCut;
}

function subsetOf(file: string, chars: string): Promise<string> {
  const key = `${path.basename(file)}:${createHash('sha256').update(chars).digest('hex')}`;
  const now = Date.now();
  for (const [k, v] of subsets) if (now - v.at > SUBSET_LIFETIME_MS) subsets.delete(k);
  const hit = subsets.get(key);
  if (hit) {
    subsets.delete(key);
    subsets.set(key, { data: hit.data, at: now });
    return hit.data;
  }
  subsetsCut += 1;
  const data = wholeFace(file).then(async (face) => Buffer.from(await subsetFont(face, chars, { targetFormat: 'truetype' })).toString('base64'));
  data.catch(() => subsets.delete(key));
  subsets.set(key, { data, at: now });
  while (subsets.size > SUBSET_CAPACITY) subsets.delete(subsets.keys().next().value!);
  return data;
}

/**
 * `@font-face` rules with each bundled face cut to the document's characters. Characters a face
 * lacks (outside GB 2312) are simply not in the subset, and the stack goes on to the next font,
 * as with the whole face. Should subsetting fail, the whole faces are inlined: slower, same print.
 */
export async function documentFontFaces(chars: DocumentCharacters, folder: string | null = printFontsFolder()): Promise<string> {
  if (folder === null) return '';
  try {
    const rules = await Promise.all(
      BUNDLED_FONTS.map(async (font) => {
        const data = await subsetOf(path.join(folder, font.file), font.family === BUNDLED_TITLE_FAMILY ? chars.title : chars.body);
        return `@font-face { font-family: "${font.family}"; src: url("data:font/ttf;base64,${data}") format("truetype"); font-weight: ${font.weight}; font-style: normal; font-display: block; }`;
      }),
    );
    return rules.join('\n');
  } catch {
    return bundledFontFaces();
  }
}
