import { z } from 'zod';
import { getSearchState, restoreArticleFind, restoreSearch, subscribeSearch } from '../search/state';
import { getState, setState, subscribeState } from '../store/store';
import type { View } from '../store/state';
import { addressOf, pageKey, parseAddress } from './address';
import type { Place } from './address';

/**
 * The address bar follows the store, and the browser's history drives the store back: a new
 * page (another issue, article, screen) is a new history entry, a change within a page (the
 * query typed, the hit stepped to, the scroll) rewrites the current one. Back, Forward, the
 * mouse's side buttons and a reload all arrive as an address, which is parsed and shown.
 */

/** What this app keeps in each of its history entries: a mark (so a reload is told from a first visit) and the scroll. */
const EntryState = z.object({
  app: z.literal('bulletin-archive'),
  scroll: z.object({ part: z.string().max(100), top: z.number().min(0) }).optional(),
});
type EntryState = z.infer<typeof EntryState>;
type Scroll = NonNullable<EntryState['scroll']>;

const MARK = 'bulletin-archive' as const;

function entryState(): EntryState | null {
  const parsed = EntryState.safeParse(history.state);
  return parsed.success ? parsed.data : null;
}

let shownKey = '';
let shownAddress = '';
let applying = false;
let scrollTimer: ReturnType<typeof setTimeout> | undefined;
let pendingScroll: Scroll | null = null;
let restoring = 0;

/** The place shown now, as an address would name it. */
function placeNow(): Place {
  const { view, selectedSeries, filter } = getState();
  const search = getSearchState();
  const find = search.find;
  return {
    view,
    library: { series: selectedSeries, filter },
    search: { query: search.query, filters: search.filters },
    ...(view.kind === 'article' && find && find.articleId === view.articleId && find.query.trim() !== ''
      ? { find: { query: find.query, hit: find.hits === null ? (find.startAt ?? 0) : find.current } }
      : {}),
  };
}

/** The store changed: a new page gets a new history entry, the same page its address rewritten. */
function follow(): void {
  if (applying) return;
  const place = placeNow();
  if (place.view.kind === 'not-found') return; // the mistyped address stays, to be read and corrected
  const address = addressOf(place);
  const key = pageKey(place.view);
  if (key === shownKey && address === shownAddress) return;
  if (key !== shownKey) {
    flushScroll();
    history.pushState({ app: MARK } satisfies EntryState, '', address);
  } else {
    history.replaceState({ ...entryState(), app: MARK } satisfies EntryState, '', address);
  }
  shownKey = key;
  shownAddress = address;
}

/** Shows the place an address names (reload, Back, Forward, a typed address). */
function apply(hash: string, scroll: Scroll | undefined): void {
  const place = parseAddress(hash);
  const view: View = place?.view ?? { kind: 'not-found', address: hash.slice(0, 500) };
  applying = true;
  try {
    setState({
      view,
      ...(place?.library ? { selectedSeries: place.library.series, filter: place.library.filter } : {}),
    });
    if (place?.search) restoreSearch(place.search.query, place.search.filters);
    if (place?.find && view.kind === 'article') restoreArticleFind(view.articleId, place.find.query, place.find.hit);
  } finally {
    applying = false;
  }
  shownKey = place ? pageKey(view) : '';
  shownAddress = place ? addressOf(placeNow()) : '';
  // A find puts its hit in view itself; otherwise the page goes back to where it was read.
  if (scroll && !place?.find) restoreScroll(scroll);
}

function onPopState(): void {
  apply(location.hash, entryState()?.scroll);
}

/** Scrolling is remembered in the entry (not the address), a moment after it stops. */
function onScroll(event: Event): void {
  const target = event.target;
  if (!(target instanceof HTMLElement) || !target.closest('#main')) return;
  const part = target.classList[0];
  if (!part) return;
  pendingScroll = { part, top: Math.round(target.scrollTop) };
  restoring = 0; // the reader scrolls: a restore still waiting for content gives way
  clearTimeout(scrollTimer);
  scrollTimer = setTimeout(flushScroll, 150);
}

function flushScroll(): void {
  clearTimeout(scrollTimer);
  if (!pendingScroll) return;
  const state = entryState();
  if (state) history.replaceState({ ...state, scroll: pendingScroll } satisfies EntryState, '');
  pendingScroll = null;
}

/** Waits (a few frames at a time) for the view's content to be tall enough, then scrolls it. */
function restoreScroll(scroll: Scroll): void {
  const attempt = ++restoring;
  const started = performance.now();
  const step = (): void => {
    if (attempt !== restoring) return;
    const element = document.querySelector<HTMLElement>(`#main .${CSS.escape(scroll.part)}`);
    if (element && element.scrollHeight - element.clientHeight >= scroll.top) {
      element.scrollTop = scroll.top;
      return;
    }
    // Content that never grows that tall (edited since) is left at the top after a while.
    if (performance.now() - started < 10_000) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}

/**
 * Starts following: the address of the page as loaded is shown, with the library under it in
 * history when the app was opened on a deeper address, so Back never leaves for a blank page.
 */
export function startRouter(): () => void {
  const loaded = entryState();
  const hash = location.hash;
  if (!loaded) {
    const deep = hash !== '' && hash !== '#' && hash !== '#/';
    history.replaceState({ app: MARK } satisfies EntryState, '', '#/');
    if (deep) history.pushState({ app: MARK } satisfies EntryState, '', hash);
  }
  apply(location.hash, loaded?.scroll);
  const stopState = subscribeState(follow);
  const stopSearch = subscribeSearch(follow);
  window.addEventListener('popstate', onPopState);
  document.addEventListener('scroll', onScroll, true);
  window.addEventListener('pagehide', flushScroll);
  return () => {
    stopState();
    stopSearch();
    window.removeEventListener('popstate', onPopState);
    document.removeEventListener('scroll', onScroll, true);
    window.removeEventListener('pagehide', flushScroll);
  };
}

/** Back and Forward of the app's own (the menu's 后退/前进, the mouse's side buttons in Electron). */
export function goInHistory(step: -1 | 1): void {
  flushScroll();
  if (step < 0) history.back();
  else history.forward();
}
