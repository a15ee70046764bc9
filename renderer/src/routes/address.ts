import { z } from 'zod';
import { PEOPLE_TABS } from '../people/tabs';
import { ArticleIdSchema, IssueIdSchema, issueIdOfArticle } from '../../../shared/ids';
import { PrintTargetSchema } from '../../../shared/contract/export';
import { AnnotationFiltersSchema } from '../../../shared/contract/annotations';
import { NO_FILTERS } from '../search/filters';
import type { ScreenFilters } from '../search/filters';
import { PACKAGE_TABS } from '../package/tabs';
import type { View } from '../store/state';

/**
 * Every view's address, in the page's hash (`#/issue/abc123`): the hash works the same when the
 * page is served to a browser and when Electron loads it from app://, needs no server rule for
 * deep paths, and survives a reload. A hand-written mapping rather than a router library, because
 * the views are already a tagged union in the store: the address is one more way of writing that
 * union down, parsed back with zod so a hand-typed or stale address is a value, never a crash.
 */

/** What an address holds besides the view: the search screen's query, the article's find, the library's filter. */
export interface Place {
  view: View;
  search?: { query: string; filters: ScreenFilters };
  /** The article's find bar: its query and the hit shown (0-based). */
  find?: { query: string; hit: number };
  library?: { series: string | null; filter: string };
}

/** Query-string names of the search screen's filters (short, stable: addresses get copied and kept). */
const FILTER_PARAMS: Readonly<Record<keyof ScreenFilters, string>> = {
  series: 'series',
  yearFrom: 'from',
  yearTo: 'to',
  region: 'region',
  column: 'column',
  tag: 'tag',
  annotated: 'annotated',
};

/** The annotations list's filters, by their own names. */
const ANNOTATION_PARAMS = ['color', 'tag', 'series', 'from', 'to', 'text'] as const;
const AnnotationFilters = AnnotationFiltersSchema.omit({ limit: true });

const Text = z.string().max(2000);
const Hit = z.coerce.number().int().min(0).max(100_000);

export function addressOf(place: Place): string {
  const { view } = place;
  const params = new URLSearchParams();
  const path = pathOf(view);
  if (view.kind === 'library' && place.library) {
    if (place.library.series) params.set('series', place.library.series);
    if (place.library.filter) params.set('filter', place.library.filter);
  }
  if (view.kind === 'search' && place.search) {
    if (place.search.query) params.set('q', place.search.query);
    for (const [key, name] of Object.entries(FILTER_PARAMS) as [keyof ScreenFilters, string][]) {
      const value = place.search.filters[key];
      if (value) params.set(name, value);
    }
  }
  if (view.kind === 'article') {
    if (view.via === 'search') params.set('via', 'search');
    if (place.find && place.find.query) {
      params.set('q', place.find.query);
      params.set('hit', String(place.find.hit));
    }
  }
  if (view.kind === 'annotations' && view.filters) {
    for (const name of ANNOTATION_PARAMS) {
      const value = view.filters[name];
      if (value) params.set(name, value);
    }
  }
  if (view.kind === 'packages' && view.issueIds && view.issueIds.length > 0) params.set('issues', view.issueIds.join(','));
  const query = params.toString();
  return `#/${path.map(encodeURIComponent).join('/')}${query ? `?${query}` : ''}`;
}

function pathOf(view: View): string[] {
  switch (view.kind) {
    case 'library':
      return [];
    case 'issue':
      return ['issue', view.issueId];
    case 'article':
      return ['article', view.articleId];
    case 'series':
      return ['series', view.series];
    case 'stats':
      return view.series === null ? ['stats'] : ['stats', view.series];
    case 'packages':
      return ['packages', view.tab];
    case 'people':
      return ['people', view.tab];
    case 'print':
      return view.target.kind === 'article'
        ? ['print', 'article', view.target.articleId]
        : view.target.kind === 'issue'
          ? ['print', 'issue', view.target.issueId]
          : ['print', 'articles', view.target.articleIds.join(',')];
    case 'import':
    case 'review':
    case 'needs-review':
    case 'annotations':
    case 'search':
    case 'gaps':
    case 'recycle':
      return [view.kind];
    case 'not-found':
      return ['not-found'];
    default: {
      const unreachable: never = view;
      return unreachable;
    }
  }
}

/** `#/…` → the place it names, or null when it names none (mistyped, cut short, from another version). */
export function parseAddress(hash: string): Place | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '' || raw === '/') return { view: { kind: 'library' }, library: { series: null, filter: '' } };
  if (!raw.startsWith('/')) return null;
  const at = raw.indexOf('?');
  const params = new URLSearchParams(at < 0 ? '' : raw.slice(at + 1));
  let path: string[];
  try {
    path = (at < 0 ? raw : raw.slice(0, at)).slice(1).split('/').filter((part) => part !== '').map(decodeURIComponent);
  } catch {
    return null; // a broken %-escape
  }
  const text = (name: string): string => {
    const parsed = Text.safeParse(params.get(name) ?? '');
    return parsed.success ? parsed.data : '';
  };
  const [head, ...rest] = path;
  const one = rest.length === 1 ? rest[0] : undefined;
  switch (head) {
    case undefined:
      return { view: { kind: 'library' }, library: { series: text('series') || null, filter: text('filter') } };
    case 'issue': {
      const issueId = IssueIdSchema.safeParse(one);
      return issueId.success ? { view: { kind: 'issue', issueId: issueId.data } } : null;
    }
    case 'article': {
      const articleId = ArticleIdSchema.safeParse(one);
      if (!articleId.success) return null;
      const via = params.get('via') === 'search' ? ({ via: 'search' } as const) : {};
      const view: View = { kind: 'article', issueId: issueIdOfArticle(articleId.data), articleId: articleId.data, ...via };
      const query = text('q');
      const hit = Hit.safeParse(params.get('hit') ?? '0');
      return query ? { view, find: { query, hit: hit.success ? hit.data : 0 } } : { view };
    }
    case 'series':
      return one && Text.max(200).safeParse(one).success ? { view: { kind: 'series', series: one } } : null;
    case 'stats':
      return rest.length === 0 ? { view: { kind: 'stats', series: null } } : one ? { view: { kind: 'stats', series: one } } : null;
    case 'packages': {
      const tab = z.enum(PACKAGE_TABS).safeParse(one);
      if (!tab.success) return null;
      const ids = z.array(IssueIdSchema).max(2000).safeParse((params.get('issues') ?? '').split(',').filter(Boolean));
      return { view: { kind: 'packages', tab: tab.data, ...(ids.success && ids.data.length > 0 ? { issueIds: ids.data } : {}) } };
    }
    case 'people': {
      const tab = z.enum(PEOPLE_TABS).safeParse(one);
      return tab.success ? { view: { kind: 'people', tab: tab.data } } : null;
    }
    case 'print':
      return printPlace(rest);
    case 'search': {
      if (rest.length > 0) return null;
      const filters: ScreenFilters = { ...NO_FILTERS };
      for (const [key, name] of Object.entries(FILTER_PARAMS) as [keyof ScreenFilters, string][]) {
        if (key === 'annotated') filters.annotated = params.get(name) === 'yes' ? 'yes' : '';
        else filters[key] = text(name).slice(0, 200);
      }
      return { view: { kind: 'search' }, search: { query: text('q'), filters } };
    }
    case 'annotations': {
      if (rest.length > 0) return null;
      const given = Object.fromEntries(ANNOTATION_PARAMS.flatMap((name) => (params.get(name) ? [[name, params.get(name)]] : [])));
      const filters = AnnotationFilters.safeParse(given);
      if (!filters.success) return null;
      return { view: Object.keys(filters.data).length > 0 ? { kind: 'annotations', filters: filters.data } : { kind: 'annotations' } };
    }
    case 'import':
    case 'review':
    case 'needs-review':
    case 'gaps':
    case 'recycle':
      return rest.length === 0 ? { view: { kind: head } } : null;
    default:
      return null;
  }
}

function printPlace(rest: readonly string[]): Place | null {
  const [kind, id] = rest;
  if (rest.length !== 2 || id === undefined) return null;
  const target = PrintTargetSchema.safeParse(
    kind === 'article' ? { kind, articleId: id } : kind === 'issue' ? { kind, issueId: id } : { kind, articleIds: id.split(',') },
  );
  return target.success ? { view: { kind: 'print', target: target.data } } : null;
}

/**
 * Two views are the same page (a new address replaces the entry) or different pages (a new
 * entry, which Back returns from). The same article with another hit is the same page.
 */
export function pageKey(view: View): string {
  return pathOf(view).join('/') || 'library';
}
