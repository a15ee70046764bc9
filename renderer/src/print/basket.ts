import { useSyncExternalStore } from 'react';
import { ARTICLE_ID_PATTERN } from '../../../shared/ids';

/**
 * The print basket: articles gathered from any issues to print or export together, in the
 * order they were added. Kept in this browser's storage so it survives a reload.
 */
const STORAGE_KEY = 'bulletin-archive.print-basket';
const listeners = new Set<() => void>();
let basket: readonly string[] = load();

function load(): readonly string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string' && ARTICLE_ID_PATTERN.test(id)).slice(0, 2000) : [];
  } catch {
    return [];
  }
}

function save(next: readonly string[]): void {
  basket = next;
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Storage full or disabled: the basket still works for this session.
  }
  for (const listener of listeners) listener();
}

export function basketArticles(): readonly string[] {
  return basket;
}

export function toggleBasket(articleId: string): void {
  save(basket.includes(articleId) ? basket.filter((id) => id !== articleId) : [...basket, articleId]);
}

export function clearBasket(): void {
  save([]);
}

/** Drops ids the library no longer has (an issue was deleted). */
export function forgetFromBasket(articleIds: readonly string[]): void {
  if (articleIds.some((id) => basket.includes(id))) save(basket.filter((id) => !articleIds.includes(id)));
}

export function useBasket(): readonly string[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => basket,
  );
}
