import Fuse from 'fuse.js';
import { normalise } from './normalise';
import type { DocInfo } from './segment';
import type { FilterCorrection, SearchFilters } from './types';

/**
 * Filters compare normalised text and accept a part (`地区:六安` keeps 安徽省六安市). A series,
 * region or column that matches nothing as typed is read as the nearest existing ones (fuse.js
 * over the few distinct names, never over article text), and the result says so.
 */
export interface DocFilter {
  accepts(doc: DocInfo): boolean;
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
