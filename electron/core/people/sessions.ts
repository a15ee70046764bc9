import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../library/durable-file';
import type { AccountRecord, AccountStore } from './accounts';
import { sameName } from './accounts';

/** A session ends after this long unused (a working day and a lunch break)… */
export const SESSION_IDLE_MS = 12 * 60 * 60_000;
/** …and in any case this long after signing in. */
export const SESSION_MAX_MS = 7 * 24 * 60 * 60_000;
/** Last use is written at most this often (it is kept in memory in between). */
const TOUCH_WRITE_MS = 5 * 60_000;

/**
 * Signed-in sessions. The cookie carries a 256-bit random id; only its SHA-256 is kept, in a
 * small file (0600) so sessions survive a server restart: a copy of that file opens nothing.
 * A session ends when it has been idle too long, when it is too old, on logout, and when its
 * account is removed or disabled or its password changed (the account's stamp differs).
 */
const SessionRecordSchema = z.strictObject({
  key: z.string(),
  name: z.string(),
  stamp: z.string(),
  createdAt: z.number(),
  lastSeenAt: z.number(),
  address: z.string(),
});
export type SessionRecord = z.infer<typeof SessionRecordSchema>;
const SessionsFileSchema = z.strictObject({ version: z.literal(1), sessions: z.array(SessionRecordSchema) });

export interface ActiveSession {
  record: SessionRecord;
  account: AccountRecord;
}

export function sessionKey(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}

/** The CSRF token of a session: derived from its key, so it needs no storage and is useless without the cookie. */
export function csrfTokenOf(key: string): string {
  return createHash('sha256').update(`csrf\0${key}`).digest('base64url');
}

export class SessionStore {
  private sessions = new Map<string, SessionRecord>();
  private writing: Promise<void> = Promise.resolve();
  private lastWrite = 0;

  private constructor(
    readonly file: string,
    private readonly accounts: AccountStore,
    private readonly now: () => number,
  ) {}

  /** Sessions kept from the last run, unless `forget` (serve --forget-sessions). */
  static async open(file: string, accounts: AccountStore, options: { forget?: boolean; now?: () => number } = {}): Promise<SessionStore> {
    const store = new SessionStore(file, accounts, options.now ?? Date.now);
    if (options.forget) {
      await store.save();
      return store;
    }
    try {
      const parsed = SessionsFileSchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
      // A damaged file only costs everyone a login: nobody is let in by it.
      if (parsed.success) for (const record of parsed.data.sessions) store.sessions.set(record.key, record);
    } catch {
      // No file yet, or unreadable: no sessions.
    }
    return store;
  }

  async create(account: AccountRecord, address: string): Promise<{ id: string; key: string }> {
    const id = randomBytes(32).toString('base64url');
    const key = sessionKey(id);
    const at = this.now();
    this.sessions.set(key, { key, name: account.name, stamp: account.stamp, createdAt: at, lastSeenAt: at, address });
    await this.save();
    return { id, key };
  }

  /** The live session for a cookie's id, with its account as it is now; null (and forgotten) when it has ended. */
  async resolve(id: string): Promise<ActiveSession | null> {
    const key = sessionKey(id);
    const record = this.sessions.get(key);
    if (!record) return null;
    const at = this.now();
    const account = await this.accounts.find(record.name);
    const ended =
      at - record.lastSeenAt > SESSION_IDLE_MS ||
      at - record.createdAt > SESSION_MAX_MS ||
      account === null ||
      account.disabled ||
      account.stamp !== record.stamp;
    if (ended || account === null) {
      this.sessions.delete(key);
      await this.save();
      return null;
    }
    record.lastSeenAt = at;
    if (at - this.lastWrite > TOUCH_WRITE_MS) await this.save();
    return { record, account };
  }

  /** Ends one session (by key), or with `everywhere` every session of its account. Returns how many ended. */
  async end(key: string, everywhere = false): Promise<number> {
    const record = this.sessions.get(key);
    if (!record) return 0;
    const ending = everywhere ? [...this.sessions.values()].filter((s) => sameName(s.name, record.name)) : [record];
    for (const s of ending) this.sessions.delete(s.key);
    await this.save();
    return ending.length;
  }

  /** Ends every session of an account (removed, disabled, password changed by an administrator). */
  async endAccount(name: string): Promise<number> {
    const ending = [...this.sessions.values()].filter((s) => sameName(s.name, name));
    for (const s of ending) this.sessions.delete(s.key);
    if (ending.length > 0) await this.save();
    return ending.length;
  }

  /** Writes are chained: the file always ends as the last state, never two writers at once. */
  save(): Promise<void> {
    const at = this.now();
    this.lastWrite = at;
    const live = [...this.sessions.values()].filter((s) => at - s.lastSeenAt <= SESSION_IDLE_MS && at - s.createdAt <= SESSION_MAX_MS);
    const text = `${JSON.stringify({ version: 1, sessions: live })}\n`;
    const next = this.writing.then(async () => {
      await fs.mkdir(path.dirname(this.file), { recursive: true });
      await writeFileDurably(this.file, text, 0o600);
    });
    this.writing = next.catch(() => undefined);
    return next;
  }
}
