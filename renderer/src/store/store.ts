import { savedLanguage } from '../i18n';
import { createStore, patchStore, useStoreValue } from './create-store';
import { initialState } from './state';
import type { State } from './state';

/** The one app store: a plain object replaced on every change, read through useStore. */
const app = createStore<State>(initialState(savedLanguage()));

export function getState(): State {
  return app.get();
}

export function setState(change: Partial<State> | ((current: State) => Partial<State>)): void {
  patchStore(app, change);
}

export function useStore<T>(select: (state: State) => T): T {
  return useStoreValue(app, select);
}

/** Told of every change (the address follows the view; messages leave with their view). */
export function subscribeState(listener: () => void): () => void {
  return app.subscribe(listener);
}
