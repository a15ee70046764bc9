import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/browser-mode';

/** The tests run against the built renderer; build it unless told the build is fresh. */
export default function globalSetup(): void {
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(join(ROOT, 'out/renderer/index.html'))) return;
  execFileSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}
