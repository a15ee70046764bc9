import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canvasPackageFor } from '../../../scripts/before-pack.mjs';

/**
 * What the installers carry, read from electron-builder.yml with electron-builder's own loader
 * and matched with its own minimatch, so the file patterns mean here what they mean in a build.
 */
const ROOT = path.resolve(import.meta.dirname, '../../..');
const builderRequire = createRequire(createRequire(path.join(ROOT, 'package.json')).resolve('app-builder-lib'));
const { getConfig } = builderRequire('app-builder-lib/out/util/config/config') as {
  getConfig: (root: string, file: string, overrides: null) => Promise<Record<string, unknown>>;
};
const { minimatch } = builderRequire('minimatch') as { minimatch: (file: string, pattern: string, options: { dot: boolean }) => boolean };
const packageJson = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};
const canvasBinaries = Object.keys(
  (
    JSON.parse(readFileSync(createRequire(path.join(ROOT, 'package.json')).resolve('@napi-rs/canvas/package.json'), 'utf8')) as {
      optionalDependencies: Record<string, string>;
    }
  ).optionalDependencies,
);

interface PlatformConfig {
  files?: string[];
  target?: { target: string; arch: string[] }[];
}

async function config(): Promise<Record<string, unknown> & { linux: PlatformConfig; win: PlatformConfig; mac: PlatformConfig }> {
  const loaded = await getConfig(ROOT, 'electron-builder.yml', null);
  return loaded as Record<string, unknown> & { linux: PlatformConfig; win: PlatformConfig; mac: PlatformConfig };
}

/** Whether a platform's `files` drop `file` when building for `arch` (`${arch}` expanded as builder does). */
function dropped(platform: PlatformConfig, arch: string, file: string): boolean {
  return (platform.files ?? []).some(
    (pattern) => pattern.startsWith('!') && minimatch(file, pattern.slice(1).replaceAll('${arch}', arch), { dot: true }),
  );
}

describe('the installers', () => {
  it('leave the command line’s and the tests’ tools out of the app (tsx, esbuild, playwright-core)', () => {
    for (const name of ['tsx', 'esbuild', 'playwright-core', '@playwright/test', 'electron-vite', 'vite']) {
      expect(packageJson.dependencies[name], name).toBeUndefined();
    }
  });

  it('make the .deb the first Linux package (its chrome-sandbox is setuid; an AppImage’s cannot be)', async () => {
    const { linux } = await config();
    expect(linux.target?.[0]).toMatchObject({ target: 'deb', arch: expect.arrayContaining(['x64', 'arm64']) });
  });

  it.each([
    ['linux', 'x64'],
    ['linux', 'arm64'],
    ['win', 'x64'],
    ['mac', 'x64'],
    ['mac', 'arm64'],
  ] as const)('carry only the %s %s canvas binary, and the before-pack check names it', async (platform, arch) => {
    const loaded = await config();
    const electronPlatform = { linux: 'linux', win: 'win32', mac: 'darwin' }[platform];
    const own = canvasPackageFor(electronPlatform, arch);
    expect(canvasBinaries).toContain(own);
    const file = (name: string): string => `node_modules/${name}/skia.node`;
    expect(dropped(loaded[platform], arch, file(own))).toBe(false);
    expect(dropped(loaded[platform], arch, 'node_modules/@napi-rs/canvas/index.js')).toBe(false);
    for (const other of canvasBinaries.filter((name) => name !== own))
      expect(dropped(loaded[platform], arch, file(other)), other).toBe(true);
  });
});
