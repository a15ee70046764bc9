import { articlesWithKey, findCandidates, isExactByKeys } from './candidates';
import { compileFilter, distinctValues } from './filters';
import type { DocFilter, NamedFilter } from './filters';
import type { Candidates } from './candidates';
import { FuzzyTitles } from './fuzzy-titles';
import { keysOfTerm } from './keys';
import { normaliseWithOrigin } from './normalise';
import { countOccurrences, occurrences, rangesToOriginal } from './occurrences';
import { pageCacheBytes } from './paged-file';
import { parseQuery } from './query-parser';
import { BestByBound, compareRanked, DENSITY_CAP, topK } from './ranking';
import { NO_TOP } from './segment';
import type { DocInfo, Segment } from './segment';
import { makeSnippet } from './snippet';
import type { SearchHit, SearchOptions, SearchResult, UnderstoodQuery } from './types';

export const DEFAULT_LIMIT = 50;

interface Match {
  segment: number;
  doc: number;
  titleHits: number;
  bound: number;
  recency: number;
  order: number;
  /** Index into the segment's candidates (their frequency bounds). */
  candidate: number;
}

interface Scored {
  segment: number;
  doc: number;
  score: number;
  recency: number;
  order: number;
}

/**
 * The searchable library: segments, and which of their articles are gone (deleted issues stay
 * in their segment until it is rebuilt). Knows nothing of files; LibrarySearch loads, saves and
 * syncs it. A query reads what it needs of each segment (segment.ts): the dictionary entries of
 * its keys, their posting lists, for a term of one or two characters only the head of its top
 * list, and the normalised text only when a longer term must be checked against it.
 */
export class SearchIndex {
  private readonly dead = new Map<Segment, Uint8Array>();
  private fuzzy: FuzzyTitles | null = null;
  private valueCache = new Map<NamedFilter, Map<string, string>>();

  constructor(private segmentList: Segment[] = []) {}

  get segments(): readonly Segment[] {
    return this.segmentList;
  }

  get articleCount(): number {
    let n = 0;
    for (const segment of this.segmentList) n += segment.size - countDead(this.dead.get(segment));
    return n;
  }

  /** Bytes held in memory: each segment's resident tables and any text it holds, and the shared page cache. */
  memoryBytes(): number {
    let bytes = pageCacheBytes();
    for (const segment of this.segmentList) bytes += segment.memoryBytes();
    return bytes;
  }

  replaceSegments(segments: Segment[]): void {
    for (const old of this.segmentList) if (!segments.includes(old)) this.dead.delete(old);
    this.segmentList = segments;
    this.changed();
  }

  /** Marks the articles of these issues in this segment as gone (an issue re-indexed elsewhere lives on there). */
  markDead(segment: Segment, issueIds: ReadonlySet<string>): void {
    segment.docs.forEach((doc, d) => {
      if (!issueIds.has(doc.issueId)) return;
      let dead = this.dead.get(segment);
      if (!dead) this.dead.set(segment, (dead = new Uint8Array(segment.size)));
      dead[d] = 1;
    });
    this.changed();
  }

  isAlive(segment: Segment, doc: number): boolean {
    return this.dead.get(segment)?.[doc] !== 1;
  }

  /** `only`: restrict to these articles (filters the index does not hold: tags, annotations). */
  query(query: string, options: SearchOptions = {}, only?: ReadonlySet<string>): SearchResult {
    const started = performance.now();
    const understood = parseQuery(query, options.filters ?? {});
    const limit = options.limit ?? DEFAULT_LIMIT;
    const offset = options.offset ?? 0;
    const filter = compileFilter(understood.filters, (name) => this.valuesOf(name), only);
    const { terms, excluded } = understood;
    const empty = terms.length === 0 && excluded.length === 0 && !filter.active;
    const accepts = (segment: Segment, doc: number): boolean => {
      const info = segment.docs[doc];
      return info !== undefined && filter.accepts(info);
    };
    let total = 0;
    let ranked: { match: { segment: number; doc: number }; score: number }[] = [];
    const only1 = terms.length === 1 && excluded.length === 0 ? (terms[0] as string) : null;
    if (empty) {
      // Nothing asked: nothing found.
    } else if (only1 !== null && isExactByKeys(only1)) {
      ({ total, ranked } = this.singleKey(only1, filter, offset, offset + limit));
    } else {
      const { matches, found, count } = this.matches(understood, filter, offset + limit);
      total = count;
      ranked = topK(matches, offset + limit, (m) => this.exactScore(m, terms, found[m.segment] ?? null)).slice(offset);
    }
    let hits = ranked.map(({ match, score }) => this.hit(match, score, terms, 'exact'));
    if (total === 0 && terms.length > 0 && options.fuzzy !== false) hits = this.fuzzyHits(terms.join(''), limit, accepts);
    return { total, hits, understood, corrections: filter.corrections, tookMs: performance.now() - started };
  }

  /**
   * A term of one or two characters is one key: its total is the sum of its article counts in
   * the dictionary (decoding its list only where deleted articles or a filter must be left out),
   * and its best k come from the head of each segment's top list, so a term in half the library
   * decodes about k entries per segment, not every hit.
   */
  private singleKey(term: string, filter: DocFilter, offset: number, k: number): { total: number; ranked: { match: Scored; score: number }[] } {
    const key = keysOfTerm(term)[0] ?? 0;
    const scored: Scored[] = [];
    let total = 0;
    let order = 0;
    for (let s = 0; s < this.segmentList.length; s++) {
      const segment = this.segmentList[s] as Segment;
      const base = order;
      order += segment.size;
      const { allowed, count } = filter.allowedIn(segment);
      if (count === 0) continue;
      const entry = segment.lookup(key);
      if (!entry) continue;
      const dead = this.dead.get(segment);
      const passes = (doc: number): boolean => dead?.[doc] !== 1 && (allowed === null || allowed[doc] === 1);
      let list: { docs: Uint16Array; tfs: Uint8Array } | null = null;
      if (allowed === null && dead === undefined) total += entry.df;
      else {
        list = segment.postings(entry);
        for (const doc of list.docs) if (passes(doc)) total++;
      }
      const push = (doc: number, occurrences: number): void => {
        const info = segment.docs[doc] as DocInfo;
        const length = Math.max(1, segment.textLength(doc));
        const score = (segment.titleOf(doc).includes(term) ? 1 : 0) + Math.min(DENSITY_CAP, (occurrences * term.length) / length);
        scored.push({ segment: s, doc, score, recency: (info.year ?? 0) * 1000 + (info.number ?? 0), order: base + doc });
      };
      if (entry.topAt !== NO_TOP && this.fromTopList(segment, entry, k, passes, push)) continue;
      list ??= segment.postings(entry);
      for (let i = 0; i < list.docs.length; i++) {
        const doc = list.docs[i] as number;
        if (!passes(doc)) continue;
        const tf = list.tfs[i] as number;
        push(doc, tf < 255 ? tf : countOccurrences(segment.textOf(doc), term));
      }
    }
    scored.sort(compareRanked);
    return { total, ranked: scored.slice(offset, k).map((match) => ({ match, score: match.score })) };
  }

  /** Takes the segment's best k passing articles from the key's top list; false when the list holds too few. */
  private fromTopList(
    segment: Segment,
    entry: Parameters<Segment['top']>[0],
    k: number,
    passes: (doc: number) => boolean,
    push: (doc: number, occurrences: number) => void,
  ): boolean {
    const length = segment.topLength(entry);
    let want = Math.min(length, k);
    for (;;) {
      const top = segment.top(entry, want);
      if (!top) return false;
      const taken: number[] = [];
      for (let i = 0; i < top.docs.length && taken.length < k; i++) if (passes(top.docs[i] as number)) taken.push(i);
      // Complete when k passed, or the list is the key's whole posting list.
      if (taken.length >= k || (want === length && length === entry.df)) {
        for (const i of taken) push(top.docs[i] as number, top.counts[i] as number);
        return true;
      }
      if (want === length) return false;
      want = Math.min(length, want * 4);
    }
  }

  /**
   * Every match with an upper bound of its score, or, when the bounds are exact (every term of one
   * or two characters), only the best k of them and the count of the rest.
   */
  private matches(understood: UnderstoodQuery, filter: DocFilter, k: number): { matches: Match[]; found: (Candidates | null)[]; count: number } {
    const { terms, excluded } = understood;
    const out: Match[] = [];
    const exactBounds = terms.length > 0 && terms.every(isExactByKeys);
    const best = exactBounds ? new BestByBound<Match>(k) : null;
    let matched = 0;
    const foundBySegment: (Candidates | null)[] = [];
    const checksText = terms.some((term) => !isExactByKeys(term)) || excluded.some((term) => !isExactByKeys(term));
    let order = 0;
    for (let s = 0; s < this.segmentList.length; s++) {
      const segment = this.segmentList[s] as Segment;
      const { docs } = segment;
      const dead = this.dead.get(segment);
      const { allowed, count: allowedCount } = filter.allowedIn(segment);
      // Without terms (only filters or exclusions) every article is a candidate.
      const found = allowedCount > 0 && terms.length > 0 ? findCandidates(segment, terms) : null;
      foundBySegment.push(found);
      if (allowedCount === 0 || (terms.length > 0 && !found)) {
        order += segment.size;
        continue;
      }
      // Terms longer than two characters are checked against the text: hold it for the segment.
      if (checksText) segment.holdText();
      const exclusions = excluded.map((term) => (isExactByKeys(term) ? articlesWithKey(segment, keysOfTerm(term)[0] ?? 0) : term));
      const count = found ? found.docs.length : segment.size;
      for (let i = 0; i < count; i++) {
        const doc = found ? (found.docs[i] as number) : i;
        if (dead?.[doc] === 1) continue;
        if (allowed !== null && allowed[doc] !== 1) continue;
        const info = docs[doc] as DocInfo;
        let ok = true;
        let titleHits = 0;
        let densityBound = 0;
        const length = Math.max(1, segment.textLength(doc));
        const title = segment.titleOf(doc);
        for (let t = 0; t < terms.length && ok; t++) {
          const term = terms[t] as string;
          if (!isExactByKeys(term) && !segment.textOf(doc).includes(term)) ok = false;
          if (title.includes(term)) titleHits++;
          const bound = found?.bounds[t]?.[i] ?? 0;
          densityBound += (bound >= 255 ? length : bound * term.length) / length;
        }
        if (!ok) continue;
        if (exclusions.length > 0 && exclusions.some((x) => (typeof x === 'string' ? segment.textOf(doc).includes(x) : x?.[doc] === 1))) continue;
        matched++;
        const bound = titleHits + Math.min(DENSITY_CAP, densityBound);
        const recency = (info.year ?? 0) * 1000 + (info.number ?? 0);
        // A count of 255 stands for "255 or more": that bound is not the score, so it is kept.
        const exact = best !== null && found !== null && found.bounds.every((b) => (b[i] as number) < 255);
        if (exact && !best.wants(bound, recency, order + doc)) continue;
        const match: Match = { segment: s, doc, candidate: i, titleHits, bound, recency, order: order + doc };
        if (exact) best.offer(match);
        else out.push(match);
      }
      order += segment.size;
    }
    if (best) out.push(...best.items);
    return { matches: out, found: foundBySegment, count: matched };
  }

  private exactScore(match: Match, terms: readonly string[], found: Candidates | null): number {
    const segment = this.segmentList[match.segment] as Segment;
    const length = Math.max(1, segment.textLength(match.doc));
    let density = 0;
    terms.forEach((term, t) => {
      const bound = found?.bounds[t]?.[match.candidate] ?? 0;
      const count = isExactByKeys(term) && bound < 255 ? bound : countOccurrences(segment.textOf(match.doc), term);
      density += (count * term.length) / length;
    });
    return match.titleHits + Math.min(DENSITY_CAP, density);
  }

  private hit(match: { segment: number; doc: number }, score: number, terms: readonly string[], kind: 'exact' | 'fuzzy'): SearchHit {
    const segment = this.segmentList[match.segment] as Segment;
    const info = segment.docs[match.doc];
    if (!info) throw new Error('search index: hit outside its segment');
    const title = normaliseWithOrigin(info.title);
    return {
      issueId: info.issueId,
      articleId: info.articleId,
      title: info.title,
      series: info.series,
      year: info.year,
      number: info.number,
      region: info.region,
      column: info.column,
      score: Math.round(score * 1e6) / 1e6,
      snippet: makeSnippet(segment, match.doc, terms),
      titleHighlights: rangesToOriginal(occurrences(title.text, terms), title.origin, info.title),
      match: kind,
    };
  }

  private fuzzyHits(query: string, limit: number, accepts: (segment: Segment, doc: number) => boolean): SearchHit[] {
    this.fuzzy ??= this.buildFuzzy();
    const refs = this.fuzzyRefs;
    const out: SearchHit[] = [];
    for (const found of this.fuzzy.search(query, limit * 2)) {
      const ref = refs[found.ref];
      if (!ref) continue;
      const segment = this.segmentList[ref.segment] as Segment;
      if (!this.isAlive(segment, ref.doc) || !accepts(segment, ref.doc)) continue;
      const hit = this.hit(ref, found.score, [], 'fuzzy');
      const info = segment.docs[ref.doc];
      const title = normaliseWithOrigin(info?.title ?? '');
      hit.titleHighlights = rangesToOriginal(found.ranges, title.origin, info?.title ?? '');
      out.push(hit);
      if (out.length >= limit) break;
    }
    return out;
  }

  private fuzzyRefs: { segment: number; doc: number }[] = [];
  private buildFuzzy(): FuzzyTitles {
    this.fuzzyRefs = [];
    const titles: { ref: number; title: string }[] = [];
    this.segmentList.forEach((segment, s) => {
      for (let doc = 0; doc < segment.size; doc++) {
        titles.push({ ref: this.fuzzyRefs.length, title: segment.titleOf(doc) });
        this.fuzzyRefs.push({ segment: s, doc });
      }
    });
    return new FuzzyTitles(titles);
  }

  private valuesOf(name: NamedFilter): Map<string, string> {
    let values = this.valueCache.get(name);
    if (!values) {
      const docs = this.segmentList.flatMap((segment) => segment.docs.filter((_, d) => this.isAlive(segment, d)));
      values = distinctValues(docs, name);
      this.valueCache.set(name, values);
    }
    return values;
  }

  private changed(): void {
    this.fuzzy = null;
    this.valueCache.clear();
  }
}

function countDead(dead: Uint8Array | undefined): number {
  let n = 0;
  if (dead) for (const d of dead) n += d;
  return n;
}
