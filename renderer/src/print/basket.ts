import { ARTICLE_ID_PATTERN } from '../../../shared/ids';
import { createStore, useStoreValue } from '../store/create-store';

/**
 * The print basket: articles gathered from any issues to print or export together, in the
 * order they were added or that the reader then gave them. Kept in this browser's storage so it survives a reload.
 */
const STORAGE_KEY = 'bulletin-archive.print-basket';
const store = createStore<readonly string[]>(load());

function load(): readonly string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string' && ARTICLE_ID_PATTERN.test(id)).slice(0, 2000) : [];
  } catch {
    return [];
  }
}

function save(next: readonly string[]): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Storage full or disabled: the basket still works for this session.
  }
  store.set(next);
}

export function basketArticles(): readonly string[] {
  return store.get();
}

export function toggleBasket(articleId: string): void {
  const basket = store.get();
  save(basket.includes(articleId) ? basket.filter((id) => id !== articleId) : [...basket, articleId]);
}

/** Adds articles not yet in the basket, in the order given (batch work); returns how many were added. */
export function addToBasket(articleIds: readonly string[]): number {
  const basket = store.get();
  const fresh = [...new Set(articleIds)].filter((id) => !basket.includes(id));
  if (fresh.length > 0) save([...basket, ...fresh].slice(0, 2000));
  return fresh.length;
}

/** Takes one article out of the basket; the others keep their places. */
export function removeFromBasket(articleId: string): void {
  const basket = store.get();
  if (basket.includes(articleId)) save(basket.filter((id) => id !== articleId));
}

/** Moves an article one place up (-1) or down (+1): the basket's order is the printed order. */
export function moveInBasket(articleId: string, step: -1 | 1): void {
  const basket = store.get();
  const from = basket.indexOf(articleId);
  const to = from + step;
  if (from < 0 || to < 0 || to >= basket.length) return;
  const next = [...basket];
  next[from] = basket[to]!;
  next[to] = articleId;
  save(next);
}

export function clearBasket(): void {
  save([]);
}

/** Drops ids the library no longer has (an issue was deleted). */
export function forgetFromBasket(articleIds: readonly string[]): void {
  const basket = store.get();
  if (articleIds.some((id) => basket.includes(id))) save(basket.filter((id) => !articleIds.includes(id)));
}

export function useBasket(): readonly string[] {
  return useStoreValue(store, (basket) => basket);
}
