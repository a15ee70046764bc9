/**
 * `npm start`: the desktop app where Electron's runtime is installed; otherwise browser mode on
 * the default library, saying why. Arguments after `--` go to browser mode (e.g. `--port 8080`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { findElectron } from './electron-binary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const electronVite = join(root, 'node_modules/electron-vite/bin/electron-vite.js');

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

console.log('Building…');
const build = spawnSync(process.execPath, [electronVite, 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const electron = findElectron();
if (electron.path) {
  run(electron.path, [root]);
} else {
  console.log(`${electron.reason}; starting browser mode.`);
  console.log('未安装 Electron 运行时，改为以浏览器模式启动。');
  run(process.execPath, ['--import', 'tsx', join(root, 'electron/server/main.ts'), ...process.argv.slice(2)]);
}
