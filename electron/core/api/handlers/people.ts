import type { Caller, SessionView } from '../../../../shared/people';
import { auditCsv, auditJsonl, csrfTokenOf } from '../../people';
import type { ApiContext } from '../context';
import type { AreaHandlers } from './types';

type PeopleMethod = 'session.whoami' | 'session.logout' | 'accounts.list' | 'accounts.add' | 'accounts.update' | 'accounts.remove' | 'audit.list' | 'audit.export';

/**
 * The reading room's people (issue 18). On the desktop (and loopback browser mode) the keeper
 * is the administrator and nobody signs in; in the reading room the caller is the signed-in
 * account, its session named by the server (electron/server).
 */
export function peopleHandlers(context: ApiContext): AreaHandlers<PeopleMethod> {
  const { accounts, audit, sessions } = context.people;
  /** An account whose password changed or that was disabled or removed is signed out at once. */
  const signOut = async (name: string): Promise<void> => {
    if (sessions) await sessions.endAccount(name);
  };
  return {
    'session.whoami': async (_input, caller) => whoami(caller, context),
    'session.logout': async (input, caller) => {
      if (caller.kind !== 'account' || caller.session === undefined || sessions === null) return { loggedOut: 0 };
      return { loggedOut: await sessions.end(caller.session, input.everywhere ?? false) };
    },
    'accounts.list': async () => accounts.list(),
    'accounts.add': async (input) => accounts.add({ name: input.name, role: input.role, password: input.password, ...(input.displayName !== undefined && { displayName: input.displayName }) }),
    'accounts.update': async (input) => {
      const { name, ...patch } = input;
      const view = await accounts.update(name, patch);
      if (patch.password !== undefined || patch.disabled === true) await signOut(view.name);
      return view;
    },
    'accounts.remove': async (input) => {
      const removed = await accounts.remove(input.name);
      await signOut(removed);
      return { removed };
    },
    'audit.list': async (input) => audit.list(input),
    'audit.export': async (input) => {
      const { format, ...filter } = input;
      // The export is the whole matching trail, oldest first, unless a limit was asked for.
      const { entries } = await audit.list({ ...filter, limit: filter.limit ?? Number.MAX_SAFE_INTEGER });
      const ordered = entries.reverse();
      const day = new Date().toISOString().slice(0, 10);
      const text = format === 'csv' ? auditCsv(ordered) : auditJsonl(ordered);
      return {
        name: `audit-${day}.${format}`,
        mime: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/jsonl; charset=utf-8',
        dataBase64: Buffer.from(text, 'utf8').toString('base64'),
      };
    },
  };
}

async function whoami(caller: Caller, context: ApiContext): Promise<SessionView> {
  if (caller.kind === 'desktop') return { role: caller.role, readingRoom: false };
  const account = await context.people.accounts.find(caller.name);
  return {
    account: { name: caller.name, displayName: account?.displayName ?? caller.name },
    role: caller.role,
    ...(caller.session !== undefined && { csrfToken: csrfTokenOf(caller.session) }),
    readingRoom: true,
  };
}
