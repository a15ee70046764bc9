import { statSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_ROLES } from '../../../shared/contract';
import { AccountStore, AuditTrail } from '../../../electron/core/people';
import type { Library } from '../../../electron/core/library';
import type { RunningServer } from '../../../electron/server';
import { client, PASSWORD, roomLibrary, startRoom } from './room-helpers';

let library: Library;
let issueId = '';
let rendererDir = '';
let cleanup: () => Promise<void>;
let server: RunningServer;
let room: ReturnType<typeof client>;

beforeAll(async () => {
  ({ library, issueId, rendererDir, cleanup } = await roomLibrary());
  const accounts = new AccountStore(library.dir);
  await accounts.add({ name: 'chief', role: 'admin', password: PASSWORD });
  await accounts.add({ name: 'li', role: 'reader', password: PASSWORD, displayName: '李明' });
  await accounts.add({ name: 'wang', role: 'cataloguer', password: PASSWORD });
  server = await startRoom(library, rendererDir);
  room = client(server);
}, 60_000);

afterAll(async () => {
  await server.close();
  await cleanup();
});

describe('the reading room: signing in', () => {
  it('sends a page without a session to the sign-in page, which works without script under its CSP', async () => {
    const home = await room.send('/');
    expect(home.status).toBe(303);
    expect(home.headers['location']).toBe('/login');
    const page = await room.send('/login');
    expect(page.status).toBe(200);
    expect(page.body).toContain('账号名称');
    expect(page.body).toContain('Account name');
    expect(page.body).not.toContain('<script');
    expect(page.headers['content-security-policy']).toContain("form-action 'self'");
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('signs a reader in with an HttpOnly, SameSite=Strict cookie, and answers as that account', async () => {
    const reply = await room.login('li');
    expect(reply.status).toBe(200);
    const cookie = reply.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
    const li = await room.signIn('li');
    const who = JSON.parse((await room.api('session.whoami', {}, li)).body);
    expect(who).toMatchObject({ ok: true, data: { account: { name: 'li', displayName: '李明' }, role: 'reader', readingRoom: true } });
    const list = JSON.parse((await room.api('issues.list', {}, li)).body);
    expect(list).toMatchObject({ ok: true, data: [{ id: issueId }] });
    // The page is given the session's request token, as browser mode gives its key.
    const page = await room.send('/', { headers: { cookie: li.cookie } });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`content="${li.csrf}"`);
  });

  it('signs a form in and sends the browser to the archive; a wrong password stays on the page, said in both languages', async () => {
    const form = (password: string) =>
      room.send('/login', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: room.origin }, body: new URLSearchParams({ name: 'wang', password }).toString() });
    const ok = await form(PASSWORD);
    expect(ok.status).toBe(303);
    expect(ok.headers['location']).toBe('/');
    const wrong = await form('not the password');
    expect(wrong.status).toBe(401);
    expect(wrong.body).toContain('账号名称或密码不对');
    expect(wrong.body).toContain('The account name or password is wrong');
  });
});

describe('the reading room: refusals', () => {
  it('answers 401 to every method of the contract without a session', async () => {
    const methods = Object.keys(METHOD_ROLES);
    expect(methods.length).toBeGreaterThan(50);
    for (const method of methods) {
      const reply = await room.api(method, {}, null);
      expect(reply.status, method).toBe(401);
    }
  });

  it('refuses a reader a cataloguer method with 403 and lets a cataloguer make it', async () => {
    const li = await room.signIn('li');
    const patch = { issueId, patch: { remarks: '读者不能改' } };
    const refused = await room.api('issues.update', patch, li);
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const admin = await room.api('accounts.list', {}, li);
    expect(admin.status).toBe(403);
    const wang = await room.signIn('wang');
    const edited = await room.api('issues.update', { issueId, patch: { remarks: '编目员改过' } }, wang);
    expect(edited.status).toBe(200);
    expect(JSON.parse(edited.body)).toMatchObject({ ok: true, data: { remarks: '编目员改过' } });
  });

  it('refuses an upload from a reader, and a package upload from a cataloguer', async () => {
    const upload = (who: { cookie: string; csrf: string }, query = '') =>
      room.send(`/api/upload${query}`, { method: 'POST', body: Buffer.from('x'), headers: { 'content-type': 'application/octet-stream', origin: room.origin, cookie: who.cookie, 'x-archive-token': who.csrf } });
    expect((await upload(await room.signIn('li'))).status).toBe(403);
    const wang = await room.signIn('wang');
    expect((await upload(wang, '?for=package')).status).toBe(403);
    expect((await upload(wang)).status).toBe(200);
  });

  it('refuses a call without the CSRF token, from another origin, or to another Host', async () => {
    const li = await room.signIn('li');
    const noToken = await room.api('issues.list', {}, { cookie: li.cookie, csrf: '' }, { 'x-archive-token': '' });
    expect(noToken.status).toBe(403);
    expect(JSON.parse(noToken.body)).toMatchObject({ error: { code: 'bad-token' } });
    const otherSession = await room.signIn('wang');
    expect((await room.api('issues.list', {}, { cookie: li.cookie, csrf: otherSession.csrf })).status).toBe(403);
    expect((await room.api('issues.list', {}, li, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await room.api('issues.list', {}, li, { host: 'evil.example' })).status).toBe(421);
    expect((await room.login('li', PASSWORD, { origin: 'https://evil.example' })).status).toBe(403);
  });

  it('keeps the library to the built interface: no listing, no path outside it, originals only through the API', async () => {
    const li = await room.signIn('li');
    expect((await room.send('/files/', { headers: { cookie: li.cookie } })).status).toBe(404);
    expect((await room.send('/../catalog.json', { headers: { cookie: li.cookie } })).status).toBe(404);
    expect((await room.send('/%2e%2e/accounts.json', { headers: { cookie: li.cookie } })).status).toBe(404);
  });
});

describe('the reading room: sessions, accounts and the audit trail', () => {
  it('keeps no password and no fast hash in the accounts file, readable by its owner only', () => {
    const file = join(library.dir, 'accounts.json');
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(PASSWORD);
    const stored = JSON.parse(text) as { accounts: { password: { algorithm: string; N: number; r: number; p: number; salt: string; hash: string } }[] };
    for (const { password } of stored.accounts) {
      expect(password.algorithm).toBe('scrypt');
      expect(password.N).toBeGreaterThanOrEqual(2 ** 15);
      expect(password.r).toBe(8);
      expect(password.p).toBe(1);
      expect(Buffer.from(password.salt, 'base64').length).toBeGreaterThanOrEqual(16);
    }
    // Every account has its own salt: the same password gives different hashes.
    expect(new Set(stored.accounts.map((a) => a.password.hash)).size).toBe(stored.accounts.length);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o077).toBe(0);
  });

  it('ends a session on logout, and every session of the account with everywhere', async () => {
    const first = await room.signIn('li');
    const second = await room.signIn('li');
    const out = await room.api('session.logout', {}, first);
    expect(JSON.parse(out.body)).toMatchObject({ ok: true, data: { loggedOut: 1 } });
    expect(out.headers['set-cookie']?.[0]).toMatch(/Max-Age=0/);
    expect((await room.api('issues.list', {}, first)).status).toBe(401);
    expect((await room.api('issues.list', {}, second)).status).toBe(200);
    const third = await room.signIn('li');
    const everywhere = JSON.parse((await room.api('session.logout', { everywhere: true }, third)).body);
    expect(everywhere.data.loggedOut).toBeGreaterThanOrEqual(2);
    expect((await room.api('issues.list', {}, second)).status).toBe(401);
  });

  it('keeps a session across a restart, but not once the password changed or the account was disabled', async () => {
    const li = await room.signIn('li');
    const wang = await room.signIn('wang');
    const port = new URL(server.url).port;
    await server.close();
    server = await startRoom(library, rendererDir, Number(port));
    room = client(server);
    expect((await room.api('issues.list', {}, li)).status).toBe(200);
    expect((await room.api('issues.list', {}, wang)).status).toBe(200);

    const accounts = new AccountStore(library.dir);
    await accounts.update('li', { password: 'a new password 2' });
    await accounts.update('wang', { disabled: true });
    expect((await room.api('issues.list', {}, li)).status).toBe(401);
    expect((await room.api('issues.list', {}, wang)).status).toBe(401);
    expect((await room.login('wang')).status).toBe(401);
    expect((await room.login('li', 'a new password 2')).status).toBe(200);
    await accounts.update('wang', { disabled: false });
    await accounts.update('li', { password: PASSWORD });
  }, 60_000);

  it('forgets every session when started with forgetSessions', async () => {
    const li = await room.signIn('li');
    const port = Number(new URL(server.url).port);
    await server.close();
    server = await startRoom(library, rendererDir, port, true);
    room = client(server);
    expect((await room.api('issues.list', {}, li)).status).toBe(401);
  });

  it('records logins, failed logins, an import and an edit, with who and from where', async () => {
    const wang = await room.signIn('wang');
    await room.login('nobody', 'wrong password!');
    expect(JSON.parse((await room.api('import.sample', {}, wang)).body)).toMatchObject({ ok: true });
    await room.api('issues.update', { issueId, patch: { remarks: '审计' } }, wang);
    const entries = await new AuditTrail(library.dir).all();
    const seen = (action: string, who: string) => entries.some((e) => e.action === action && e.who === who && e.address === '127.0.0.1');
    expect(seen('login', 'wang')).toBe(true);
    expect(seen('login-failed', 'nobody')).toBe(true);
    expect(seen('import', 'wang')).toBe(true);
    expect(entries.some((e) => e.action === 'catalogue-change' && e.who === 'wang' && e.what.includes(issueId))).toBe(true);
    expect(JSON.stringify(entries)).not.toContain(PASSWORD);

    const chief = await room.signIn('chief');
    const listed = JSON.parse((await room.api('audit.list', { action: 'login-failed' }, chief)).body);
    expect(listed.data.entries.every((e: { action: string }) => e.action === 'login-failed')).toBe(true);
    const exported = JSON.parse((await room.api('audit.export', { format: 'csv', who: 'wang' }, chief)).body);
    const csv = Buffer.from(exported.data.dataBase64, 'base64').toString('utf8');
    expect(csv.startsWith('\uFEFFat,who,action,what,address,method')).toBe(true);
    expect(csv).toContain('catalogue-change');
    expect(csv).not.toContain('nobody');
  }, 60_000);

  it('slows down guessing: after five failures even the right password must wait, and says so', async () => {
    for (let i = 0; i < 5; i++) expect((await room.login('chief', `guess number ${i}`)).status).toBe(401);
    const throttled = await room.login('chief', PASSWORD);
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    const page = await room.send('/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: room.origin },
      body: 'name=chief&password=whatever12',
    });
    expect(page.status).toBe(429);
    expect(page.body).toContain('失败次数过多');
    expect(page.body).toContain('Too many failed attempts');
  }, 60_000);
});
