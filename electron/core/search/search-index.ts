import { findCandidates, hasKey, isExactByKeys } from './candidates';
import { compileFilter, distinctValues } from './filters';
import type { DocFilter, NamedFilter } from './filters';
import type { Candidates } from './candidates';
import { FuzzyTitles } from './fuzzy-titles';
import { keysOfTerm } from './keys';
import { normaliseWithOrigin } from './normalise';
import { countOccurrences, occurrences, rangesToOriginal } from './occurrences';
import { parseQuery } from './query-parser';
import { topK } from './ranking';
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
  /** Index into the segment's candidates (their frequency bounds and start positions). */
  candidate: number;
}

/**
 * The searchable library in memory: segments, and which of their articles are gone (deleted
 * issues stay in their segment until it is rebuilt). Knows nothing of files; LibrarySearch
 * loads, saves and syncs it.
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

  /** Bytes held in memory: typed arrays, plus the normalised text at two bytes a unit. */
  memoryBytes(): number {
    let bytes = 0;
    for (const { parts: p } of this.segmentList) {
      for (const a of [p.textStarts, p.titleEnds, p.keys, p.postingStarts, p.ords, p.tfs, p.firsts, p.anchors, p.anchorStarts])
        bytes += a.byteLength;
      bytes += p.text.length * 2;
    }
    return bytes;
  }

  replaceSegments(segments: Segment[]): void {
    for (const old of this.segmentList) if (!segments.includes(old)) this.dead.delete(old);
    this.segmentList = segments;
    this.changed();
  }

  /** Marks the articles of these issues in this segment as gone (an issue re-indexed elsewhere lives on there). */
  markDead(segment: Segment, issueIds: ReadonlySet<string>): void {
    {
      segment.parts.docs.forEach((doc, d) => {
        if (!issueIds.has(doc.issueId)) return;
        let dead = this.dead.get(segment);
        if (!dead) this.dead.set(segment, (dead = new Uint8Array(segment.size)));
        dead[d] = 1;
      });
    }
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
      const info = segment.parts.docs[doc];
      return info !== undefined && filter.accepts(info);
    };
    const { matches, found } = empty ? { matches: [], found: [] } : this.matches(understood, filter.active ? filter : null);
    const total = matches.length;
    const ranked = topK(matches, offset + limit, (m) => this.exactScore(m, terms, found[m.segment] ?? null)).slice(offset);
    let hits = ranked.map(({ match, score }) => this.hit(match, score, terms, 'exact'));
    if (total === 0 && terms.length > 0 && options.fuzzy !== false) hits = this.fuzzyHits(terms.join(''), limit, accepts);
    return { total, hits, understood, corrections: filter.corrections, tookMs: performance.now() - started };
  }

  private matches(understood: UnderstoodQuery, filter: DocFilter | null): { matches: Match[]; found: (Candidates | null)[] } {
    const { terms, excluded } = understood;
    const out: Match[] = [];
    const foundBySegment: (Candidates | null)[] = [];
    let order = 0;
    for (let s = 0; s < this.segmentList.length; s++) {
      const segment = this.segmentList[s] as Segment;
      const { docs } = segment.parts;
      const { texts, titles } = segment;
      const dead = this.dead.get(segment);
      // Without terms (only filters or exclusions) every article is a candidate.
      const found = terms.length > 0 ? findCandidates(segment, terms) : null;
      foundBySegment.push(found);
      if (terms.length > 0 && !found) {
        order += segment.size;
        continue;
      }
      const count = found ? found.docs.length : segment.size;
      for (let i = 0; i < count; i++) {
        const doc = found ? (found.docs[i] as number) : i;
        if (dead?.[doc] === 1) continue;
        const info = docs[doc] as DocInfo;
        if (filter && !filter.accepts(info)) continue;
        const text = texts[doc] as string;
        let ok = true;
        let titleHits = 0;
        let densityBound = 0;
        const length = Math.max(1, text.length);
        const title = titles[doc] as string;
        for (let t = 0; t < terms.length && ok; t++) {
          const term = terms[t] as string;
          if (!isExactByKeys(term) && text.indexOf(term, Math.max(0, found?.starts[t]?.[i] ?? 0)) < 0) ok = false;
          if (title.includes(term)) titleHits++;
          const bound = found?.bounds[t]?.[i] ?? 0;
          densityBound += (bound >= 255 ? length : bound * term.length) / length;
        }
        if (!ok) continue;
        if (excluded.length > 0 && excluded.some((term) => this.contains(segment, doc, text, term))) continue;
        out.push({
          segment: s,
          doc,
          candidate: i,
          titleHits,
          bound: titleHits + Math.min(DENSITY_CAP, densityBound),
          recency: (info.year ?? 0) * 1000 + (info.number ?? 0),
          order: order + doc,
        });
      }
      order += segment.size;
    }
    return { matches: out, found: foundBySegment };
  }

  private contains(segment: Segment, doc: number, text: string, term: string): boolean {
    if (isExactByKeys(term)) return hasKey(segment, keysOfTerm(term)[0] ?? 0, doc);
    return text.includes(term);
  }

  private exactScore(match: Match, terms: readonly string[], found: Candidates | null): number {
    const segment = this.segmentList[match.segment] as Segment;
    const text = segment.texts[match.doc] as string;
    const length = Math.max(1, text.length);
    let density = 0;
    terms.forEach((term, t) => {
      const bound = found?.bounds[t]?.[match.candidate] ?? 0;
      const count =
        isExactByKeys(term) && bound < 255 ? bound : countOccurrences(text, term, Math.max(0, found?.starts[t]?.[match.candidate] ?? 0));
      density += (count * term.length) / length;
    });
    return match.titleHits + Math.min(DENSITY_CAP, density);
  }

  private hit(match: { segment: number; doc: number }, score: number, terms: readonly string[], kind: 'exact' | 'fuzzy'): SearchHit {
    const segment = this.segmentList[match.segment] as Segment;
    const info = segment.parts.docs[match.doc];
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
      const info = segment.parts.docs[ref.doc];
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
      segment.titles.forEach((title, doc) => {
        titles.push({ ref: this.fuzzyRefs.length, title });
        this.fuzzyRefs.push({ segment: s, doc });
      });
    });
    return new FuzzyTitles(titles);
  }

  private valuesOf(name: NamedFilter): Map<string, string> {
    let values = this.valueCache.get(name);
    if (!values) {
      const docs = this.segmentList.flatMap((segment) => segment.parts.docs.filter((_, d) => this.isAlive(segment, d)));
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

/** Keeps density below one, so one more title hit always outranks any density. */
const DENSITY_CAP = 0.999999;

function countDead(dead: Uint8Array | undefined): number {
  let n = 0;
  if (dead) for (const d of dead) n += d;
  return n;
}
