import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronPackageDir, hasElectronRuntime, installElectronRuntime } from '../../../scripts/electron-runtime.mjs';
import { writeZip } from '../importers/helpers/zip-writer';

/**
 * `npm install` must succeed where Electron's runtime cannot be downloaded and still install it
 * where it can. The real downloader runs against a copy of the electron package in a temp
 * folder, with its download address pointed at loopback: a closed port (no internet) or a
 * server that plays the release mirror (internet).
 */
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const realElectron = electronPackageDir(ROOT);

let work: string;
let electronCopy: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'electron-runtime-'));
  electronCopy = join(work, 'electron');
  await mkdir(electronCopy);
  for (const file of ['install.js', 'index.js', 'package.json', 'checksums.json']) {
    await copyFile(join(realElectron ?? '', file), join(electronCopy, file));
  }
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

/** The environment the downloader sees: its dependencies from our node_modules, a private cache. */
function downloaderEnv(mirror: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  return {
    ...env,
    NODE_PATH: join(ROOT, 'node_modules'),
    ELECTRON_MIRROR: mirror,
    electron_config_cache: join(work, 'cache'),
    electron_use_remote_checksums: '1',
  };
}

describe('Electron runtime at install time', () => {
  it('the electron package is installed (its types and version) even on this offline machine', () => {
    expect(realElectron).not.toBeNull();
  });

  it('where the download fails, reports why and leaves the package in place', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((done) => closed.close(() => done()));

    const outcome = await installElectronRuntime(electronCopy, downloaderEnv(`http://127.0.0.1:${port}/`));

    expect(outcome.status).toBe('failed');
    expect(outcome.detail).toMatch(/ECONNREFUSED|RequestError/);
    expect(outcome.detail).not.toMatch(/^\s+at /);
    expect(hasElectronRuntime(electronCopy)).toBe(false);
    expect(JSON.parse(await readFile(join(electronCopy, 'package.json'), 'utf8'))).toHaveProperty('name', 'electron');
  });

  it('where the download works, installs the runtime that `npm start` then finds', async () => {
    const version = (JSON.parse(await readFile(join(electronCopy, 'package.json'), 'utf8')) as { version: string }).version;
    const executable = process.platform === 'win32' ? 'electron.exe' : 'electron';
    const zipName = `electron-v${version}-${process.platform}-${process.arch}.zip`;
    const zip = writeZip([
      { name: executable, data: Buffer.from('#!/bin/sh\n') },
      { name: 'version', data: Buffer.from(`v${version}`) },
    ]);
    const sums = `${createHash('sha256').update(zip).digest('hex')} *${zipName}\n`;
    const requested: string[] = [];
    const mirror = createServer((request, response) => {
      const name = basename(request.url ?? '');
      requested.push(name);
      if (name === zipName) response.end(zip);
      else if (name === 'SHASUMS256.txt') response.end(sums);
      else response.writeHead(404).end();
    });
    await new Promise<void>((done) => mirror.listen(0, '127.0.0.1', done));
    try {
      const { port } = mirror.address() as AddressInfo;
      const outcome = await installElectronRuntime(electronCopy, downloaderEnv(`http://127.0.0.1:${port}/`));

      expect(outcome).toEqual({ status: 'installed', detail: '' });
      expect(requested).toContain(zipName);
      expect(hasElectronRuntime(electronCopy)).toBe(true);
      expect(await installElectronRuntime(electronCopy, downloaderEnv('http://127.0.0.1:9/'))).toEqual({
        status: 'present',
        detail: '',
      });
    } finally {
      await new Promise<void>((done) => mirror.close(() => done()));
    }
  });

  it('ELECTRON_SKIP_BINARY_DOWNLOAD still skips the download', async () => {
    const outcome = await installElectronRuntime(electronCopy, { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
    expect(outcome.status).toBe('skipped');
  });

  it('package.json denies electron its own failing install script and runs ours instead', async () => {
    const manifest = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {
      allowScripts: Record<string, boolean>;
      scripts: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(manifest.allowScripts.electron).toBe(false);
    expect(manifest.scripts.postinstall).toBe('node scripts/postinstall.mjs');
    // electron-builder refuses electron anywhere but devDependencies.
    expect(manifest.devDependencies.electron).toBeDefined();
  });
});
