import type { ApiError } from '../../../shared/contract';
import type { SearchStatus } from '../../../shared/contract/search';
import type { ArticleHit, SearchHit, SearchResult } from '../../../shared/search';
import { call } from '../store/api';
import { navigate } from '../store/navigation';
import { createStore, patchStore, useStoreValue } from '../store/create-store';
import { getState as getAppState } from '../store/store';
import { NO_FILTERS, apiFilters, hasScreenFilters } from './filters';
import type { ScreenFilters } from './filters';
import { displayOrder, resultRows } from './result-rows';

/**
 * The search screen and the in-article find bar: one small store of their own (as the
 * annotations have), so the screen keeps its query and results when the reader goes to an
 * article and comes back.
 */

export const PAGE_SIZE = 100;
const TYPING_DELAY_MS = 150;
const STATUS_POLL_MS = 300;
/** While the index is built in the background (minutes, for a large library), its progress is asked for this often. */
const BUILD_POLL_MS = 1000;

export type Layout = 'grouped' | 'flat';

export type Results =
  | { status: 'idle' }
  /** `asked`: the query and filters these results answer (askedOf), so Enter never acts on an older question's. */
  | { status: 'ready'; query: string; asked: string; result: SearchResult; hits: readonly SearchHit[]; loadingMore: boolean }
  | { status: 'error'; error: ApiError };

/** The open article's hits, for highlighting and stepping; `hits` is null while they load. */
export interface ArticleFind {
  articleId: string;
  query: string;
  hits: readonly ArticleHit[] | null;
  current: number;
  /** Bumped when the find box should take the focus (Ctrl+F). */
  focusRequests: number;
  /** Bumped when the current hit should be scrolled into view even if it did not change. */
  revealRequests: number;
  /** The hit to show once the hits arrive (an address reopened), instead of the first. */
  startAt?: number;
}

export interface SearchState {
  query: string;
  filters: ScreenFilters;
  layout: Layout;
  results: Results;
  /** A query is on its way (typed, or waiting for the index). */
  pending: boolean;
  /** The index hit the keyboard is on (↑/↓), -1 for none. */
  active: number;
  index: SearchStatus | null;
  /** The index is being opened for the screen, before any query. */
  warming: boolean;
  /** Bumped when the search box should take the focus (Ctrl+K, /). */
  focusRequests: number;
  find: ArticleFind | null;
}

const store = createStore<SearchState>({
  query: '',
  filters: NO_FILTERS,
  layout: 'grouped',
  results: { status: 'idle' },
  pending: false,
  active: -1,
  index: null,
  warming: false,
  focusRequests: 0,
  find: null,
});

function set(patch: Partial<SearchState> | ((current: SearchState) => Partial<SearchState>)): void {
  patchStore(store, patch);
}

export function getSearchState(): SearchState {
  return store.get();
}

/** Told of every change (the address follows the query, the filters and the hit shown). */
export function subscribeSearch(listener: () => void): () => void {
  return store.subscribe(listener);
}

export function useSearch<T>(select: (current: SearchState) => T): T {
  return useStoreValue(store, select);
}

// --- The search screen -------------------------------------------------------------------

let timer: ReturnType<typeof setTimeout> | undefined;
/** Only the answer to the latest request is shown; earlier ones arriving late are dropped. */
let latest = 0;

export function openSearch(): void {
  if (getAppState().view.kind !== 'search') navigate({ kind: 'search' });
  set((current) => ({ focusRequests: current.focusRequests + 1 }));
}

export function setQuery(query: string): void {
  set({ query });
  schedule(TYPING_DELAY_MS);
}

export function setFilters(patch: Partial<ScreenFilters>): void {
  set((current) => ({ filters: { ...current.filters, ...patch } }));
  schedule(TYPING_DELAY_MS);
}

export function clearFilters(): void {
  set({ filters: NO_FILTERS });
  schedule(0);
}

export function setLayout(layout: Layout): void {
  set({ layout });
}

export function setActive(active: number): void {
  set({ active });
}

/** ↑/↓ through the hits in the order shown (`order`: hit indices), stopping at either end. */
export function moveActive(step: number, order: readonly number[]): void {
  if (order.length === 0) return;
  const at = order.indexOf(getSearchState().active);
  const from = at < 0 ? (step > 0 ? -1 : order.length) : at;
  const next = order[Math.max(0, Math.min(order.length - 1, from + step))];
  if (next !== undefined) set({ active: next });
}

/** The question a set of results answers: the query and the filters, as one comparable string. */
export function askedOf(query: string, filters: ScreenFilters): string {
  return JSON.stringify([query, filters]);
}

/** The results on screen answer what is typed now (not a query typed over since, nor one still on its way). */
export function resultsAreCurrent(current: SearchState = getSearchState()): boolean {
  return current.results.status === 'ready' && !current.pending && current.results.asked === askedOf(current.query, current.filters);
}

/**
 * Enter in the search box: opens the chosen hit of what is typed now. When the results on screen
 * answer an earlier text (typed over faster than the search runs), the current text is searched
 * at once and its first hit opened; if the text changes again meanwhile, nothing is opened.
 */
export async function openOnEnter(chosen: SearchHit | undefined): Promise<void> {
  if (resultsAreCurrent()) {
    if (chosen) openHit(chosen);
    return;
  }
  const asked = askedOf(getSearchState().query, getSearchState().filters);
  await runSearch();
  const now = getSearchState();
  if (!resultsAreCurrent(now) || now.results.status !== 'ready' || now.results.asked !== asked) return;
  const first = now.results.hits[displayOrder(resultRows(now.results.hits, now.layout))[0] ?? -1];
  if (first) openHit(first);
}

function schedule(delay: number): void {
  clearTimeout(timer);
  timer = setTimeout(() => void runSearch(), delay);
}

/** Runs the current query now (also used to retry after an error). */
export async function runSearch(): Promise<void> {
  clearTimeout(timer);
  const request = ++latest;
  const { query, filters } = getSearchState();
  if (query.trim() === '' && !hasScreenFilters(filters)) {
    set({ results: { status: 'idle' }, pending: false, active: -1 });
    return;
  }
  set({ pending: true });
  const stopWatching = watchIndexWhile(() => request === latest && getSearchState().pending);
  const answer = await call('search.query', { query, options: { filters: apiFilters(filters), limit: PAGE_SIZE } });
  stopWatching();
  if (request !== latest) return;
  if (!answer.ok) {
    set({ results: { status: 'error', error: answer.error }, pending: false, active: -1 });
    return;
  }
  const { incomplete } = answer.data;
  set((current) => ({
    results: { status: 'ready', query, asked: askedOf(query, filters), result: answer.data, hits: answer.data.hits, loadingMore: false },
    pending: false,
    active: answer.data.hits.length > 0 ? 0 : -1,
    // The answer says how far the build is: shown at once, then followed until it is done.
    ...(incomplete ? { index: { progress: incomplete.progress, notices: current.index?.notices ?? [] } } : {}),
  }));
  if (incomplete) followIndexBuild();
}

/** The next page of ranked hits for the same query and filters. */
export async function loadMore(): Promise<void> {
  const shown = getSearchState().results;
  if (shown.status !== 'ready' || shown.loadingMore || shown.hits.length >= shown.result.total) return;
  const request = latest;
  set({ results: { ...shown, loadingMore: true } });
  const answer = await call('search.query', {
    query: shown.query,
    options: { filters: apiFilters(getSearchState().filters), limit: PAGE_SIZE, offset: shown.hits.length },
  });
  const now = getSearchState().results;
  if (request !== latest || now.status !== 'ready') return;
  if (!answer.ok) {
    set({ results: { status: 'error', error: answer.error } });
    return;
  }
  const known = new Set(now.hits.map((hit) => hit.articleId));
  const added = answer.data.hits.filter((hit) => !known.has(hit.articleId));
  set({ results: { ...now, hits: [...now.hits, ...added], loadingMore: false } });
}

/** Opens a result: the article, scrolled to its first hit, every hit highlighted. */
export function openHit(hit: SearchHit): void {
  const { results, query: typed } = getSearchState();
  const query = results.status === 'ready' ? results.query : typed;
  set((current) => ({
    find: {
      articleId: hit.articleId,
      query,
      hits: null,
      current: 0,
      focusRequests: 0,
      revealRequests: (current.find?.revealRequests ?? 0) + 1,
    },
  }));
  navigate({ kind: 'article', issueId: hit.issueId, articleId: hit.articleId, via: 'search' });
}

// --- Index progress ----------------------------------------------------------------------

let polling = false;

/** Asks how far the index is, now and then while `wanted()` holds and it is not ready. */
function watchIndexWhile(wanted: () => boolean): () => void {
  let stopped = false;
  const tick = async (): Promise<void> => {
    if (stopped || !wanted()) return;
    await refreshIndexStatus();
    if (!stopped && wanted() && getSearchState().index?.progress.phase !== 'ready') setTimeout(() => void tick(), STATUS_POLL_MS);
  };
  // A search answered at once needs no progress message; wait a moment before asking.
  const first = setTimeout(() => void tick(), STATUS_POLL_MS);
  return () => {
    stopped = true;
    clearTimeout(first);
  };
}

let following = false;
let screensOpen = 0;

function indexReady(): boolean {
  return getSearchState().index?.progress.phase === 'ready';
}

/**
 * While the search screen is open and the index is not ready, asks how far it is now and then
 * (the screen shows "正在建立索引 43%"); once it is ready, a query answered from part of the
 * library is run again, and the asking stops.
 */
function followIndexBuild(): void {
  if (following) return;
  following = true;
  const tick = async (): Promise<void> => {
    if (screensOpen === 0) {
      following = false;
      return;
    }
    await refreshIndexStatus();
    const { results, index } = getSearchState();
    const partial = results.status === 'ready' ? results.result.incomplete : undefined;
    if (indexReady()) {
      following = false;
      if (partial) void runSearch();
      return;
    }
    // A new part of the library became searchable (once per segment): the answer is asked again.
    if (partial && (index?.searchable ?? 0) > partial.searched && !getSearchState().pending) void runSearch();
    setTimeout(() => void tick(), BUILD_POLL_MS);
  };
  setTimeout(() => void tick(), STATUS_POLL_MS);
}

export async function refreshIndexStatus(): Promise<void> {
  if (polling) return;
  polling = true;
  try {
    const answer = await call('search.status', {});
    if (answer.ok) set({ index: answer.data });
  } finally {
    polling = false;
  }
}

/**
 * The search screen is open: the index is opened (or built) now rather than on the first
 * query, with its progress shown while that takes time. An empty query does nothing else.
 */
export function warmUpIndex(): () => void {
  let mounted = true;
  screensOpen++;
  if (getSearchState().index?.progress.phase !== 'ready' && !getSearchState().warming) {
    set({ warming: true });
    void call('search.query', { query: '', options: { limit: 1 } }).then(async () => {
      await refreshIndexStatus();
      set({ warming: false });
      if (!indexReady()) followIndexBuild();
    });
  }
  const stop = watchIndexWhile(() => mounted && getSearchState().warming);
  return () => {
    mounted = false;
    screensOpen--;
    stop();
  };
}

// --- Find in the open article ------------------------------------------------------------

let findTimer: ReturnType<typeof setTimeout> | undefined;
let latestFind = 0;

/** Ctrl+F in an article: the find bar, focused, with the last query selected. */
export function openArticleFind(articleId: string): void {
  set((current) => {
    const keep = current.find?.articleId === articleId ? current.find : null;
    return {
      find: {
        articleId,
        query: keep?.query ?? current.find?.query ?? '',
        hits: keep?.hits ?? null,
        current: keep?.current ?? 0,
        focusRequests: (current.find?.focusRequests ?? 0) + 1,
        revealRequests: current.find?.revealRequests ?? 0,
      },
    };
  });
  if (getSearchState().find?.hits === null) scheduleFind(0);
}

/** An address (reload, Back) names an article with a find: the bar opens on that query, at that hit. */
export function restoreArticleFind(articleId: string, query: string, hit: number): void {
  const find = getSearchState().find;
  if (find && find.articleId === articleId && find.query === query && find.hits !== null) {
    if (find.current !== hit && hit < find.hits.length) set({ find: { ...find, current: hit, revealRequests: find.revealRequests + 1 } });
    return;
  }
  set((current) => ({
    find: {
      articleId,
      query,
      hits: null,
      current: 0,
      startAt: hit,
      focusRequests: current.find?.focusRequests ?? 0,
      revealRequests: (current.find?.revealRequests ?? 0) + 1,
    },
  }));
  scheduleFind(0);
}

/** An address names the search screen with its query and filters: they are put back and asked again. */
export function restoreSearch(query: string, filters: ScreenFilters): void {
  const now = getSearchState();
  const same = now.query === query && JSON.stringify(now.filters) === JSON.stringify(filters);
  if (same && now.results.status !== 'idle') return;
  set({ query, filters });
  schedule(0);
}

export function closeArticleFind(): void {
  clearTimeout(findTimer);
  latestFind++;
  set({ find: null });
}

export function setFindQuery(query: string): void {
  const find = getSearchState().find;
  if (!find) return;
  set({ find: { ...withoutStart(find), query } });
  scheduleFind(TYPING_DELAY_MS);
}

/** The find bar's article is shown: its hits are (re)loaded for the current query. */
export function loadArticleHits(articleId: string): void {
  const find = getSearchState().find;
  if (!find) return;
  if (find.articleId !== articleId) set({ find: { ...withoutStart(find), articleId, hits: null, current: 0 } });
  scheduleFind(0);
}

/** The reader moved on from an address's hit: the next load starts at the first. */
function withoutStart(find: ArticleFind): ArticleFind {
  const { startAt: _moved, ...rest } = find;
  return rest;
}

function scheduleFind(delay: number): void {
  clearTimeout(findTimer);
  findTimer = setTimeout(() => void runFind(), delay);
}

async function runFind(): Promise<void> {
  const find = getSearchState().find;
  if (!find) return;
  const request = ++latestFind;
  if (find.query.trim() === '') {
    set({ find: { ...find, hits: [], current: 0 } });
    return;
  }
  const answer = await call('search.inArticle', { articleId: find.articleId, query: find.query });
  const now = getSearchState().find;
  if (request !== latestFind || !now || now.articleId !== find.articleId || now.query !== find.query) return;
  const hits = answer.ok ? answer.data : [];
  // An address's hit holds until the reader moves (a second load of the same hits keeps it).
  const current = Math.max(0, Math.min(hits.length - 1, now.startAt ?? 0));
  set({ find: { ...now, hits, current, revealRequests: now.revealRequests + 1 } });
}

/** Next (+1) or previous (-1) hit, round the end; Ctrl+F opens the bar where it is closed. */
export function stepHit(step: 1 | -1): void {
  const find = getSearchState().find;
  const { view } = getAppState();
  if (view.kind !== 'article') return;
  if (!find || find.articleId !== view.articleId) {
    openArticleFind(view.articleId);
    return;
  }
  const count = find.hits?.length ?? 0;
  if (count === 0) return;
  set({ find: { ...withoutStart(find), current: (find.current + step + count) % count, revealRequests: find.revealRequests + 1 } });
}

/** Ctrl+F: within the open article; on the search screen its box; elsewhere, the library filter. */
export function findHere(fallback: () => void): void {
  const { view } = getAppState();
  if (view.kind === 'article') openArticleFind(view.articleId);
  else if (view.kind === 'search') openSearch();
  else fallback();
}
