import type { ApiError } from '../../../shared/contract';
import type { ArchiveMessage } from '../../../shared/messages';
import { pageKey } from '../routes/address';
import { createStore, useStoreValue } from '../store/create-store';
import { getState, subscribeState } from '../store/store';

/**
 * The app's one place for what an action said (saved, failed, exported, undone): the status lines
 * and toasts of every screen read from here. Three rules keep them from outliving their context:
 * a notice belongs to an action, and a new outcome of that action replaces the old one (no green
 * "saved" beside a red "not saved"); it belongs to the page it was said on, and leaving the page
 * removes it (an undo never shows where its change is out of sight); and it is kept as a phrase
 * (a key with values, or the core's message code), said in the language chosen when it is shown,
 * so switching language says it again.
 */

/** Something to say: an i18n key with values (which may be phrases themselves), or the core's own words. */
export type Phrase =
  | { key: string; values?: Readonly<Record<string, string | number | Phrase>> }
  | { said: ArchiveMessage }
  | { error: ApiError };

export type Tone = 'busy' | 'done' | 'failed';

export interface Notice {
  /** The action it tells of (`review.masthead`, `print.export`, `annotations`): its next outcome replaces it. */
  action: string;
  tone: Tone;
  phrase: Phrase;
  /** The page it was said on (pageKey). */
  page: string;
  /** What 撤销 undoes, named ("撤销：删除批注「……」"), and how. */
  undo?: { what: Phrase; run: () => void };
  serial: number;
}

const store = createStore<readonly Notice[]>([]);
let serial = 0;

/** The page shown now: an action that takes a while notes it when it starts (tell's `page`). */
export function pageNow(): string {
  return pageKey(getState().view);
}

/**
 * Says the outcome of an action, replacing what that action said before. `page`: where the action
 * was started; an outcome arriving after the reader left that page is not said on another one.
 */
export function tell(action: string, tone: Tone, phrase: Phrase, options: { undo?: Notice['undo']; page?: string } = {}): void {
  const page = options.page ?? pageNow();
  if (page !== pageNow()) return forget(action);
  const notice: Notice = { action, tone, phrase, page, serial: ++serial, ...(options.undo ? { undo: options.undo } : {}) };
  store.set((notices) => [...notices.filter((old) => old.action !== action), notice]);
}

/** The action's notice goes (dismissed, or its outcome no longer worth saying). */
export function forget(action: string): void {
  if (store.get().some((notice) => notice.action === action)) store.set((notices) => notices.filter((notice) => notice.action !== action));
}

export function noticeOf(action: string): Notice | null {
  return store.get().find((notice) => notice.action === action && notice.page === pageNow()) ?? null;
}

export function useNotice(action: string): Notice | null {
  return useStoreValue(store, (notices) => notices.find((notice) => notice.action === action) ?? null);
}

/** Every notice of a kind of action (`annotations…`), for screens with one status line over several actions. */
export function useLatestNotice(prefix: string): Notice | null {
  return useStoreValue(store, (notices) => notices.filter((notice) => notice.action.startsWith(prefix)).at(-1) ?? null);
}

let shownPage = '';

/** Leaving a page takes its notices with it. Started once, beside the router. */
export function followPagesForNotices(): () => void {
  shownPage = pageNow();
  return subscribeState(() => {
    const page = pageNow();
    if (page === shownPage) return;
    shownPage = page;
    if (store.get().some((notice) => notice.page !== page)) store.set((notices) => notices.filter((notice) => notice.page === page));
  });
}

/** For tests: every notice held now. */
export function allNotices(): readonly Notice[] {
  return store.get();
}
