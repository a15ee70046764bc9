import type { Locale } from '../../../shared/format';
import { RoleSchema } from '../../../shared/people';
import type { AccountView, Role } from '../../../shared/people';
import { ArchiveError } from '../../core/errors';
import { AccountStore, AuditTrail } from '../../core/people';
import { cliIo } from '../io';
import { openLibraryFor } from '../library-option';
import type { LibraryOption } from '../library-option';
import { readPassword } from '../read-password';

export interface UsersOptions extends LibraryOption {
  json?: boolean;
  role?: string;
  displayName?: string;
}

const SAY = {
  zh: {
    password: '密码（至少 10 个字符，不会显示）：',
    again: '再输入一次：',
    added: (a: AccountView) => `已创建账号 ${a.name}（${ROLE_ZH[a.role]}）。`,
    removed: (name: string) => `已删除账号 ${name}；其登录已全部结束。`,
    passwd: (name: string) => `已更改 ${name} 的密码；其原有登录已全部结束。`,
    role: (a: AccountView) => `${a.name} 现在是${ROLE_ZH[a.role]}。`,
    none: '还没有账号。用 bulletin-archive users add 名称 --role admin 创建第一位管理员。',
    header: ['名称', '显示名', '角色', '状态', '上次登录'],
    disabled: '已停用',
    active: '可用',
    never: '从未',
  },
  en: {
    password: 'Password (at least 10 characters, not shown): ',
    again: 'Type it again: ',
    added: (a: AccountView) => `Account ${a.name} created (${a.role}).`,
    removed: (name: string) => `Account ${name} removed; all its sessions have ended.`,
    passwd: (name: string) => `The password of ${name} was changed; its sessions have ended.`,
    role: (a: AccountView) => `${a.name} is now ${a.role === 'admin' ? 'an admin' : `a ${a.role}`}.`,
    none: 'There are no accounts yet. Create the first administrator with: bulletin-archive users add NAME --role admin',
    header: ['Name', 'Display name', 'Role', 'Status', 'Last sign-in'],
    disabled: 'disabled',
    active: 'active',
    never: 'never',
  },
} as const;

const ROLE_ZH: Record<Role, string> = { reader: '读者', cataloguer: '编目员', admin: '管理员' };

/**
 * `users add|list|remove|passwd|role`: the reading room's accounts, kept in the library folder
 * (core/people/accounts.ts). Works while the server runs (it reads the file again when it
 * changes). Passwords are read without echo, or from standard input in scripts; never from the
 * command line, where they would stay in the shell's history and the process list.
 */
async function withAccounts<T>(options: LibraryOption, work: (accounts: AccountStore, audit: AuditTrail) => Promise<T>): Promise<T> {
  const library = await openLibraryFor(options, 'read');
  try {
    return await work(new AccountStore(library.dir), new AuditTrail(library.dir));
  } finally {
    await library.close();
  }
}

/** The command line's changes are in the audit trail too, as made at the workstation. */
function recordChange(audit: AuditTrail, what: string): Promise<void> {
  return audit.record({ who: '(desktop)', action: 'account-change', what, address: 'local', method: 'cli users' });
}

function parseRole(given: string | undefined): Role {
  const parsed = RoleSchema.safeParse(given);
  if (!parsed.success) throw ArchiveError.of('bad-input', { code: 'bad-role', given: String(given) });
  return parsed.data;
}

export async function usersAddCommand(name: string, options: UsersOptions, locale: Locale): Promise<number> {
  const io = cliIo();
  const role = parseRole(options.role);
  const say = SAY[locale];
  return withAccounts(options, async (accounts, audit) => {
    // A name already taken is said before the password is asked for.
    if (await accounts.find(name)) throw ArchiveError.of('duplicate', { code: 'account-exists', name });
    const password = await readPassword(io, [say.password, say.again]);
    const view = await accounts.add({ name, role, password, ...(options.displayName !== undefined && { displayName: options.displayName }) });
    await recordChange(audit, `${view.name}; role ${view.role}`);
    io.stdout.write(options.json ? `${JSON.stringify(view, null, 2)}\n` : `${say.added(view)}\n`);
    return 0;
  });
}

export async function usersListCommand(options: UsersOptions, locale: Locale): Promise<number> {
  const io = cliIo();
  const say = SAY[locale];
  return withAccounts(options, async (accounts) => {
    const list = await accounts.list();
    if (options.json) {
      io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
      return 0;
    }
    if (list.length === 0) {
      io.stdout.write(`${say.none}\n`);
      return 0;
    }
    const rows = list.map((a) => [a.name, a.displayName, locale === 'zh' ? ROLE_ZH[a.role] : a.role, a.disabled ? say.disabled : say.active, a.lastLoginAt?.slice(0, 16).replace('T', ' ') ?? say.never]);
    io.stdout.write(`${[say.header.join('\t'), ...rows.map((r) => r.join('\t'))].join('\n')}\n`);
    return 0;
  });
}

export async function usersRemoveCommand(name: string, options: UsersOptions, locale: Locale): Promise<number> {
  return withAccounts(options, async (accounts, audit) => {
    const removed = await accounts.remove(name);
    await recordChange(audit, `${removed}; removed`);
    cliIo().stdout.write(`${SAY[locale].removed(removed)}\n`);
    return 0;
  });
}

export async function usersPasswdCommand(name: string, options: UsersOptions, locale: Locale): Promise<number> {
  const io = cliIo();
  const say = SAY[locale];
  return withAccounts(options, async (accounts, audit) => {
    if (!(await accounts.find(name))) throw ArchiveError.of('not-found', { code: 'no-such-account', name });
    const password = await readPassword(io, [say.password, say.again]);
    // The account's stamp changes with the password: its sessions end, on the running server too.
    const view = await accounts.update(name, { password });
    await recordChange(audit, `${view.name}; password changed`);
    io.stdout.write(`${say.passwd(view.name)}\n`);
    return 0;
  });
}

export async function usersRoleCommand(name: string, role: string, options: UsersOptions, locale: Locale): Promise<number> {
  const parsed = parseRole(role);
  return withAccounts(options, async (accounts, audit) => {
    const view = await accounts.update(name, { role: parsed });
    await recordChange(audit, `${view.name}; role ${view.role}`);
    cliIo().stdout.write(`${SAY[locale].role(view)}\n`);
    return 0;
  });
}

export async function usersDisableCommand(name: string, disabled: boolean, options: UsersOptions): Promise<number> {
  return withAccounts(options, async (accounts, audit) => {
    const view = await accounts.update(name, { disabled });
    await recordChange(audit, `${view.name}; ${disabled ? 'disabled' : 'enabled'}`);
    cliIo().stdout.write(`${view.name}: ${disabled ? 'disabled / 已停用' : 'enabled / 已启用'}\n`);
    return 0;
  });
}
