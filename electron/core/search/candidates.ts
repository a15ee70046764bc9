import { keysWithOffsets } from './keys';
import type { Segment } from './segment';

/**
 * The articles of one segment that hold every key of every term, found by intersecting posting
 * lists from the rarest up. For each candidate and term it also keeps the smallest frequency of
 * the term's keys seen: an upper bound on how often the term occurs, exact for terms of one or
 * two units (whose single key is the term itself).
 */
export interface Candidates {
  docs: Uint16Array | Int32Array;
  /** `bounds[t][i]`: upper bound of occurrences of term t in docs[i]; 255 means "255 or more". */
  bounds: Uint8Array[];
  /**
   * `starts[t][i]`: no occurrence of term t in docs[i] begins before this. An occurrence at p
   * puts each of its keys at p + offset, so p ≥ (first position of the key) − offset.
   */
  starts: Int32Array[];
}

interface Picked {
  term: number;
  slot: number;
  df: number;
  offset: number;
}

/** A long term needs only a few of its keys to narrow the candidates; verification is exact. */
const KEYS_PER_TERM = 6;

export function findCandidates(segment: Segment, terms: readonly string[]): Candidates | null {
  const picked: Picked[] = [];
  for (let t = 0; t < terms.length; t++) {
    const slots: Picked[] = [];
    for (const { key, offset } of keysWithOffsets(terms[t] ?? '')) {
      const slot = segment.find(key);
      if (slot < 0) return null; // a key no article has: no article holds the term
      slots.push({ term: t, slot, df: segment.documentFrequency(slot), offset });
    }
    slots.sort((a, b) => a.df - b.df);
    picked.push(...slots.slice(0, KEYS_PER_TERM));
  }
  picked.sort((a, b) => a.df - b.df);
  const { ords, tfs, firsts, postingStarts } = segment.parts;
  const first = picked[0];
  if (!first) return null;
  const start = postingStarts[first.slot] as number;
  let docs: Uint16Array | Int32Array = ords.subarray(start, start + first.df);
  const bounds = terms.map(() => new Uint8Array(first.df).fill(255));
  bounds[first.term]?.set(tfs.subarray(start, start + first.df));
  const starts = terms.map(() => new Int32Array(first.df));
  const firstStarts = starts[first.term] as Int32Array;
  for (let i = 0; i < first.df; i++) firstStarts[i] = (firsts[start + i] as number) - first.offset;
  for (let p = 1; p < picked.length && docs.length > 0; p++) {
    const { term, slot, df, offset } = picked[p] as Picked;
    const from = postingStarts[slot] as number;
    const keep = new Int32Array(docs.length);
    const keepTf = new Uint8Array(docs.length);
    const keepStart = new Int32Array(docs.length);
    let kept = 0;
    // Galloping would pay for very uneven lists; a merge walk is simplest and the lists are
    // at most MAX_SEGMENT_DOCS long.
    let j = from;
    const end = from + df;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i] as number;
      while (j < end && (ords[j] as number) < doc) j++;
      if (j >= end) break;
      if (ords[j] === doc) {
        keep[kept] = i;
        keepTf[kept] = tfs[j] as number;
        keepStart[kept] = (firsts[j] as number) - offset;
        kept++;
      }
    }
    const nextDocs = new Int32Array(kept);
    for (let k = 0; k < kept; k++) nextDocs[k] = docs[keep[k] as number] as number;
    for (let t = 0; t < bounds.length; t++) {
      const old = bounds[t] as Uint8Array;
      const next = new Uint8Array(kept);
      for (let k = 0; k < kept; k++) {
        const bound = old[keep[k] as number] as number;
        next[k] = t === term ? Math.min(bound, keepTf[k] as number) : bound;
      }
      bounds[t] = next;
      const oldStarts = starts[t] as Int32Array;
      const nextStarts = new Int32Array(kept);
      for (let k = 0; k < kept; k++) {
        const from = oldStarts[keep[k] as number] as number;
        nextStarts[k] = t === term ? Math.max(from, keepStart[k] as number) : from;
      }
      starts[t] = nextStarts;
    }
    docs = nextDocs;
  }
  return { docs, bounds, starts };
}

/** True when the postings alone prove that an article holds the term (no text check needed). */
export function isExactByKeys(term: string): boolean {
  return term.length <= 2;
}

/** Whether the article has the key: binary search in one posting list. */
export function hasKey(segment: Segment, key: number, doc: number): boolean {
  const slot = segment.find(key);
  if (slot < 0) return false;
  const { ords, postingStarts } = segment.parts;
  let lo = postingStarts[slot] as number;
  let hi = (postingStarts[slot + 1] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const value = ords[mid] as number;
    if (value < doc) lo = mid + 1;
    else if (value > doc) hi = mid - 1;
    else return true;
  }
  return false;
}
