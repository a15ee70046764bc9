import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SERVER_ENTRY = join(ROOT, 'electron/server/main.ts');

export interface BrowserModeRun {
  /** The address as printed: the page with this run's key, exchanged for a cookie on first load. */
  url: string;
  libraryDir: string;
  output: () => string;
  stop(): Promise<void>;
}

/**
 * Starts browser mode as a person would (the server CLI, in its own process) on a fresh library
 * in a temporary folder. Used by the end-to-end tests and the screenshot script.
 */
export async function startBrowserMode(options: { libraryDir?: string } = {}): Promise<BrowserModeRun> {
  const temporary = options.libraryDir === undefined;
  const libraryDir = options.libraryDir ?? join(await mkdtemp(join(tmpdir(), 'bulletin-archive-e2e-')), 'library');
  // --no-open: the tests drive their own browser; the person's default one stays closed.
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER_ENTRY, '--library', libraryDir, '--port', '0', '--no-open'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = await waitForUrl(child, () => log);
  return {
    url,
    libraryDir,
    output: () => log,
    async stop() {
      await stopChild(child);
      if (temporary) await rm(join(libraryDir, '..'), { recursive: true, force: true });
    },
  };
}

function waitForUrl(child: ChildProcess, log: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`Browser mode did not start within 30 s:\n${log()}`)), 30_000);
    const check = (): void => {
      // The printed address carries this run's key; opening it lets the browser in.
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(log());
      if (match?.[1]) {
        clearTimeout(timer);
        child.stdout?.off('data', check);
        resolve(match[1]);
      }
    };
    const fail = (error: Error): void => {
      clearTimeout(timer);
      reject(error);
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => fail(new Error(`Browser mode exited with code ${code}:\n${log()}`)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
