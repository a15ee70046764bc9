import path from 'node:path';
import { AccountStore } from './accounts';
import { AuditTrail } from './audit';
import type { SessionStore } from './sessions';

export { AccountStore, MIN_PASSWORD_LENGTH, accountView, sameName } from './accounts';
export type { AccountRecord, AccountPatch, NewAccount } from './accounts';
export { AuditTrail, auditCsv, auditJsonl } from './audit';
export { AUDITED_METHODS, describeCall } from './audit-actions';
export { SessionStore, SESSION_IDLE_MS, SESSION_MAX_MS, csrfTokenOf, sessionKey } from './sessions';
export type { ActiveSession } from './sessions';
export { LoginThrottle, FREE_FAILURES, LOCKOUT_FAILURES, LOCKOUT_MS } from './throttle';
export type { ThrottleVerdict } from './throttle';
export { hashPassword, verifyPassword, SCRYPT_N, SCRYPT_R, SCRYPT_P } from './password';

/**
 * The reading room's own state that is not the archive's: the signed-in sessions and the
 * generated certificate. In the library folder too (one folder to back up and move), apart
 * from the catalogue's files.
 */
export const READING_ROOM_DIR = 'reading-room';
export const SESSIONS_FILE = 'sessions.json';

export function readingRoomDir(libraryDir: string): string {
  return path.join(libraryDir, READING_ROOM_DIR);
}

/** Who may use the archive and what they did (issue 18). `sessions` only while the reading room serves. */
export interface People {
  accounts: AccountStore;
  audit: AuditTrail;
  sessions: SessionStore | null;
}

export function peopleOf(libraryDir: string, sessions: SessionStore | null = null): People {
  return { accounts: new AccountStore(libraryDir), audit: new AuditTrail(libraryDir), sessions };
}
