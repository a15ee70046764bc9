import Fuse from 'fuse.js';
import type { FuseResult } from 'fuse.js';
import { pairKey } from './keys';
import { mergeRanges } from './occurrences';
import type { TextRange } from './types';

/**
 * Near matches of titles, for a query with a typo (科技特派园 for 科技特派员). A small index of the
 * titles' character pairs picks the few titles that share enough pairs with the query; fuse.js
 * then scores only those. Fuse never scans bodies, and never every title either.
 */
export interface TitleRef {
  /** Opaque to this module: which article the title belongs to. */
  ref: number;
  /** Normalised title. */
  title: string;
}

export interface FuzzyTitleHit {
  ref: number;
  score: number;
  /** Ranges of the normalised title that matched. */
  ranges: TextRange[];
}

const MAX_CANDIDATES = 200;

export class FuzzyTitles {
  private readonly byPair = new Map<number, number[]>();

  constructor(private readonly titles: readonly TitleRef[]) {
    titles.forEach((t, i) => {
      const seen = new Set<number>();
      for (let c = 0; c + 1 < t.title.length; c++) {
        const key = pairKey(t.title.charCodeAt(c), t.title.charCodeAt(c + 1));
        if (seen.has(key)) continue;
        seen.add(key);
        let list = this.byPair.get(key);
        if (!list) this.byPair.set(key, (list = []));
        list.push(i);
      }
    });
  }

  search(query: string, limit: number): FuzzyTitleHit[] {
    const pairs = new Set<number>();
    for (let c = 0; c + 1 < query.length; c++) pairs.add(pairKey(query.charCodeAt(c), query.charCodeAt(c + 1)));
    if (pairs.size === 0) return [];
    // One typo spoils at most two pairs; require a fair share of the rest.
    const needed = Math.max(1, Math.ceil(pairs.size * 0.4));
    // A title sharing `needed` of the query's pairs shares at least one of its rarest
    // (size − needed + 1): only their lists are walked, so a common pair (科技 in every other
    // title) never is, and each candidate's other pairs are counted from its own title.
    const rarest = [...pairs].sort((a, b) => (this.byPair.get(a)?.length ?? 0) - (this.byPair.get(b)?.length ?? 0));
    const seeds = new Set<number>();
    for (const key of rarest.slice(0, pairs.size - needed + 1)) for (const i of this.byPair.get(key) ?? []) seeds.add(i);
    const shared = new Map<number, number>();
    for (const i of seeds) {
      const title = this.titles[i]?.title ?? '';
      let n = 0;
      for (const key of pairs) if (title.includes(String.fromCharCode(key >>> 16, key & 0xffff))) n++;
      shared.set(i, n);
    }
    const candidates = [...shared]
      .filter(([, n]) => n >= needed)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, MAX_CANDIDATES)
      .map(([i]) => this.titles[i])
      .filter((t): t is TitleRef => t !== undefined);
    if (candidates.length === 0) return [];
    const fuse = new Fuse(candidates, {
      keys: ['title'],
      includeScore: true,
      includeMatches: true,
      ignoreLocation: true,
      threshold: 0.4,
      minMatchCharLength: 2,
    });
    return fuse.search(query, { limit }).map((r: FuseResult<TitleRef>) => ({
      ref: r.item.ref,
      score: 1 - (r.score ?? 1),
      ranges: mergeRanges((r.matches ?? []).flatMap((m) => m.indices.map(([a, b]): TextRange => [a, b + 1]))),
    }));
  }
}
