import { FOLD_DELETE, FOLD_EXPAND, FOLD_SPACE, foldCodePoint, foldTable } from './fold-table';

/**
 * Text as search sees it: NFKC, simplified, lower case, and white space kept only where it
 * separates two words of an alphabetic script. PDF extraction puts spaces between Chinese and
 * digits (`2023 年`) and inside names (`李 涛`); readers type them or not, so search ignores
 * them. The same function prepares the index and the query, which is what makes them agree.
 */

export interface NormalisedText {
  readonly text: string;
  /** For each unit of `text`, the index in the original of the character it came from. */
  readonly origin: Uint32Array;
}

export function normalise(text: string): string {
  return run(text, false).text;
}

export function normaliseWithOrigin(text: string): NormalisedText {
  const { text: out, origin } = run(text, true);
  return { text: out, origin: origin ?? new Uint32Array(0) };
}

const astral = new Map<string, string>();

function run(input: string, track: boolean): { text: string; origin: Uint32Array | null } {
  const { table, expansions, spaced } = foldTable();
  let out = new Uint16Array(input.length + 8);
  let origin = track ? new Uint32Array(input.length + 8) : null;
  let n = 0;
  let pendingSpace = -1;

  const ensure = (extra: number): void => {
    if (n + extra <= out.length) return;
    const size = Math.max(out.length * 2, n + extra);
    const grown = new Uint16Array(size);
    grown.set(out);
    out = grown;
    if (origin) {
      const grownOrigin = new Uint32Array(size);
      grownOrigin.set(origin);
      origin = grownOrigin;
    }
  };
  const emit = (unit: number, from: number): void => {
    if (pendingSpace >= 0) {
      if (n > 0 && spaced[out[n - 1] ?? 0] === 1 && spaced[unit] === 1) {
        ensure(1);
        if (origin) origin[n] = pendingSpace;
        out[n++] = 0x20;
      }
      pendingSpace = -1;
    }
    ensure(1);
    if (origin) origin[n] = from;
    out[n++] = unit;
  };
  const emitString = (s: string, from: number): void => {
    for (let k = 0; k < s.length; k++) {
      const unit = s.charCodeAt(k);
      if (unit === 0x20) {
        if (pendingSpace < 0 && n > 0) pendingSpace = from;
      } else {
        emit(unit, from);
      }
    }
  };

  for (let i = 0; i < input.length; i++) {
    const u = input.charCodeAt(i);
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < input.length) {
      const low = input.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        const pair = input.slice(i, i + 2);
        let folded = astral.get(pair);
        if (folded === undefined) {
          folded = foldCodePoint(pair);
          astral.set(pair, folded);
        }
        emitString(folded, i);
        i++;
        continue;
      }
    }
    const f = table[u] ?? u;
    if (f < FOLD_EXPAND) emit(f, i);
    else if (f === FOLD_SPACE) {
      if (pendingSpace < 0 && n > 0) pendingSpace = i;
    } else if (f === FOLD_EXPAND) emitString(expansions.get(u) ?? '', i);
    else if (f !== FOLD_DELETE) emit(u, i);
  }
  return { text: unitsToString(out, n), origin: origin ? origin.subarray(0, n) : null };
}

function unitsToString(units: Uint16Array, length: number): string {
  const CHUNK = 8192;
  if (length <= CHUNK) return String.fromCharCode(...units.subarray(0, length));
  const parts: string[] = [];
  for (let at = 0; at < length; at += CHUNK) parts.push(String.fromCharCode(...units.subarray(at, Math.min(length, at + CHUNK))));
  return parts.join('');
}
