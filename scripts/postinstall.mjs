/**
 * `npm install` / `npm ci` end here: fetch Electron's runtime where it can be downloaded, and
 * where it cannot, say so in two lines and let the install succeed (see electron-runtime.mjs).
 * `npm run get-electron` runs the same step on demand and fails when the download fails.
 */
import { fileURLToPath } from 'node:url';
import { electronPackageDir, installElectronRuntime } from './electron-runtime.mjs';

const required = process.argv.includes('--required');
const root = fileURLToPath(new URL('..', import.meta.url));
const electronDir = electronPackageDir(root);

if (electronDir === null) {
  // A production-only install (`--omit=dev`) has no desktop shell to fetch a runtime for.
  process.exit(0);
}
const outcome = await installElectronRuntime(electronDir);
switch (outcome.status) {
  case 'present':
  case 'installed':
    break;
  case 'skipped':
    console.log(`Electron's runtime was not downloaded (${outcome.detail}); \`npm start\` will use browser mode.`);
    break;
  case 'failed':
    console.log(
      `未能下载 Electron 运行时（${outcome.detail}）。安装已完成：\`npm start\` 将以浏览器模式打开档案；联网后可运行 \`npm run get-electron\` 补装桌面版。`,
    );
    console.log(
      `Electron's runtime could not be downloaded (${outcome.detail}). The install is complete: \`npm start\` opens the archive in browser mode; run \`npm run get-electron\` when online to add the desktop app.`,
    );
    if (required) process.exit(1);
    break;
  default:
    throw new Error(`unknown outcome ${String(outcome.status)}`);
}
