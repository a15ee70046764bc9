import { z } from 'zod';

/**
 * The office reading room (issue 18): the people who may open the archive over the office
 * network, what each may do, and the audit trail of what they did. The desktop user (Electron,
 * or browser mode on loopback without `--lan`) is the archive's keeper and acts as `admin`.
 */

/** In order of what they may do: each role may do everything the ones before it may. */
export const ROLES = ['reader', 'cataloguer', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const RoleSchema = z.enum(ROLES);

export function roleAllows(held: Role, needed: Role): boolean {
  return ROLES.indexOf(held) >= ROLES.indexOf(needed);
}

/** An account name: what people type at login and what the audit trail shows. */
export const AccountNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[\p{L}\p{N}._-]+$/u, 'letters, digits, dot, underscore or hyphen');
export const PasswordSchema = z.string().min(10).max(256);

/** Who is calling: the desktop keeper, or a colleague signed in to the reading room. */
/** `session` (server side only) names the signed-in session, for logout and the CSRF token. */
export type Caller = { kind: 'desktop'; role: 'admin' } | { kind: 'account'; name: string; role: Role; address: string; session?: string };

export const DESKTOP_CALLER: Caller = { kind: 'desktop', role: 'admin' };

/** An account as the administrator sees it (never its password hash). */
export interface AccountView {
  name: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

/** What the page learns about the person using it (`session.whoami`). */
export interface SessionView {
  /** Absent on the desktop and in loopback browser mode, where nobody signs in. */
  account?: { name: string; displayName: string };
  role: Role;
  /** Sent back as a header on every state-changing request (CSRF); absent on the desktop. */
  csrfToken?: string;
  /** Whether this is the reading room (network serving with accounts). */
  readingRoom: boolean;
}

export const AUDIT_ACTIONS = ['login', 'login-failed', 'logout', 'import', 'catalogue-change', 'delete', 'export', 'original-download', 'account-change', 'package', 'backup', 'settings'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One line of the audit trail (`audit.jsonl` in the library, append-only). */
export const AuditEntrySchema = z.strictObject({
  at: z.string(),
  /** Account name, or `(desktop)` for the keeper at the workstation; for a failed login, the name tried. */
  who: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  /** What it was about: an issue id, a file name, an account name… */
  what: z.string(),
  /** The network address it came from (`local` on the desktop). */
  address: z.string(),
  /** The API method, when it came through one. */
  method: z.string().optional(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditFilterSchema = z.strictObject({
  who: z.string().max(64).optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  from: z.string().max(40).optional(),
  to: z.string().max(40).optional(),
  limit: z.number().int().min(1).max(5000).optional(),
});
export type AuditFilter = z.infer<typeof AuditFilterSchema>;
