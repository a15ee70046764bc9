import { useSyncExternalStore } from 'react';
import { savedLanguage } from '../i18n';
import { initialState } from './state';
import type { State } from './state';

/** The one store: a plain object replaced on every change, read through useStore. */
let state: State = initialState(savedLanguage());
const listeners = new Set<() => void>();

export function getState(): State {
  return state;
}

export function setState(change: Partial<State> | ((current: State) => Partial<State>)): void {
  const patch = typeof change === 'function' ? change(state) : change;
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useStore<T>(select: (state: State) => T): T {
  return useSyncExternalStore(subscribe, () => select(state));
}
