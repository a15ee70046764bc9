import { Buffer } from 'node:buffer';
import { FOLD_DELETE, FOLD_EXPAND, FOLD_SPACE, foldCodePoint, foldTable } from './fold-table';

/**
 * Text as search sees it: NFKC, simplified, lower case, and white space kept only where it
 * separates two words of an alphabetic script. PDF extraction puts spaces between Chinese and
 * digits (`2023 年`) and inside names (`李 涛`); readers type them or not, so search ignores
 * them. The same function prepares the index and the query, which is what makes them agree.
 *
 * Written as one flat loop over typed arrays: it runs over every character of the library.
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

class Output {
  units: Uint16Array;
  origin: Uint32Array | null;
  n = 0;
  /** Index in the input of a space waiting to be kept or dropped, or -1. */
  pendingSpace = -1;

  constructor(capacity: number, track: boolean) {
    this.units = new Uint16Array(capacity);
    this.origin = track ? new Uint32Array(capacity) : null;
  }

  grow(): void {
    const units = new Uint16Array(this.units.length * 2 + 16);
    units.set(this.units);
    this.units = units;
    if (this.origin) {
      const origin = new Uint32Array(units.length);
      origin.set(this.origin);
      this.origin = origin;
    }
  }

  /** The slow path: expansions and astral characters, which may hold spaces of their own. */
  emitString(s: string, from: number, spaced: Uint8Array): void {
    for (let k = 0; k < s.length; k++) {
      const unit = s.charCodeAt(k);
      if (unit === 0x20) {
        if (this.pendingSpace < 0 && this.n > 0) this.pendingSpace = from;
        continue;
      }
      this.flushSpace(unit, spaced);
      if (this.n + 1 >= this.units.length) this.grow();
      if (this.origin) this.origin[this.n] = from;
      this.units[this.n++] = unit;
    }
  }

  flushSpace(next: number, spaced: Uint8Array): void {
    if (this.pendingSpace < 0) return;
    if (this.n > 0 && spaced[this.units[this.n - 1] as number] === 1 && spaced[next] === 1) {
      if (this.n + 1 >= this.units.length) this.grow();
      if (this.origin) this.origin[this.n] = this.pendingSpace;
      this.units[this.n++] = 0x20;
    }
    this.pendingSpace = -1;
  }
}

function run(input: string, track: boolean): { text: string; origin: Uint32Array | null } {
  const { table, expansions, spaced } = foldTable();
  const out = new Output(input.length + 16, track);
  const length = input.length;
  for (let i = 0; i < length; i++) {
    const u = input.charCodeAt(i);
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < length) {
      const low = input.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        const pair = input.slice(i, i + 2);
        let folded = astral.get(pair);
        if (folded === undefined) {
          folded = foldCodePoint(pair);
          astral.set(pair, folded);
        }
        out.emitString(folded, i, spaced);
        i++;
        continue;
      }
    }
    const f = table[u] as number;
    if (f < FOLD_EXPAND) {
      if (out.pendingSpace >= 0) out.flushSpace(f, spaced);
      if (out.n + 1 >= out.units.length) out.grow();
      if (out.origin) out.origin[out.n] = i;
      out.units[out.n++] = f;
    } else if (f === FOLD_SPACE) {
      if (out.pendingSpace < 0 && out.n > 0) out.pendingSpace = i;
    } else if (f === FOLD_EXPAND) {
      out.emitString(expansions.get(u) ?? '', i, spaced);
    } else if (f !== FOLD_DELETE) {
      out.emitString(String.fromCharCode(u), i, spaced);
    }
  }
  const text = Buffer.from(out.units.buffer, 0, out.n * 2).toString('utf16le');
  return { text, origin: out.origin ? out.origin.subarray(0, out.n) : null };
}
