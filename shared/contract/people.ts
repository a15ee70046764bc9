import { z } from 'zod';
import { AccountNameSchema, AuditFilterSchema, PasswordSchema, RoleSchema } from '../people';
import type { AccountView, AuditEntry, SessionView } from '../people';

/**
 * The reading room's people (issue 18). Signing in is not an API call (there is no session yet):
 * it is `POST /login` on the server; everything else goes through the one contract.
 */
export const peopleMethods = {
  'session.whoami': { input: z.strictObject({}) },
  /** Ends this session, or with `everywhere` every session of this account. */
  'session.logout': { input: z.strictObject({ everywhere: z.boolean().optional() }) },
  'accounts.list': { input: z.strictObject({}) },
  'accounts.add': { input: z.strictObject({ name: AccountNameSchema, displayName: z.string().trim().max(64).optional(), role: RoleSchema, password: PasswordSchema }) },
  'accounts.update': { input: z.strictObject({ name: AccountNameSchema, displayName: z.string().trim().max(64).optional(), role: RoleSchema.optional(), disabled: z.boolean().optional(), password: PasswordSchema.optional() }) },
  'accounts.remove': { input: z.strictObject({ name: AccountNameSchema }) },
  'audit.list': { input: AuditFilterSchema },
  'audit.export': { input: AuditFilterSchema.extend({ format: z.enum(['csv', 'jsonl']) }) },
} as const;

export interface PeopleOutputs {
  'session.whoami': SessionView;
  'session.logout': { loggedOut: number };
  'accounts.list': AccountView[];
  'accounts.add': AccountView;
  'accounts.update': AccountView;
  'accounts.remove': { removed: string };
  'audit.list': { entries: AuditEntry[]; total: number };
  'audit.export': { name: string; mime: string; dataBase64: string };
}
