import { describe, expect, it } from 'vitest';
import { EARLY_EXIT_MS, electronBlocker, fallbackAfterExit, splitStartArgs } from '../../../scripts/start-mode.mjs';

const desktop = { electronPath: '/opt/electron/electron', missingReason: null, platform: 'linux', env: { DISPLAY: ':0' }, uid: 1000, args: [] };

describe('npm start: desktop app or browser mode', () => {
  it('starts Electron where it is installed and a display is there', () => {
    expect(electronBlocker(desktop)).toBeNull();
    expect(electronBlocker({ ...desktop, env: { WAYLAND_DISPLAY: 'wayland-0' } })).toBeNull();
    expect(electronBlocker({ ...desktop, platform: 'win32', env: {} })).toBeNull();
  });

  it('says why it starts browser mode instead: no runtime, no display, root without --no-sandbox', () => {
    expect(electronBlocker({ ...desktop, electronPath: null, missingReason: "Electron's runtime is not installed on this machine" })).toMatch(/not installed/);
    expect(electronBlocker({ ...desktop, env: {} })).toMatch(/no display.*DISPLAY.*WAYLAND_DISPLAY/);
    expect(electronBlocker({ ...desktop, uid: 0 })).toMatch(/root.*--no-sandbox/);
    expect(electronBlocker({ ...desktop, uid: 0, args: ['--no-sandbox'] })).toBeNull();
  });

  it('falls back when Electron stops at once with an error, naming a refused sandbox', () => {
    const early = { code: 1, signal: null, uptimeMs: EARLY_EXIT_MS - 1, stderr: '' };
    expect(fallbackAfterExit(early)).toMatch(/stopped at once \(exit code 1\)/);
    expect(fallbackAfterExit({ ...early, code: null, signal: 'SIGTRAP' })).toMatch(/signal SIGTRAP/);
    const sandbox = '[1234:FATAL:setuid_sandbox_host.cc] The SUID sandbox helper binary was found, but is not configured correctly.';
    expect(fallbackAfterExit({ ...early, stderr: sandbox })).toMatch(/sandbox was refused/);
  });

  it('does not fall back when the person quit, stopped it, or it ran a while', () => {
    expect(fallbackAfterExit({ code: 0, signal: null, uptimeMs: 10, stderr: '' })).toBeNull();
    expect(fallbackAfterExit({ code: null, signal: 'SIGINT', uptimeMs: 10, stderr: '' })).toBeNull();
    expect(fallbackAfterExit({ code: 1, signal: null, uptimeMs: EARLY_EXIT_MS, stderr: '' })).toBeNull();
  });

  it('gives --no-sandbox to Electron and the rest to browser mode', () => {
    expect(splitStartArgs(['--port', '8080', '--no-sandbox'])).toEqual({ electron: ['--no-sandbox'], browser: ['--port', '8080'] });
  });
});
