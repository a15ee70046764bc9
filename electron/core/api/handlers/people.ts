import type { ApiContext } from '../context';
import type { AreaHandlers } from './types';

type PeopleMethod = 'session.whoami' | 'session.logout' | 'accounts.list' | 'accounts.add' | 'accounts.update' | 'accounts.remove' | 'audit.list' | 'audit.export';

function notYet(method: string): never {
  throw new Error(`${method}: not built yet`);
}

/** The reading room's people (issue 18). Placeholder: on the desktop the keeper is the admin. */
export function peopleHandlers(_context: ApiContext): AreaHandlers<PeopleMethod> {
  return {
    'session.whoami': async (_input, caller) => ({ role: caller.role, readingRoom: false }),
    'session.logout': async () => ({ loggedOut: 0 }),
    'accounts.list': async () => [],
    'accounts.add': async () => notYet('accounts.add'),
    'accounts.update': async () => notYet('accounts.update'),
    'accounts.remove': async () => notYet('accounts.remove'),
    'audit.list': async () => ({ entries: [], total: 0 }),
    'audit.export': async () => notYet('audit.export'),
  };
}
