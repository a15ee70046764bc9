import { keysWithOffsets } from './keys';
import type { KeyEntry, Segment } from './segment';

/**
 * The articles of one segment that hold every key of every term, found by intersecting posting
 * lists from the rarest up (the dictionary gives each key's article count before any list is
 * decoded). For each candidate and term it also keeps the smallest count of the term's keys
 * seen: an upper bound on how often the term occurs, exact for terms of one or two units (whose
 * single key is the term itself).
 */
export interface Candidates {
  docs: Uint16Array | Int32Array;
  /** `bounds[t][i]`: upper bound of occurrences of term t in docs[i]; 255 means "255 or more". */
  bounds: Uint8Array[];
}

interface Picked {
  term: number;
  entry: KeyEntry;
}

/** A long term needs only a few of its keys to narrow the candidates; verification is exact. */
const KEYS_PER_TERM = 6;

export function findCandidates(segment: Segment, terms: readonly string[]): Candidates | null {
  const picked: Picked[] = [];
  for (let t = 0; t < terms.length; t++) {
    const entries: Picked[] = [];
    for (const { key } of keysWithOffsets(terms[t] ?? '')) {
      const entry = segment.lookup(key);
      if (!entry) return null; // a key no article has: no article holds the term
      entries.push({ term: t, entry });
    }
    entries.sort((a, b) => a.entry.df - b.entry.df);
    picked.push(...entries.slice(0, KEYS_PER_TERM));
  }
  picked.sort((a, b) => a.entry.df - b.entry.df);
  const first = picked[0];
  if (!first) return null;
  const rarest = segment.postings(first.entry);
  let docs: Uint16Array | Int32Array = rarest.docs;
  const bounds = terms.map(() => new Uint8Array(docs.length).fill(255));
  bounds[first.term]?.set(rarest.tfs);
  for (let p = 1; p < picked.length && docs.length > 0; p++) {
    const { term, entry } = picked[p] as Picked;
    const list = segment.postings(entry);
    const keep = new Int32Array(docs.length);
    const keepTf = new Uint8Array(docs.length);
    let kept = 0;
    // The lists are at most MAX_SEGMENT_DOCS long: a merge walk is simplest.
    let j = 0;
    const end = list.docs.length;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i] as number;
      while (j < end && (list.docs[j] as number) < doc) j++;
      if (j >= end) break;
      if (list.docs[j] === doc) {
        keep[kept] = i;
        keepTf[kept] = list.tfs[j] as number;
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
    }
    docs = nextDocs;
  }
  return { docs, bounds };
}

/** True when the postings alone prove that an article holds the term (no text check needed). */
export function isExactByKeys(term: string): boolean {
  return term.length <= 2;
}

/** The articles of the segment holding the key, as a table by article (for exclusions). */
export function articlesWithKey(segment: Segment, key: number): Uint8Array | null {
  const entry = segment.lookup(key);
  if (!entry) return null;
  const table = new Uint8Array(segment.size);
  for (const doc of segment.postings(entry).docs) table[doc] = 1;
  return table;
}
