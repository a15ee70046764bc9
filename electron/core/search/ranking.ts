/**
 * Top-k with an exact order, without scoring every match exactly. Each match comes with an
 * upper bound of its score (from the term frequencies in the postings); matches are taken in
 * order of that bound and scored exactly until no bound left can reach the k-th best score.
 * For one- and two-character terms the bound is the score, so this stops after k.
 */
/** Keeps density below one, so one more title hit always outranks any density. */
export const DENSITY_CAP = 0.999999;

export interface RankedMatch {
  bound: number;
  recency: number;
  /** Stable last resort: index order. */
  order: number;
}

export function compareRanked(
  a: { score: number; recency: number; order: number },
  b: { score: number; recency: number; order: number },
): number {
  return b.score - a.score || b.recency - a.recency || a.order - b.order;
}

export function topK<M extends RankedMatch>(matches: M[], k: number, exactScore: (m: M) => number): { match: M; score: number }[] {
  if (k <= 0 || matches.length === 0) return [];
  // A heap ordered by bound: taking the first m in order costs O(n + m log n), not a full sort.
  const heap = new MatchHeap(matches);
  const best: { match: M; score: number; recency: number; order: number }[] = [];
  for (let match = heap.pop(); match !== undefined; match = heap.pop()) {
    const kth = best.length >= k ? best[k - 1] : undefined;
    if (
      kth &&
      (match.bound < kth.score ||
        (match.bound === kth.score && compareRanked({ score: match.bound, recency: match.recency, order: match.order }, kth) > 0))
    )
      break;
    const entry = { match, score: exactScore(match), recency: match.recency, order: match.order };
    // Insertion into a short sorted list: k is a page of results.
    let at = best.length;
    while (at > 0 && compareRanked(entry, best[at - 1] as typeof entry) < 0) at--;
    best.splice(at, 0, entry);
    if (best.length > k) best.pop();
  }
  return best.map(({ match, score }) => ({ match, score }));
}

/** Binary heap, best bound first (then newer, then index order). */
class MatchHeap<M extends RankedMatch> {
  private size: number;
  constructor(private readonly items: M[]) {
    this.size = items.length;
    for (let i = (this.size >> 1) - 1; i >= 0; i--) this.down(i);
  }
  pop(): M | undefined {
    if (this.size === 0) return undefined;
    const top = this.items[0];
    this.size--;
    this.items[0] = this.items[this.size] as M;
    this.down(0);
    return top;
  }
  private before(a: M, b: M): boolean {
    return a.bound > b.bound || (a.bound === b.bound && (a.recency > b.recency || (a.recency === b.recency && a.order < b.order)));
  }
  private down(i: number): void {
    const items = this.items;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      if (l < this.size && this.before(items[l] as M, items[best] as M)) best = l;
      if (r < this.size && this.before(items[r] as M, items[best] as M)) best = r;
      if (best === i) return;
      [items[i], items[best]] = [items[best] as M, items[i] as M];
      i = best;
    }
  }
}

/**
 * The best k matches by bound, kept while matches stream past: when every bound is the exact
 * score (terms of one or two characters), the rest need never be kept, so a query matching half
 * the library holds k matches, not every one.
 */
export class BestByBound<M extends RankedMatch> {
  private readonly best: M[] = [];
  constructor(private readonly k: number) {}

  /** Whether a match of this bound would be kept: asked first, so a match that would not is never made. */
  wants(bound: number, recency: number, order: number): boolean {
    const worst = this.best.length >= this.k ? this.best[this.best.length - 1] : undefined;
    return worst === undefined || compareRanked({ score: bound, recency, order }, { score: worst.bound, recency: worst.recency, order: worst.order }) < 0;
  }

  offer(match: M): void {
    const best = this.best;
    const ranked = (m: M) => ({ score: m.bound, recency: m.recency, order: m.order });
    if (!this.wants(match.bound, match.recency, match.order)) return;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareRanked(ranked(best[mid] as M), ranked(match)) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, match);
    if (best.length > this.k) best.pop();
  }

  get items(): M[] {
    return this.best;
  }
}
