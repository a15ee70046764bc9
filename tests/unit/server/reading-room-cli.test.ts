import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { TLSSocket } from 'node:tls';
import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/main';
import { openLibrary } from '../../../electron/core/library';
import { collector } from '../../helpers/cli';
import { tempDir } from '../../helpers/temp-library';

const ENV = { ...process.env, LANG: 'en_US.UTF-8' };

/** `bulletin-archive ARGS` in-process, with `typed` on standard input (a pipe: no terminal). */
async function run(args: string[], typed = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = collector();
  const stderr = collector();
  const code = await main(args, { stdout, stderr, env: ENV, stdin: Readable.from([typed]), onInterrupt: () => () => undefined });
  return { code, stdout: stdout.bytes().toString('utf8'), stderr: stderr.bytes().toString('utf8') };
}

/** A built interface of one page, so the test needs no build. */
function builtInterface(): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  return dir;
}

async function newLibrary(): Promise<string> {
  const dir = path.join(tempDir(), 'library');
  const library = await openLibrary(dir, { create: true });
  await library.close();
  return dir;
}

describe('bulletin-archive users', () => {
  it('adds accounts with the password from standard input, lists them without any password, changes roles and removes', async () => {
    const library = await newLibrary();
    const added = await run(['users', 'add', 'chief', '--role', 'admin', '--library', library], 'a long password\n');
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/Account chief created \(admin\)/);
    expect((await run(['users', 'add', 'li', '--role', 'reader', '--display-name', '李明', '--library', library], 'another password\n')).code).toBe(0);
    const listed = await run(['users', 'list', '--json', '--library', library]);
    expect(JSON.parse(listed.stdout)).toMatchObject([{ name: 'chief', role: 'admin' }, { name: 'li', displayName: '李明', role: 'reader', disabled: false }]);
    expect(listed.stdout).not.toMatch(/password|hash|salt/);
    expect(readFileSync(path.join(library, 'accounts.json'), 'utf8')).not.toContain('a long password');

    expect((await run(['users', 'role', 'li', 'cataloguer', '--library', library])).stdout).toMatch(/li is now a cataloguer/);
    expect((await run(['users', 'passwd', 'li', '--library', library], 'changed password\n')).code).toBe(0);
    expect((await run(['users', 'remove', 'li', '--library', library])).code).toBe(0);
    expect(JSON.parse((await run(['users', 'list', '--json', '--library', library])).stdout)).toHaveLength(1);
    // The command line's changes are in the audit trail, as made at the workstation.
    const audit = readFileSync(path.join(library, 'audit.jsonl'), 'utf8');
    expect(audit).toMatch(/"who":"\(desktop\)","action":"account-change","what":"li; removed"/);
  }, 60_000);

  it('refuses a taken name, a short password, an unknown role and removing the last administrator, changing nothing', async () => {
    const library = await newLibrary();
    await run(['users', 'add', 'chief', '--role', 'admin', '--library', library], 'a long password\n');
    const before = readFileSync(path.join(library, 'accounts.json'), 'utf8');
    const taken = await run(['users', 'add', 'Chief', '--role', 'reader', '--library', library], 'a long password\n');
    expect(taken.code).toBe(1);
    expect(taken.stderr).toMatch(/already an account named "Chief"/);
    const short = await run(['users', 'add', 'li', '--role', 'reader', '--library', library], 'short\n');
    expect(short.stderr).toMatch(/at least 10 characters/);
    const none = await run(['users', 'add', 'li', '--role', 'reader', '--library', library], '');
    expect(none.stderr).toMatch(/No password was given/);
    expect((await run(['users', 'add', 'li', '--role', 'boss', '--library', library], 'a long password\n')).stderr).toMatch(/"boss" is not a role/);
    expect((await run(['users', 'remove', 'chief', '--library', library])).stderr).toMatch(/last administrator/);
    expect((await run(['users', 'role', 'chief', 'reader', '--library', library])).stderr).toMatch(/last administrator/);
    expect(readFileSync(path.join(library, 'accounts.json'), 'utf8')).toBe(before);
  }, 60_000);
});

describe('bulletin-archive serve --lan', () => {
  it('refuses, before listening: no --host, an address not of this computer, plain HTTP off loopback, no administrator', async () => {
    const library = await newLibrary();
    const renderer = builtInterface();
    const serve = (...args: string[]) => run(['serve', ...args, '--no-open', '--library', library, '--renderer', renderer]);
    expect((await serve('--lan')).stderr).toMatch(/at least one --host ADDRESS/);
    expect((await serve('--lan', '--host', '192.0.2.77')).stderr).toMatch(/192\.0\.2\.77 is not an address of this computer/);
    expect((await serve('--lan', '--host', '0.0.0.0', '--http')).stderr).toMatch(/Plain HTTP is only allowed on this computer/);
    expect((await serve('--lan', '--host', '127.0.0.1', '--cert', 'x.pem')).stderr).toMatch(/--cert and --key go together/);
    expect((await serve('--lan', '--host', '127.0.0.1')).stderr).toMatch(/no accounts yet/);
    // Nothing was made: no certificate before the refusals are past.
    expect(existsSync(path.join(library, 'reading-room'))).toBe(false);
  }, 60_000);

  it('serves HTTPS with a certificate made on first start, prints its fingerprint, keeps the key to its owner, and signs in', async () => {
    const library = await newLibrary();
    await run(['users', 'add', 'chief', '--role', 'admin', '--library', library], 'a long password\n');
    const renderer = builtInterface();
    const stdout = collector();
    let said = '';
    let interrupt: () => void = () => undefined;
    const printed = new Promise<void>((resolve) => {
      stdout.write = (chunk: string | Uint8Array) => {
        said += String(chunk);
        if (/Ctrl\+C/.test(said)) resolve();
        return true;
      };
    });
    const stderr = collector();
    const running = main(['serve', '--lan', '--host', '127.0.0.1', '--port', '0', '--library', library, '--renderer', renderer], {
      stdout,
      stderr,
      env: ENV,
      onInterrupt: (listener) => {
        interrupt = listener;
        return () => undefined;
      },
    });
    await Promise.race([printed, running.then((code) => Promise.reject(new Error(`exited ${code}: ${stderr.bytes().toString()}`)))]);
    const url = new URL(/running at (\S+)/.exec(said)?.[1] ?? '');
    expect(url.protocol).toBe('https:');
    const fingerprint = /([0-9A-F]{2}(?::[0-9A-F]{2}){31})/.exec(said)?.[1];
    expect(fingerprint).toBeDefined();
    const folder = path.join(library, 'reading-room');
    const cert = readFileSync(path.join(folder, 'certificate.pem'), 'utf8');
    if (process.platform !== 'win32') expect(statSync(path.join(folder, 'private-key.pem')).mode & 0o077).toBe(0);

    // A colleague's browser that trusts this certificate (checked by fingerprint) signs in over TLS.
    const reply = await new Promise<{ status: number; cookie: string; peer: string }>((resolve, reject) => {
      const req = request(
        { host: url.hostname, port: url.port, path: '/login', method: 'POST', ca: cert, agent: false, headers: { 'content-type': 'application/json', origin: url.origin } },
        (res) => {
          res.resume();
          const peer = (res.socket as TLSSocket).getPeerX509Certificate()?.fingerprint256 ?? '';
          res.on('end', () => resolve({ status: res.statusCode ?? 0, cookie: res.headers['set-cookie']?.[0] ?? '', peer }));
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify({ name: 'chief', password: 'a long password' }));
    });
    expect(reply.status).toBe(200);
    expect(reply.peer).toBe(fingerprint);
    expect(reply.cookie).toMatch(/^__Host-archive-room-\d+=/);
    expect(reply.cookie).toMatch(/; Secure/);
    interrupt();
    expect(await running).toBe(0);
  }, 90_000);
});
