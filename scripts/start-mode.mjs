/**
 * What `npm start` decides, as pure functions (tested in tests/unit/app/start-mode.test.ts):
 * whether Electron can start on this machine, and whether an Electron that stopped should be
 * followed by browser mode. Electron installed is not Electron usable: a Linux session with no
 * display, root without --no-sandbox, or a sandbox the system refuses all end the app at once.
 */

/** An Electron that stops sooner than this after launch never showed a usable window. */
export const EARLY_EXIT_MS = 5000;

const SANDBOX_FAILURE = /SUID sandbox helper|No usable sandbox|namespace.*(denied|not permitted)|setuid sandbox|zygote.*(sandbox|failed)/i;

/**
 * Null when Electron may start; otherwise why not, in one sentence a person understands.
 * @param {{ electronPath: string | null, missingReason: string | null, platform: string, env: Record<string, string | undefined>, uid: number | null, args: readonly string[] }} facts
 */
export function electronBlocker(facts) {
  if (!facts.electronPath) return facts.missingReason ?? "Electron's runtime is not installed on this machine";
  if (facts.platform === 'linux' && !facts.env.DISPLAY && !facts.env.WAYLAND_DISPLAY) {
    return 'There is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so the desktop window cannot open';
  }
  if (facts.platform === 'linux' && facts.uid === 0 && !facts.args.includes('--no-sandbox')) {
    return 'Running as root: Electron refuses to start as root without --no-sandbox (run npm start as your own user)';
  }
  return null;
}

/**
 * After Electron exited: null when that was the end (the person quit, or it ran and then failed),
 * otherwise why it is taken for a failure to start, and browser mode follows.
 * @param {{ code: number | null, signal: string | null, uptimeMs: number, stderr: string }} exit
 */
export function fallbackAfterExit(exit) {
  if (exit.code === 0) return null;
  if (exit.signal === 'SIGINT' || exit.signal === 'SIGTERM') return null;
  if (exit.uptimeMs >= EARLY_EXIT_MS) return null;
  const how = exit.signal ? `signal ${exit.signal}` : `exit code ${exit.code}`;
  if (SANDBOX_FAILURE.test(exit.stderr)) {
    return `Electron's sandbox was refused by this system (${how}); on Ubuntu 24.04 and later AppArmor restricts it: see the README, "Linux: if the app does not start"`;
  }
  return `Electron stopped at once (${how}), before its window could open`;
}

/** Electron's arguments and browser mode's from npm start's own: --no-sandbox goes to Electron only. */
export function splitStartArgs(args) {
  const electron = args.includes('--no-sandbox') ? ['--no-sandbox'] : [];
  return { electron, browser: args.filter((a) => a !== '--no-sandbox') };
}
