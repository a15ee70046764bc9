/**
 * Fetching Electron's runtime without ever failing `npm install`.
 *
 * Electron's own install script downloads the runtime and exits 1 when it cannot, which stops
 * `npm install` on every machine without internet access (our users' and our build machines).
 * package.json therefore denies that script (`allowScripts`) and our postinstall runs it here
 * instead: where the download works the desktop app is installed as before; where it does not,
 * the install goes on and `npm start` opens browser mode.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The folder of the installed `electron` package, or null when it is not installed at all. */
export function electronPackageDir(fromDir) {
  try {
    return dirname(createRequire(join(fromDir, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** True when the runtime's executable is present, as Electron's own index.js would find it. */
export function hasElectronRuntime(electronDir) {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return false;
  return existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8')));
}

/**
 * Runs the package's own downloader (it checks the published checksums) and reports the
 * outcome instead of failing. `env` is the whole environment the downloader sees.
 * @returns {Promise<{ status: 'present' | 'skipped' | 'installed' | 'failed', detail: string }>}
 */
export async function installElectronRuntime(electronDir, env = process.env) {
  if (hasElectronRuntime(electronDir)) return { status: 'present', detail: '' };
  if (env.ELECTRON_SKIP_BINARY_DOWNLOAD) return { status: 'skipped', detail: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set' };
  const { code, stderr } = await runNode(join(electronDir, 'install.js'), env);
  if (code === 0 && hasElectronRuntime(electronDir)) return { status: 'installed', detail: '' };
  return { status: 'failed', detail: firstErrorLine(stderr) };
}

function runNode(script, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      if (stderr.length < 64_000) stderr += chunk;
    });
    child.on('error', (error) => resolve({ code: 1, stderr: String(error) }));
    child.on('close', (code) => resolve({ code: code ?? 1, stderr }));
  });
}

/** The downloader prints a stack; a person needs its first line (`RequestError: getaddrinfo ENOTFOUND …`). */
function firstErrorLine(stderr) {
  const line = stderr.split(/\r?\n/).find((text) => text.trim() !== '' && !/^\s+at /.test(text));
  return line?.trim() ?? 'the download failed';
}
