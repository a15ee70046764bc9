import { CONTEXT_CHARS, toCodePointOffset, toUtf16Offset } from '../../../shared/annotations';
import type { TextPositionSelector, TextQuoteSelector } from '../../../shared/annotations';

/**
 * Anchoring a highlight in an article's text, and finding it again after the text changed.
 * Offsets here are UTF-16 (JavaScript string indices); the selectors store code points.
 */
export type Selectors = [TextQuoteSelector, TextPositionSelector];

export interface Range {
  start: number;
  end: number;
}

/** The W3C selectors for `text.slice(start, end)`. */
export function describeRange(text: string, range: Range): Selectors {
  const { start, end } = range;
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: sliceCodePoints(text.slice(0, start), -CONTEXT_CHARS),
      suffix: sliceCodePoints(text.slice(end), CONTEXT_CHARS),
    },
    { type: 'TextPositionSelector', start: toCodePointOffset(text, start), end: toCodePointOffset(text, end) },
  ];
}

/**
 * Where the selectors point in `text` now, or null when the quote is gone. In order:
 * 1. the stored position still holds the quote;
 * 2. the quote occurs elsewhere: the occurrence whose surroundings best match the stored
 *    prefix and suffix, nearest to the old position on a tie;
 * 3. the quote itself was corrected (a typo fixed inside it): the text between the stored
 *    prefix and suffix, if it is still mostly the same as the quote.
 */
export function locate(text: string, [quote, position]: Selectors): Range | null {
  const start = toUtf16Offset(text, position.start);
  const end = toUtf16Offset(text, position.end);
  if (text.slice(start, end) === quote.exact) return { start, end };
  const exact = bestOccurrence(text, quote, start);
  if (exact) return exact;
  return fuzzyBetweenContext(text, quote);
}

/** The n-th (1-based) occurrence of `quote` in `text`. */
export function findOccurrence(text: string, quote: string, occurrence: number): Range | null {
  let from = 0;
  for (let n = 1; ; n++) {
    const at = text.indexOf(quote, from);
    if (at < 0) return null;
    if (n === occurrence) return { start: at, end: at + quote.length };
    from = at + 1;
  }
}

export function countOccurrences(text: string, quote: string): number {
  let count = 0;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) count++;
  return count;
}

const MAX_OCCURRENCES = 5000;

function bestOccurrence(text: string, quote: TextQuoteSelector, oldStart: number): Range | null {
  let best: { range: Range; score: number; distance: number } | null = null;
  let seen = 0;
  for (let at = text.indexOf(quote.exact); at >= 0 && seen < MAX_OCCURRENCES; at = text.indexOf(quote.exact, at + 1), seen++) {
    const end = at + quote.exact.length;
    const score =
      commonSuffix(text.slice(Math.max(0, at - quote.prefix.length), at), quote.prefix) +
      commonPrefix(text.slice(end, end + quote.suffix.length), quote.suffix);
    const distance = Math.abs(at - oldStart);
    if (!best || score > best.score || (score === best.score && distance < best.distance))
      best = { range: { start: at, end }, score, distance };
  }
  return best?.range ?? null;
}

/** Shortest context worth trusting, and how similar a corrected quote must stay. */
const MIN_CONTEXT = 4;
const MIN_FUZZY_QUOTE = 4;
const MAX_FUZZY_QUOTE = 2000;
const MIN_SIMILARITY = 0.75;

function fuzzyBetweenContext(text: string, quote: TextQuoteSelector): Range | null {
  const exact = quote.exact;
  if (exact.length < MIN_FUZZY_QUOTE || exact.length > MAX_FUZZY_QUOTE) return null;
  const prefix = quote.prefix.slice(-16);
  const suffix = quote.suffix.slice(0, 16);
  if (prefix.length < MIN_CONTEXT && suffix.length < MIN_CONTEXT) return null;
  const slack = Math.ceil(exact.length * (1 - MIN_SIMILARITY)) + 1;
  const starts: number[] = [];
  if (prefix.length >= MIN_CONTEXT) {
    for (let at = text.indexOf(prefix); at >= 0 && starts.length < 200; at = text.indexOf(prefix, at + 1)) starts.push(at + prefix.length);
  } else if (quote.prefix === '') {
    starts.push(0);
  }
  let best: { range: Range; similarity: number } | null = null;
  for (const start of starts) {
    const window = text.slice(start, start + exact.length + slack + suffix.length);
    const ends: number[] = [];
    if (suffix.length >= MIN_CONTEXT) {
      for (let at = window.indexOf(suffix); at >= 0; at = window.indexOf(suffix, at + 1)) ends.push(start + at);
    } else if (quote.suffix === '' && start + exact.length + slack >= text.length) {
      ends.push(text.length);
    } else {
      // Only the prefix is known: try the lengths around the quote's own.
      for (let length = exact.length - slack; length <= exact.length + slack; length++) if (length > 0) ends.push(start + length);
    }
    for (const end of ends) {
      if (end <= start) continue;
      const similarity = similarityOf(text.slice(start, end), exact);
      if (similarity >= MIN_SIMILARITY && (!best || similarity > best.similarity)) best = { range: { start, end }, similarity };
    }
  }
  return best?.range ?? null;
}

/** 1 − edit distance / the longer length. */
export function similarityOf(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  return 1 - editDistance(a, b) / longer;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** At most `count` code points from the start (count > 0) or the end (count < 0). */
function sliceCodePoints(text: string, count: number): string {
  const points = Array.from(text);
  return count >= 0 ? points.slice(0, count).join('') : points.slice(count).join('');
}
