import Fuse from 'fuse.js';
import { Index } from 'flexsearch';
import type { SearchDocument } from '../../electron/core/search';
import { normalise } from '../../electron/core/search';
import type { BenchQuery } from './queries';

/**
 * The baselines, over the same articles and normalised the same way, so that they answer the
 * same question: a plain `includes` scan (the floor), fuse.js over every body (what "just use
 * fuse.js" costs) and FlexSearch 0.8 fed character pairs (a generic engine), with an exact check
 * afterwards to count its false positives.
 */
export interface PeerDoc {
  text: string;
  year: number | null;
  region: string;
}

export function peerDocs(documents: readonly SearchDocument[]): PeerDoc[] {
  return documents.map((d) => ({ text: d.parts.map(normalise).join('\n'), year: d.year, region: normalise(d.region ?? '') }));
}

function passes(doc: PeerDoc, q: BenchQuery): boolean {
  if (q.years && (doc.year === null || doc.year < q.years.from || doc.year > q.years.to)) return false;
  if (q.region && !doc.region.includes(q.region)) return false;
  return true;
}

/** Exact answer by brute force: the number of articles holding every term. */
export function scan(docs: readonly PeerDoc[], q: BenchQuery): number {
  const terms = q.terms.map(normalise);
  let total = 0;
  for (const doc of docs) if (passes(doc, q) && terms.every((t) => doc.text.includes(t))) total++;
  return total;
}

export function fuseIndex(docs: readonly PeerDoc[]): Fuse<PeerDoc> {
  return new Fuse(docs as PeerDoc[], { keys: ['text'], ignoreLocation: true, threshold: 0.2, includeScore: false });
}

export function fuseSearch(fuse: Fuse<PeerDoc>, q: BenchQuery): number {
  return fuse.search(q.terms.join(' ')).filter((r) => passes(r.item, q)).length;
}

function pairs(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < text.length; i++) if (text[i] !== '\n' && text[i + 1] !== '\n') out.push(text.slice(i, i + 2));
  return out.length > 0 ? out : [text];
}

export function flexIndex(docs: readonly PeerDoc[]): Index {
  const index = new Index({ tokenize: 'strict', encode: pairs, resolution: 1 });
  docs.forEach((doc, i) => index.add(i, doc.text));
  return index;
}

/** FlexSearch's candidates, then the exact check it needs; returns the true total and false positives. */
export function flexSearch(
  index: Index,
  docs: readonly PeerDoc[],
  q: BenchQuery,
): { total: number; falsePositives: number; candidates: number } {
  const terms = q.terms.map(normalise);
  let ids: number[] | null = null;
  for (const term of terms) {
    const found = new Set<number>(index.search(term, { limit: docs.length }).map(Number));
    ids = (ids ?? [...found]).filter((id) => found.has(id));
  }
  let total = 0;
  let falsePositives = 0;
  for (const id of ids ?? []) {
    const doc = docs[id];
    if (!doc || !passes(doc, q)) continue;
    if (terms.every((t) => doc.text.includes(t))) total++;
    else falsePositives++;
  }
  return { total, falsePositives, candidates: ids?.length ?? 0 };
}
