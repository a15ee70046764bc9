import { useSyncExternalStore } from 'react';

/**
 * A value that views read and actions replace, with listeners told of each change: what the
 * app's state, the search screen, the annotations and the print basket each keep. The value is
 * never mutated in place, so `useSyncExternalStore` sees a change as a new reference.
 */
export interface Store<T> {
  get(): T;
  set(next: T | ((current: T) => T)): void;
  subscribe(listener: () => void): () => void;
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set: (next) => {
      // A function value is always an updater: stores hold data, never functions.
      value = next instanceof Function ? next(value) : next;
      for (const listener of [...listeners]) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Merges a patch into an object store (or the patch an updater returns). */
export function patchStore<T extends object>(store: Store<T>, patch: Partial<T> | ((current: T) => Partial<T>)): void {
  store.set((current) => ({ ...current, ...(typeof patch === 'function' ? patch(current) : patch) }));
}

/** The part of a store a component shows; it re-renders when that part changes. */
export function useStoreValue<T, S>(store: Store<T>, select: (value: T) => S): S {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
