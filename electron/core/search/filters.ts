import Fuse from 'fuse.js';
import { normalise } from './normalise';
import { NO_VALUE, NO_YEAR } from './segment';
import type { DocInfo, Segment } from './segment';
import type { FilterCorrection, SearchFilters } from './types';

/**
 * Filters compare normalised text and accept a part (`地区:六安` keeps 安徽省六安市). A series,
 * region or column that matches nothing as typed is read as the nearest existing ones (fuse.js
 * over the few distinct names, never over article text), and the result says so.
 */
export interface DocFilter {
  accepts(doc: DocInfo): boolean;
  /**
   * The articles of a segment the filter lets through, from the segment's per-article tables
   * (a value number per field, a year per article): null when it lets all through.
   */
  allowedIn(segment: Segment): { allowed: Uint8Array | null; count: number };
  readonly active: boolean;
  readonly corrections: FilterCorrection[];
}

export type NamedFilter = 'series' | 'region' | 'column';
const NAMED: NamedFilter[] = ['series', 'region', 'column'];

/**
 * `valuesOf(name)`: the distinct values of that field in the library, with their normalised form.
 * `only`: the articles a filter outside the index allows (a tag, "has annotations"), if any.
 */
export function compileFilter(
  filters: SearchFilters,
  valuesOf: (name: NamedFilter) => ReadonlyMap<string, string>,
  only?: ReadonlySet<string>,
): DocFilter {
  const corrections: FilterCorrection[] = [];
  const accepted = new Map<NamedFilter, Set<string>>();
  for (const name of NAMED) {
    const typed = filters[name];
    if (typed === undefined || typed.trim() === '') continue;
    const wanted = normalise(typed);
    const values = valuesOf(name);
    let matching = [...values].filter(([, normalised]) => normalised.includes(wanted)).map(([value]) => value);
    if (matching.length === 0) {
      const fuse = new Fuse([...values.keys()], { threshold: 0.5, ignoreLocation: true });
      matching = fuse
        .search(typed)
        .slice(0, 3)
        .map((r) => r.item);
      if (matching.length > 0) corrections.push({ filter: name, typed, usedInstead: matching });
    }
    accepted.set(name, new Set(matching));
  }
  const years = filters.years;
  const active = accepted.size > 0 || only !== undefined || (years !== undefined && (years.from !== null || years.to !== null));
  return {
    active,
    corrections,
    allowedIn(segment: Segment): { allowed: Uint8Array | null; count: number } {
      const n = segment.size;
      if (!active) return { allowed: null, count: n };
      const allowed = new Uint8Array(n);
      if (only) {
        for (const id of only) {
          const d = segment.docOf(id);
          if (d !== undefined) allowed[d] = 1;
        }
      } else allowed.fill(1);
      for (const [name, set] of accepted) {
        const { values, ids } = segment.field(name);
        const ok = Uint8Array.from(values, (value) => (set.has(value) ? 1 : 0));
        // None of the segment's values is wanted: no article of it can pass.
        if (!ok.includes(1)) return { allowed: null, count: 0 };
        for (let d = 0; d < n; d++) {
          const id = ids[d] as number;
          if (id === NO_VALUE || ok[id] === 0) allowed[d] = 0;
        }
      }
      // As `accepts`: a years filter, even an open one, wants a year.
      if (years) {
        const table = segment.years();
        const from = years.from ?? -Infinity;
        const to = years.to ?? Infinity;
        for (let d = 0; d < n; d++) {
          const year = table[d] as number;
          if (year === NO_YEAR || year < from || year > to) allowed[d] = 0;
        }
      }
      let count = 0;
      for (let d = 0; d < n; d++) count += allowed[d] as number;
      return { allowed, count };
    },
    accepts(doc: DocInfo): boolean {
      if (only && !only.has(doc.articleId)) return false;
      for (const [name, set] of accepted) {
        const value = doc[name];
        if (value === null || !set.has(value)) return false;
      }
      if (years) {
        if (doc.year === null) return false;
        if (years.from !== null && doc.year < years.from) return false;
        if (years.to !== null && doc.year > years.to) return false;
      }
      return true;
    },
  };
}

/** Distinct values of a field with their normalised form, for `compileFilter`. */
export function distinctValues(docs: Iterable<DocInfo>, name: NamedFilter): Map<string, string> {
  const values = new Map<string, string>();
  for (const doc of docs) {
    const value = doc[name];
    if (value !== null && !values.has(value)) values.set(value, normalise(value));
  }
  return values;
}
