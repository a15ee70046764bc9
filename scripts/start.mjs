/**
 * `npm start`: the desktop app where Electron's runtime is installed and can start; otherwise
 * browser mode on the default library, saying why. Arguments after `--` go to browser mode
 * (e.g. `--port 8080`, `--no-open`); `--no-sandbox` goes to Electron.
 */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { findElectron } from './electron-binary.mjs';
import { electronBlocker, fallbackAfterExit, splitStartArgs } from './start-mode.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const electronVite = join(root, 'node_modules/electron-vite/bin/electron-vite.js');
const args = splitStartArgs(process.argv.slice(2));

/** Runs a child with the terminal; Ctrl+C goes to it. Resolves with how it ended. */
function run(command, childArgs, { keepStderr = false } = {}) {
  const started = Date.now();
  const child = spawn(command, childArgs, { cwd: root, stdio: ['inherit', 'inherit', keepStderr ? 'pipe' : 'inherit'] });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    process.stderr.write(chunk);
    if (stderr.length < 64 * 1024) stderr += chunk.toString();
  });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve) => {
    child.on('error', (error) => {
      stderr += String(error);
      resolve({ code: 1, signal: null, uptimeMs: Date.now() - started, stderr });
    });
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve({ code, signal, uptimeMs: Date.now() - started, stderr });
    });
  });
}

async function browserMode(reason) {
  console.log(`${reason}; starting browser mode.`);
  console.log('桌面版无法在此启动，改为以浏览器模式启动。');
  const ended = await run(process.execPath, ['--import', 'tsx', join(root, 'electron/server/main.ts'), ...args.browser]);
  process.exit(ended.code ?? (ended.signal ? 1 : 0));
}

console.log('Building…');
const build = spawnSync(process.execPath, [electronVite, 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const electron = findElectron();
const blocker = electronBlocker({
  electronPath: electron.path,
  missingReason: electron.reason,
  platform: process.platform,
  env: process.env,
  uid: process.getuid?.() ?? null,
  args: args.electron,
});
if (blocker) {
  await browserMode(blocker);
} else {
  const ended = await run(electron.path, [root, ...args.electron], { keepStderr: true });
  const fallback = fallbackAfterExit(ended);
  if (fallback) await browserMode(fallback);
  else process.exit(ended.code ?? (ended.signal ? 1 : 0));
}
