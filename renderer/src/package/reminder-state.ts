import { useSyncExternalStore } from 'react';

/** The reminder, once dismissed (or answered by a backup), stays away until the app starts again. */
let dismissed = false;
const listeners = new Set<() => void>();

export function dismissBackupReminder(): void {
  dismissed = true;
  for (const listener of listeners) listener();
}

export function useReminderDismissed(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => dismissed,
  );
}
