/**
 * Top-k with an exact order, without scoring every match exactly. Each match comes with an
 * upper bound of its score (from the term frequencies in the postings); matches are taken in
 * order of that bound and scored exactly until no bound left can reach the k-th best score.
 * For one- and two-character terms the bound is the score, so this stops after k.
 */
export interface RankedMatch {
  bound: number;
  recency: number;
  /** Stable last resort: index order. */
  order: number;
}

export function compareRanked(a: { score: number; recency: number; order: number }, b: { score: number; recency: number; order: number }): number {
  return b.score - a.score || b.recency - a.recency || a.order - b.order;
}

export function topK<M extends RankedMatch>(matches: M[], k: number, exactScore: (m: M) => number): { match: M; score: number }[] {
  if (k <= 0) return [];
  matches.sort((a, b) => b.bound - a.bound || b.recency - a.recency || a.order - b.order);
  const best: { match: M; score: number; recency: number; order: number }[] = [];
  for (const match of matches) {
    const kth = best.length >= k ? best[k - 1] : undefined;
    if (kth && (match.bound < kth.score || (match.bound === kth.score && compareRanked({ score: match.bound, recency: match.recency, order: match.order }, kth) > 0))) break;
    const entry = { match, score: exactScore(match), recency: match.recency, order: match.order };
    // Insertion into a short sorted list: k is a page of results.
    let at = best.length;
    while (at > 0 && compareRanked(entry, best[at - 1] as typeof entry) < 0) at--;
    best.splice(at, 0, entry);
    if (best.length > k) best.pop();
  }
  return best.map(({ match, score }) => ({ match, score }));
}
