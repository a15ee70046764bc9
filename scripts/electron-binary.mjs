import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The Electron executable when its runtime is installed, otherwise null with the reason.
 * `require('electron')` returns the binary's path, or throws when the download never happened.
 */
export function findElectron() {
  const require = createRequire(import.meta.url);
  try {
    const path = require('electron');
    if (typeof path === 'string' && existsSync(path)) return { path, reason: null };
    return { path: null, reason: `Electron's runtime is not installed on this machine (no binary at ${String(path)})` };
  } catch {
    // Its download is part of `npm install` (scripts/postinstall.mjs) and needs internet access.
    return {
      path: null,
      reason: "Electron's runtime is not installed on this machine (it could not be downloaded; `npm run get-electron` adds it once online)",
    };
  }
}
