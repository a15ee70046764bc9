import type { TextRange } from './types';

/**
 * Where terms occur in normalised text, as non-overlapping ranges in reading order: when two
 * terms overlap (科技 and 技术 in 科技术), the ranges are merged so that a highlight never
 * covers a character twice.
 */
export function occurrences(text: string, terms: readonly string[], from = 0, to = text.length): TextRange[] {
  const found: TextRange[] = [];
  for (const term of terms) {
    if (term === '') continue;
    let at = text.indexOf(term, from);
    while (at >= 0 && at + term.length <= to) {
      found.push([at, at + term.length]);
      at = text.indexOf(term, at + term.length);
    }
  }
  return mergeRanges(found);
}

export function mergeRanges(ranges: TextRange[]): TextRange[] {
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: TextRange[] = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Occurrences of a term counted as the index counts them: overlapping ones too. */
export function countOccurrences(text: string, term: string, from = 0): number {
  let count = 0;
  let at = text.indexOf(term, from);
  while (at >= 0) {
    count++;
    at = text.indexOf(term, at + 1);
  }
  return count;
}

/** Maps ranges of a normalised text back to its original through the per-unit origin table. */
export function rangesToOriginal(ranges: readonly TextRange[], origin: Uint32Array, original: string): TextRange[] {
  return ranges.map(([start, end]) => {
    const from = origin[start] ?? 0;
    const lastFrom = origin[end - 1] ?? from;
    const lastUnit = original.charCodeAt(lastFrom);
    return [from, lastFrom + (lastUnit >= 0xd800 && lastUnit <= 0xdbff ? 2 : 1)];
  });
}
