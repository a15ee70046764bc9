import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AccountNameSchema, PasswordSchema, RoleSchema } from '../../../shared/people';
import type { AccountView, Role } from '../../../shared/people';
import { ArchiveError } from '../errors';
import { writeFileDurably } from '../library/durable-file';
import { withLibraryLock } from '../library/lock';
import { ACCOUNTS_FILE } from '../library/layout';
import { hashPassword, PasswordHashSchema, verifyAgainstNothing, verifyPassword } from './password';

/**
 * The reading room's accounts, in the library folder beside what they give access to
 * (`accounts.json`): the archive and who may open it move together, and the command line and the
 * running server see the same file. It holds scrypt hashes only (password.ts), written durably
 * and readable by its owner only (0600 where the OS has modes). Changes are made under the
 * library lock on the file as it is on disk, so `users add` while the server runs is not lost;
 * the server notices the file changed (mtime) and reads it again.
 */
const AccountRecordSchema = z.strictObject({
  name: AccountNameSchema,
  displayName: z.string(),
  role: RoleSchema,
  disabled: z.boolean(),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
  password: PasswordHashSchema,
  /** Changes when the password changes or the account is disabled: sessions made before end. */
  stamp: z.string(),
});
export type AccountRecord = z.infer<typeof AccountRecordSchema>;

const AccountsFileSchema = z.strictObject({ version: z.literal(1), accounts: z.array(AccountRecordSchema) });
type AccountsFile = z.infer<typeof AccountsFileSchema>;

export const MIN_PASSWORD_LENGTH = 10;

export interface NewAccount {
  name: string;
  displayName?: string;
  role: Role;
  password: string;
}

export interface AccountPatch {
  displayName?: string;
  role?: Role;
  disabled?: boolean;
  password?: string;
}

export function accountView(record: AccountRecord): AccountView {
  const { name, displayName, role, disabled, createdAt, lastLoginAt } = record;
  return { name, displayName, role, disabled, createdAt, lastLoginAt };
}

/** Names are matched as people type them: case and Unicode form do not make another account. */
export function sameName(a: string, b: string): boolean {
  return a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();
}

export class AccountStore {
  private cached: { mtimeMs: number; size: number; data: AccountsFile } | null = null;

  constructor(readonly libraryDir: string) {}

  get file(): string {
    return path.join(this.libraryDir, ACCOUNTS_FILE);
  }

  async list(): Promise<AccountView[]> {
    return (await this.read()).accounts.map(accountView);
  }

  async find(name: string): Promise<AccountRecord | null> {
    return (await this.read()).accounts.find((a) => sameName(a.name, name)) ?? null;
  }

  async hasAdmin(): Promise<boolean> {
    return (await this.read()).accounts.some((a) => a.role === 'admin' && !a.disabled);
  }

  /** The account if the name and password match an enabled account; the same time spent otherwise. */
  async authenticate(name: string, password: string): Promise<AccountRecord | null> {
    const account = await this.find(name);
    if (account === null) return verifyAgainstNothing(password).then(() => null);
    const matches = await verifyPassword(password, account.password);
    return matches && !account.disabled ? account : null;
  }

  async add(given: NewAccount): Promise<AccountView> {
    const name = checkName(given.name);
    checkPassword(given.password);
    const password = await hashPassword(given.password);
    return this.change((data) => {
      if (data.accounts.some((a) => sameName(a.name, name))) throw ArchiveError.of('duplicate', { code: 'account-exists', name });
      const record: AccountRecord = {
        name,
        displayName: given.displayName?.trim() || name,
        role: given.role,
        disabled: false,
        createdAt: new Date().toISOString(),
        lastLoginAt: null,
        password,
        stamp: newStamp(),
      };
      data.accounts.push(record);
      return accountView(record);
    });
  }

  async update(name: string, patch: AccountPatch): Promise<AccountView> {
    if (patch.password !== undefined) checkPassword(patch.password);
    const password = patch.password === undefined ? undefined : await hashPassword(patch.password);
    return this.change((data) => {
      const record = data.accounts.find((a) => sameName(a.name, name));
      if (!record) throw ArchiveError.of('not-found', { code: 'no-such-account', name });
      const losesAdmin = record.role === 'admin' && ((patch.role !== undefined && patch.role !== 'admin') || patch.disabled === true);
      if (losesAdmin && !otherAdmin(data, record)) throw ArchiveError.of('forbidden', { code: 'last-admin', name: record.name });
      if (patch.displayName !== undefined) record.displayName = patch.displayName.trim() || record.name;
      if (patch.role !== undefined) record.role = patch.role;
      if (patch.disabled !== undefined && patch.disabled !== record.disabled) {
        record.disabled = patch.disabled;
        record.stamp = newStamp();
      }
      if (password !== undefined) {
        record.password = password;
        record.stamp = newStamp();
      }
      return accountView(record);
    });
  }

  async remove(name: string): Promise<string> {
    return this.change((data) => {
      const index = data.accounts.findIndex((a) => sameName(a.name, name));
      const record = data.accounts[index];
      if (!record) throw ArchiveError.of('not-found', { code: 'no-such-account', name });
      if (record.role === 'admin' && !record.disabled && !otherAdmin(data, record)) {
        throw ArchiveError.of('forbidden', { code: 'last-admin', name: record.name });
      }
      data.accounts.splice(index, 1);
      return record.name;
    });
  }

  async recordLogin(name: string): Promise<void> {
    await this.change((data) => {
      const record = data.accounts.find((a) => sameName(a.name, name));
      if (record) record.lastLoginAt = new Date().toISOString();
    });
  }

  /** The file as it is on disk now (read again only when it changed). */
  private async read(): Promise<AccountsFile> {
    let stat;
    try {
      stat = await fs.stat(this.file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, accounts: [] };
      throw error;
    }
    if (this.cached && this.cached.mtimeMs === stat.mtimeMs && this.cached.size === stat.size) return this.cached.data;
    const text = await fs.readFile(this.file, 'utf8');
    let data: AccountsFile;
    try {
      data = AccountsFileSchema.parse(JSON.parse(text));
    } catch (error) {
      const detail = error instanceof Error ? error.message.slice(0, 200) : String(error);
      throw ArchiveError.of('library-damaged', { code: 'accounts-file-damaged', file: ACCOUNTS_FILE, detail });
    }
    this.cached = { mtimeMs: stat.mtimeMs, size: stat.size, data };
    return data;
  }

  private async change<T>(edit: (data: AccountsFile) => T): Promise<T> {
    return withLibraryLock(this.libraryDir, async () => {
      this.cached = null;
      // A copy: a change refused half-way leaves the cached file as it was.
      const data = structuredClone(await this.read());
      const result = edit(data);
      await writeFileDurably(this.file, `${JSON.stringify(data, null, 2)}\n`, 0o600);
      this.cached = null;
      return result;
    });
  }
}

function otherAdmin(data: AccountsFile, record: AccountRecord): boolean {
  return data.accounts.some((a) => a !== record && a.role === 'admin' && !a.disabled);
}

function newStamp(): string {
  return randomBytes(12).toString('base64url');
}

function checkName(given: string): string {
  const parsed = AccountNameSchema.safeParse(given);
  if (!parsed.success) throw ArchiveError.of('bad-input', { code: 'bad-account-name', given });
  return parsed.data.normalize('NFC');
}

function checkPassword(password: string): void {
  if (!PasswordSchema.safeParse(password).success) {
    throw ArchiveError.of('bad-input', { code: 'password-too-short', min: MIN_PASSWORD_LENGTH });
  }
}
