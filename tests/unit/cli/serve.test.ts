import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/main';
import { browserOpener } from '../../../electron/cli/open-browser';
import { collector } from '../../helpers/cli';
import { tempDir } from '../../helpers/temp-library';

/** A built interface of one page, so the test needs no build. */
function rendererDir(): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html><head><title>内刊档案</title></head><body></body></html>');
  mkdirSync(path.join(dir, 'assets'));
  return dir;
}

describe('bulletin-archive serve', () => {
  it('prints an address that lets a browser in, answers the API, and stops on Ctrl+C', async () => {
    const stdout = collector();
    const stderr = collector();
    let interrupt: () => void = () => undefined;
    let said = '';
    const printed = new Promise<string>((resolve) => {
      stdout.write = (chunk: string | Uint8Array) => {
        said += String(chunk);
        const match = /running at (\S+)/.exec(said);
        if (match?.[1]) resolve(match[1]);
        return true;
      };
    });
    const library = path.join(tempDir(), 'library');
    const running = main(['serve', '--port', '0', '--no-open', '--library', library, '--renderer', rendererDir()], {
      stdout,
      stderr,
      env: { ...process.env, LANG: 'en_US.UTF-8', DISPLAY: ':0' },
      onInterrupt: (listener) => {
        interrupt = listener;
        return () => undefined;
      },
    });
    const address = await Promise.race([printed, running.then((code) => `exited ${code}: ${stderr.bytes().toString()}`)]);
    const launch = new URL(address);
    expect(launch.hostname).toBe('127.0.0.1');
    // --no-open: a display is there, but no browser was started; the console says what to do.
    expect(said).toMatch(/Paste the address into any browser/);
    expect(said).toMatch(/cookie/);

    // The address as a browser opens it: the key becomes a cookie, the page comes with the API token.
    const exchanged = await fetch(launch, { redirect: 'manual' });
    expect(exchanged.status).toBe(303);
    const cookie = exchanged.headers.get('set-cookie')!.split(';')[0]!;
    const page = await (await fetch(new URL('/', launch), { headers: { cookie } })).text();
    const token = /name="archive-token" content="([^"]+)"/.exec(page)?.[1];
    expect(token).toBe(launch.searchParams.get('token'));
    expect((await fetch(new URL('/', launch))).status).toBe(401);
    const listed = await fetch(new URL('/api/issues.list', launch), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-archive-token': token!, origin: launch.origin },
      body: '{}',
    });
    expect(await listed.json()).toEqual({ ok: true, data: [] });

    interrupt();
    expect(await running).toBe(0);
    await expect(fetch(new URL('/', launch))).rejects.toThrow();
  });

  it('refuses a port that is not one, before starting anything', async () => {
    const stderr = collector();
    const code = await main(['serve', '--port', 'eighty', '--no-open'], { stderr, stdout: collector(), env: { ...process.env, LANG: 'en_US.UTF-8' } });
    expect(code).toBe(1);
    expect(stderr.bytes().toString()).toMatch(/--port must be a number/);
  });
});

describe('opening the default browser', () => {
  const url = 'http://127.0.0.1:8377/?token=abc';
  it('uses the system opener of each platform', () => {
    expect(browserOpener('win32', {}, url)).toEqual({ command: 'rundll32', args: ['url.dll,FileProtocolHandler', url] });
    expect(browserOpener('darwin', {}, url)).toEqual({ command: 'open', args: [url] });
    expect(browserOpener('linux', { DISPLAY: ':0' }, url)).toEqual({ command: 'xdg-open', args: [url] });
    expect(browserOpener('linux', { WAYLAND_DISPLAY: 'wayland-0' }, url)?.command).toBe('xdg-open');
  });

  it('opens nothing on a Linux session without a display (a text browser would take over the terminal)', () => {
    expect(browserOpener('linux', {}, url)).toBeNull();
  });
});
