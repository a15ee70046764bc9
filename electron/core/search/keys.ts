/**
 * Index keys are UTF-16 units of normalised text: a single unit `u` (for one-character queries)
 * or a pair `(u1 << 16) | u2`. Normalised text never holds units below U+0020 except the part
 * separator, so a single unit's key can never equal a pair's.
 */
export const PART_SEPARATOR = '\n';
const SEPARATOR_UNIT = 0x0a;

export function pairKey(first: number, second: number): number {
  return ((first << 16) | second) >>> 0;
}

/** Calls `visit` for every unit and every pair of units inside a part of `text`. */
export function forEachKey(text: string, visit: (key: number) => void): void {
  let previous = SEPARATOR_UNIT;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit !== SEPARATOR_UNIT) {
      visit(unit);
      if (previous !== SEPARATOR_UNIT) visit(pairKey(previous, unit));
    }
    previous = unit;
  }
}

/**
 * The keys that must all be present in an article for it to contain `term`: the unit itself for a
 * one-unit term, otherwise every pair. Distinct, in order of first appearance.
 */
export function keysOfTerm(term: string): number[] {
  return keysWithOffsets(term).map((k) => k.key);
}

/** The same keys with where each first occurs in the term. */
export function keysWithOffsets(term: string): { key: number; offset: number }[] {
  if (term.length === 1) return [{ key: term.charCodeAt(0), offset: 0 }];
  const keys = new Map<number, number>();
  for (let i = 0; i + 1 < term.length; i++) {
    const key = pairKey(term.charCodeAt(i), term.charCodeAt(i + 1));
    if (!keys.has(key)) keys.set(key, i);
  }
  return [...keys].map(([key, offset]) => ({ key, offset }));
}
