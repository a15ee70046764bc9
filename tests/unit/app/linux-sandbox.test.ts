import { describe, expect, it } from 'vitest';
import { diagnoseLinuxSandbox } from '../../../electron/main/linux-sandbox';
import type { SandboxProbe } from '../../../electron/main/linux-sandbox';

const UBUNTU_24 = { '/proc/sys/kernel/apparmor_restrict_unprivileged_userns': '1\n', '/proc/sys/user/max_user_namespaces': '63000\n' };
const DEBIAN_OLD = { '/proc/sys/kernel/unprivileged_userns_clone': '0\n' };
const OPEN = { '/proc/sys/kernel/unprivileged_userns_clone': '1\n', '/proc/sys/user/max_user_namespaces': '63000\n' };

function probe(
  sysctl: Record<string, string>,
  options: { helper?: { uid: number; mode: number } | null; appImage?: string; platform?: NodeJS.Platform } = {},
): SandboxProbe {
  return {
    platform: options.platform ?? 'linux',
    exeDir: '/opt/Bulletin Archive',
    appImage: options.appImage,
    readText: (file) => sysctl[file] ?? null,
    stat: (file) => (file === '/opt/Bulletin Archive/chrome-sandbox' ? (options.helper ?? null) : null),
  };
}

const SETUID_ROOT = { uid: 0, mode: 0o104755 };
const PLAIN = { uid: 1000, mode: 0o100755 };

describe('the Linux sandbox check at start', () => {
  it('explains an AppImage on Ubuntu 24.04 (AppArmor) and points to the .deb', () => {
    const problem = diagnoseLinuxSandbox(probe(UBUNTU_24, { helper: PLAIN, appImage: '/home/user/bulletin-archive.AppImage' }));
    expect(problem?.reason).toContain('AppArmor');
    expect(problem?.advice).toContain('.deb');
  });

  it('is content with the .deb, whose chrome-sandbox is setuid root', () => {
    expect(diagnoseLinuxSandbox(probe(UBUNTU_24, { helper: SETUID_ROOT }))).toBeNull();
  });

  it('tells how to repair an installed chrome-sandbox that lost its setuid bit', () => {
    const problem = diagnoseLinuxSandbox(probe(DEBIAN_OLD, { helper: PLAIN }));
    expect(problem?.reason).toContain('unprivileged_userns_clone');
    expect(problem?.advice).toContain('chmod 4755 "/opt/Bulletin Archive/chrome-sandbox"');
  });

  it('stays quiet where user namespaces are allowed, and on Windows', () => {
    expect(diagnoseLinuxSandbox(probe(OPEN, { helper: null, appImage: '/tmp/x.AppImage' }))).toBeNull();
    expect(diagnoseLinuxSandbox(probe(UBUNTU_24, { platform: 'win32' }))).toBeNull();
  });
});
