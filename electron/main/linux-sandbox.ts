import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** What the check reads of the machine; a stand-in in tests. */
export interface SandboxProbe {
  platform: NodeJS.Platform;
  /** Folder of the running executable (where electron-builder puts chrome-sandbox). */
  exeDir: string;
  /** Set when running from an AppImage (its mount cannot hold a setuid helper). */
  appImage: string | undefined;
  readText(file: string): string | null;
  stat(file: string): { uid: number; mode: number } | null;
}

export interface SandboxProblem {
  /** What is wrong, for the log and the error box. */
  reason: string;
  /** What to do about it, in the person's words. */
  advice: string;
}

/**
 * Chromium's sandbox on Linux needs either unprivileged user namespaces or a setuid-root
 * `chrome-sandbox` helper beside the executable. Ubuntu 24.04+ (AppArmor) and some hardened
 * kernels refuse the first; an AppImage cannot provide the second; then Electron aborts at launch
 * with a FATAL line no office worker can act on. This names the cause and the fix instead.
 * null when the sandbox can start (or on other systems).
 */
export function diagnoseLinuxSandbox(probe: SandboxProbe): SandboxProblem | null {
  if (probe.platform !== 'linux') return null;
  const helper = probe.stat(path.join(probe.exeDir, 'chrome-sandbox'));
  const setuidHelper = helper !== null && helper.uid === 0 && (helper.mode & 0o4000) !== 0;
  if (setuidHelper && !probe.appImage) return null;
  const restriction = userNamespaceRestriction(probe);
  if (restriction === null) return null;
  const reason = `Chromium's sandbox cannot start: ${restriction}, and ${
    probe.appImage
      ? 'an AppImage cannot carry the setuid chrome-sandbox helper'
      : `${path.join(probe.exeDir, 'chrome-sandbox')} is ${helper ? 'not setuid root' : 'missing'}`
  }.`;
  const advice = probe.appImage
    ? 'Install the .deb package of 内刊档案 instead of the AppImage (sudo apt install ./bulletin-archive-*.deb), or ask the administrator to allow user namespaces (README, "Linux").'
    : `Reinstall the .deb package, or ask the administrator to run: sudo chown root:root "${path.join(probe.exeDir, 'chrome-sandbox')}" && sudo chmod 4755 "${path.join(probe.exeDir, 'chrome-sandbox')}" (README, "Linux").`;
  return { reason, advice };
}

function userNamespaceRestriction(probe: SandboxProbe): string | null {
  const read = (file: string): string | null => probe.readText(file)?.trim() ?? null;
  if (read('/proc/sys/kernel/apparmor_restrict_unprivileged_userns') === '1')
    return 'AppArmor restricts unprivileged user namespaces (kernel.apparmor_restrict_unprivileged_userns = 1)';
  if (read('/proc/sys/kernel/unprivileged_userns_clone') === '0')
    return 'unprivileged user namespaces are disabled (kernel.unprivileged_userns_clone = 0)';
  if (read('/proc/sys/user/max_user_namespaces') === '0') return 'user namespaces are disabled (user.max_user_namespaces = 0)';
  return null;
}

/** The probe of the machine this process runs on. */
export function systemSandboxProbe(): SandboxProbe {
  return {
    platform: process.platform,
    exeDir: path.dirname(process.execPath),
    appImage: process.env.APPIMAGE,
    readText: (file) => {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return null;
      }
    },
    stat: (file) => {
      try {
        const { uid, mode } = statSync(file);
        return { uid, mode };
      } catch {
        return null;
      }
    },
  };
}
