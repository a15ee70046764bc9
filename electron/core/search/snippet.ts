import { occurrences } from './occurrences';
import type { Segment } from './segment';
import type { Snippet, TextRange } from './types';

/** Characters of context shown before the first hit, and the snippet's length in all. */
const BEFORE = 24;
const LENGTH = 96;

/**
 * A stretch of the paragraph that holds the first body hit, in the article's original characters,
 * with every occurrence of the terms in it as ranges. Title-only hits show the opening of the
 * body instead (the title is shown and highlighted on its own).
 */
export function makeSnippet(segment: Segment, doc: number, terms: readonly string[]): Snippet {
  const text = segment.textOf(doc);
  const titleEnd = segment.titleLength(doc);
  const bodyStart = Math.min(text.length, titleEnd + 1);
  let first = -1;
  for (const term of terms) {
    const at = text.indexOf(term, bodyStart);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  const anchor = first >= 0 ? first : bodyStart;
  const partStart = text.lastIndexOf('\n', anchor - 1) + 1;
  const nextBreak = text.indexOf('\n', anchor);
  const partEnd = nextBreak < 0 ? text.length : nextBreak;
  let start = Math.max(partStart, anchor - BEFORE);
  const end = Math.min(partEnd, start + LENGTH);
  start = Math.max(partStart, Math.min(start, end - LENGTH));
  if (end <= start) return { text: '', highlights: [], cutStart: false, cutEnd: false };

  const [originalStart, originalEnd] = segment.toOriginalRange(doc, start, end);
  const original = segment.originals.read(doc, originalStart, originalEnd).replace(/\n/g, ' ');
  const highlights: TextRange[] = occurrences(text, terms, start, end).map(([from, to]) => {
    const [a, b] = segment.toOriginalRange(doc, from, to);
    return [a - originalStart, b - originalStart];
  });
  return { text: original, highlights, cutStart: start > partStart, cutEnd: end < partEnd };
}
