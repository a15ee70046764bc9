import { watch } from 'node:fs';
import type { FSWatcher } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Running } from './children';

export interface KillMoment {
  /** Wait for the first write into `watched` (then `afterMs` more), rather than for `delayMs`. */
  inWrite: boolean;
  watched: readonly string[];
  afterMs: number;
  delayMs: number;
  /** What a run usually takes here: a write awaited longer than this (× 3, at least 2 min) gives up waiting. */
  usualMs: number;
}

/**
 * Waits for the moment to kill a running command: `delayMs` into its run, or `afterMs` after it
 * first writes into one of the `watched` folders (the commit of an import, an append to a journal),
 * because that window is short and is where a kill can do harm. 'exited' when it ended first.
 */
export async function waitForKillMoment(running: Running, moment: KillMoment): Promise<'exited' | 'timer'> {
  const watchers: FSWatcher[] = [];
  const timer = moment.inWrite
    ? new Promise<'timer'>((resolve) => {
        for (const dir of moment.watched) {
          try {
            watchers.push(watch(dir, () => void sleep(moment.afterMs).then(() => resolve('timer'))));
          } catch {
            // the folder is not there yet: the others (or the fallback) decide
          }
        }
        // On a loaded machine a command can spend many seconds loading before it writes.
        void sleep(Math.max(moment.usualMs * 3, 120_000)).then(() => resolve('timer'));
      })
    : sleep(moment.delayMs).then(() => 'timer' as const);
  try {
    return await Promise.race([running.exited.then(() => 'exited' as const), timer]);
  } finally {
    for (const watcher of watchers) watcher.close();
  }
}
