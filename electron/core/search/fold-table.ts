import { Converter } from 'opencc-js';

/**
 * What one character becomes when text is prepared for search, computed once for the whole
 * Basic Multilingual Plane so that normalising millions of characters is a table lookup per
 * character rather than a call into `normalize` or OpenCC per character.
 *
 * The fold is NFKC (full-width forms, Kangxi radicals and compatibility ideographs become the
 * ordinary characters), then traditional → simplified, then lower case. OpenCC is applied per
 * character, not per phrase, on purpose: the index and the query must fold a character the same
 * way whatever surrounds it, or a query would miss text that its context converted differently.
 */

/** The unit disappears (controls, zero-width and format characters). */
export const FOLD_DELETE = 0xffff;
/** The unit is white space: kept only between two letters or digits of an alphabetic script. */
export const FOLD_SPACE = 0xfffe;
/** The unit folds to more than one unit: look it up in `expansions`. */
export const FOLD_EXPAND = 0xfffd;

export interface FoldTable {
  /** Folded unit, or one of FOLD_DELETE / FOLD_SPACE / FOLD_EXPAND. */
  readonly table: Uint16Array;
  readonly expansions: ReadonlyMap<number, string>;
  /** 1 where a (folded) unit is a letter or digit of a script written with spaces (Latin, Cyrillic…). */
  readonly spaced: Uint8Array;
}

let cached: FoldTable | undefined;

export function foldTable(): FoldTable {
  cached ??= buildFoldTable();
  return cached;
}

/** Folds a character outside the table (an astral code point) the same way. */
export function foldCodePoint(char: string): string {
  return toSimplified(char.normalize('NFKC')).toLowerCase();
}

let converter: ((text: string) => string) | undefined;
function toSimplified(text: string): string {
  converter ??= Converter({ from: 't', to: 'cn' });
  // Per character, never per phrase (see above).
  return Array.from(text, (c) => (isHan(c) ? (simplifiedChars().get(c) ?? c) : c)).join('');
}

let simplified: Map<string, string> | undefined;
/** One OpenCC call over every Han character, separated so that no phrase can form. */
function simplifiedChars(): Map<string, string> {
  if (simplified) return simplified;
  converter ??= Converter({ from: 't', to: 'cn' });
  const chars: string[] = [];
  for (let u = 0x3400; u <= 0x9fff; u++) chars.push(String.fromCharCode(u));
  for (let u = 0xf900; u <= 0xfaff; u++) chars.push(String.fromCharCode(u));
  const out = converter(chars.join('\n')).split('\n');
  simplified = new Map();
  if (out.length !== chars.length) return simplified;
  chars.forEach((c, i) => {
    const s = out[i];
    if (s !== undefined && s !== c && [...s].length === 1) simplified?.set(c, s);
  });
  return simplified;
}

const HAN = /\p{Script=Han}/u;
function isHan(c: string): boolean {
  return HAN.test(c);
}

const DELETED = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]$/u;
const SPACE = /^\s$/u;
const SPACED_SCRIPT = /^[\p{L}\p{N}]$/u;
const UNSPACED_SCRIPT = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]$/u;

function buildFoldTable(): FoldTable {
  const table = new Uint16Array(0x10000);
  const expansions = new Map<number, string>();
  const spaced = new Uint8Array(0x10000);
  const toSimple = simplifiedChars();
  for (let u = 0; u < 0x10000; u++) {
    const c = String.fromCharCode(u);
    if (u >= 0xd800 && u <= 0xdfff) {
      table[u] = u; // surrogate halves pass through; pairs are folded by foldCodePoint
      continue;
    }
    if (SPACE.test(c)) {
      table[u] = FOLD_SPACE;
      continue;
    }
    if (DELETED.test(c)) {
      table[u] = FOLD_DELETE;
      continue;
    }
    const nfkc = c.normalize('NFKC');
    const folded = Array.from(nfkc, (ch) => toSimple.get(ch) ?? ch)
      .join('')
      .toLowerCase()
      .replace(/\s+/gu, ' ');
    if (folded.length === 1) {
      const f = folded.charCodeAt(0);
      table[u] = f >= FOLD_EXPAND ? u : f;
    } else if (folded.length === 0) {
      table[u] = FOLD_DELETE;
    } else {
      table[u] = FOLD_EXPAND;
      expansions.set(u, folded);
    }
  }
  // Indexed by the folded unit: the space rule looks at the output on both sides of a space.
  for (let u = 0; u < 0x10000; u++) {
    const c = String.fromCharCode(u);
    spaced[u] = SPACED_SCRIPT.test(c) && !UNSPACED_SCRIPT.test(c) ? 1 : 0;
  }
  return { table, expansions, spaced };
}
