/**
 * `npm start` as a newcomer runs it, on a machine where Electron's runtime could not be
 * installed: it must reach browser mode, print an address, and that address pasted into a
 * browser must open the archive (not a blank page, not "forbidden"). Run by .ci/run after a
 * plain `npm ci`, so together they check the README's first command end to end.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH } from './chromium';

const root = fileURLToPath(new URL('..', import.meta.url));
const library = await mkdtemp(join(tmpdir(), 'check-start-'));
const ADDRESS = /(https?:\/\/(?:127\.0\.0\.1|localhost|\[::1\]):\d+\/\S*)/;

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const start = spawn(npm, ['start', '--', '--no-open', '--port', '0', '--library', library], {
  cwd: root,
  detached: true,
  stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
const address = await new Promise<string>((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error('npm start printed no address within 5 minutes')), 300_000);
  const read = (chunk: string): void => {
    output += chunk;
    const match = ADDRESS.exec(output);
    if (match) {
      clearTimeout(timer);
      resolve(match[1]);
    }
  };
  start.stdout.setEncoding('utf8').on('data', read);
  start.stderr.setEncoding('utf8').on('data', read);
  start.on('exit', (code) => reject(new Error(`npm start exited (${code}) before printing an address`)));
});

let failure: Error | null = null;
const browser = await chromium.launch(CHROMIUM_LAUNCH);
try {
  const page = await browser.newPage({ locale: 'zh-CN' });
  await page.goto(address);
  // The first-run screen offers the sample issue: the page is the archive and its API answered.
  await page.getByRole('button', { name: /导入示例期刊/ }).waitFor({ timeout: 30_000 });
} catch (error) {
  failure = error instanceof Error ? error : new Error(String(error));
} finally {
  await browser.close();
  if (start.pid !== undefined) process.kill(-start.pid, 'SIGTERM');
  await rm(library, { recursive: true, force: true });
}

if (!/browser mode|浏览器模式/i.test(output)) failure ??= new Error('npm start did not say it fell back to browser mode');
if (failure) {
  console.error(output);
  console.error(`npm start check failed: ${failure.message}`);
  process.exit(1);
}
console.log(`npm start reached browser mode and ${address.replace(/token=[^&\s]+/, 'token=…')} opened the archive.`);
