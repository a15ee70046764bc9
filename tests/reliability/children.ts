import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from './bulletins';

/**
 * The real programs as a person runs them, in processes of their own so they can be killed:
 * the command line (`bin/bulletin-archive.mjs`) and browser mode (`bulletin-archive serve`).
 */

const BIN = path.join(ROOT, 'bin', 'bulletin-archive.mjs');

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface Running {
  child: ChildProcess;
  exited: Promise<Exit>;
}

export function startCli(args: readonly string[], env: Record<string, string> = {}): Running {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, LANG: 'en_US.UTF-8', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<Exit>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, exited };
}

export function runCli(args: readonly string[], env: Record<string, string> = {}): Promise<Exit> {
  return startCli(args, env).exited;
}

/** SIGKILL: no handler runs, no finally, no lock release — a power cut as far as the library is concerned. */
export function kill(running: Running): void {
  if (running.child.exitCode === null && running.child.signalCode === null) running.child.kill('SIGKILL');
}

/** A folder that looks like the built interface, so `serve` starts without a renderer build. */
export async function stubRenderer(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>stub</title>');
  return dir;
}

export interface ServerChild extends Running {
  url: string;
  token: string;
}

/** `bulletin-archive serve` in its own process; resolves once it prints its address. */
export async function startServe(library: string, rendererDir: string, timeoutMs = 60_000): Promise<ServerChild> {
  const running = startCli(['serve', '--no-open', '--library', library, '--renderer', rendererDir]);
  let seen = '';
  const address = await new Promise<string>((resolve, reject) => {
    // A server that never said where it listens is stopped, never left behind.
    reject = ((original) => (error: Error) => {
      kill(running);
      original(error);
    })(reject);
    const timer = setTimeout(() => reject(new Error(`serve printed no address in ${timeoutMs} ms: ${seen}`)), timeoutMs);
    running.child.stdout?.on('data', (chunk: string) => {
      seen += chunk;
      const match = /running at (http:\/\/\S+)/u.exec(seen);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    void running.exited.then((exit) => {
      clearTimeout(timer);
      reject(new Error(`serve exited (${exit.code ?? exit.signal}) before printing its address: ${exit.stderr}`));
    });
  });
  const parsed = new URL(address);
  const token = parsed.searchParams.get('token') ?? '';
  parsed.search = '';
  return { ...running, url: parsed.toString(), token };
}

export type ApiAnswer = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };

/** One API call as the page makes it: a same-origin JSON POST with the run's token. */
export function callApi(base: string, token: string, method: string, input: unknown): Promise<ApiAnswer> {
  return post(base, `api/${method}`, { 'content-type': 'application/json', 'x-archive-token': token }, JSON.stringify(input));
}

/** Streams a file's bytes to browser mode's upload endpoint, as the app does before an import. */
export function uploadFile(base: string, token: string, bytes: Uint8Array): Promise<ApiAnswer> {
  return post(base, 'api/upload', { 'content-type': 'application/octet-stream', 'x-archive-token': token }, Buffer.from(bytes));
}

function post(base: string, pathname: string, headers: Record<string, string>, body: string | Buffer): Promise<ApiAnswer> {
  const url = new URL(pathname, base);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': Buffer.byteLength(body), origin: url.origin },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          try {
            resolve(JSON.parse(text) as ApiAnswer);
          } catch {
            reject(new Error(`HTTP ${response.statusCode}: ${text.slice(0, 200)}`));
          }
        });
        response.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
