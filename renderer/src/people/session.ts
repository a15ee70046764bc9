import { can } from '../../../shared/contract/roles';
import type { ApiMethod } from '../../../shared/contract';
import type { SessionView } from '../../../shared/people';
import { call } from '../store/api';
import { createStore, useStoreValue } from '../store/create-store';

/**
 * Who is using the page (issue 18), asked once at start (`session.whoami`). Until the answer
 * comes nothing privileged is shown, so a reader never sees a button flash that would refuse.
 * On the desktop and in loopback browser mode the answer is the keeper, an administrator.
 */
const session = createStore<SessionView | null>(null);

/** Where the server's sign-in page is (room-server's LOGIN_PATH). */
export const LOGIN_PATH = '/login';

export async function loadSession(): Promise<void> {
  const answer = await call('session.whoami', {});
  if (answer.ok) session.set(answer.data);
  // A page whose session ended (expired, logged out elsewhere) goes back to the sign-in page.
  else if (answer.error.code === 'not-signed-in') goToLogin();
  else session.set({ role: 'reader', readingRoom: false });
}

export function useSession(): SessionView | null {
  return useStoreValue(session, (value) => value);
}

/** Whether the person may call `method`: the dispatcher's own rule (METHOD_ROLES), not a second list. */
export function useCan(method: ApiMethod): boolean {
  return useStoreValue(session, (value) => value !== null && can(value.role, method));
}

/** The same, outside a component (commands, drops). */
export function canNow(method: ApiMethod): boolean {
  const value = session.get();
  return value !== null && can(value.role, method);
}

/** Ends this session (or every session of the account) and shows the sign-in page. */
export async function logOut(everywhere: boolean): Promise<{ ok: boolean; message?: string }> {
  const answer = await call('session.logout', everywhere ? { everywhere: true } : {});
  if (!answer.ok) return { ok: false, message: answer.error.message };
  goToLogin();
  return { ok: true };
}

function goToLogin(): void {
  window.location.assign(LOGIN_PATH);
}

/** For tests and the account screens: what the page believes now. */
export function currentSession(): SessionView | null {
  return session.get();
}
