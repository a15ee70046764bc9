import { readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { build } from 'electron-vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DESKTOP_BRIDGE_KEYS } from '../../../shared/contract/bridge';
import { dialog, harness, printedPages, shell } from '../../harness/electron-stand-in';

/**
 * The built main bundle (electron-vite's real output) run under Node with a stand-in for
 * Electron: what the real runtime would do with our IPC handlers, navigation guard, protocol,
 * save dialog and viewer, checked on every machine, runtime or not. The bundle is built into
 * out/harness (inside the project, so its dependencies resolve as they do from out/main).
 */
vi.mock('electron', () => import('../../harness/electron-stand-in'));

const ROOT = path.resolve(import.meta.dirname, '../../..');
const OUT = path.join(ROOT, 'out/harness');
const PAGE = { url: 'app://bundle/index.html', parent: null };
let home = '';

beforeAll(async () => {
  home = await mkdtemp(path.join(tmpdir(), 'bulletin-archive-main-'));
  const nodeEnv = process.env.NODE_ENV;
  try {
    await build({ root: ROOT, logLevel: 'silent', build: { outDir: OUT } });
  } finally {
    // electron-vite sets NODE_ENV for its build; the rest of this process is still a test.
    process.env.NODE_ENV = nodeEnv;
  }
  vi.stubEnv('BULLETIN_ARCHIVE_LIBRARY', path.join(home, 'library'));
  for (const name of ['userData', 'documents', 'temp']) harness.app.setPath(name, path.join(home, name));
  await import(/* @vite-ignore */ path.join(OUT, 'main/index.js'));
  harness.app.becomeReady();
  await vi.waitFor(() => expect(harness.windows[0]?.visible).toBe(true), { timeout: 20_000 });
}, 120_000);

afterAll(async () => {
  // As on quit: the library closes (its lock released), then the app quits.
  harness.app.emit('will-quit', { preventDefault: () => undefined });
  await vi.waitFor(() => expect(harness.app.quitRequested).toBe(true));
  vi.unstubAllEnvs();
  await rm(home, { recursive: true, force: true });
});

async function invoke(method: string, input: unknown): Promise<{ ok: boolean; data?: unknown; error?: { code: string; message: string } }> {
  return harness.invoke('archive:invoke', PAGE, method, input) as Promise<{
    ok: boolean;
    data?: unknown;
    error?: { code: string; message: string };
  }>;
}

describe('the desktop app, started from its built main bundle', () => {
  it('opens one sandboxed window on the app’s own page, served with its CSP', () => {
    expect(harness.app.sandboxed).toBe(true);
    expect(harness.privilegedSchemes.map((s) => s.scheme)).toEqual(['app']);
    const page = harness.windows[0]!.webContents;
    expect(page.getURL()).toBe('app://bundle/index.html');
    expect(page.lastResponse?.status).toBe(200);
    expect(page.lastResponse?.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.lastResponse?.body).toContain('<div id="root">');
    expect(dialog.errorBoxes).toEqual([]);
  });

  it('answers the page over exactly its channels, and nobody else', async () => {
    expect(harness.channels()).toEqual(['archive:deliver', 'archive:invoke']);
    expect(await invoke('library.info', {})).toMatchObject({ ok: true, data: { issueCount: 0 } });
    expect(await harness.invoke('archive:invoke', { url: 'https://example.com/', parent: null }, 'library.info', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await harness.invoke('archive:invoke', { url: PAGE.url, parent: {} }, 'library.info', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(
      await harness.invoke('archive:deliver', { url: 'file:///tmp/x.html', parent: null }, { kind: 'open-original', issueId: 'abcd' }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await invoke('constructor', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(await harness.invoke('archive:deliver', PAGE, { kind: 'save-export', token: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'bad-input' },
    });
  });

  it('lets the page reload itself and nothing else; downloads are refused', () => {
    const page = harness.windows[0]!.webContents;
    expect(page.tryNavigate('app://bundle/index.html')).toBe(true);
    expect(page.tryNavigate('https://example.com/')).toBe(false);
    expect(page.tryNavigate('file:///home/user/dropped.pdf')).toBe(false);
    expect(page.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const download = {
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    harness.defaultSession.emit('will-download', download);
    expect(download.defaultPrevented).toBe(true);
  });

  it('saves an export where the person chooses, asking before it replaces a file', async () => {
    const imported = await invoke('import.sample', {});
    expect(imported).toMatchObject({ ok: true, data: { status: 'imported' } });
    const issueId = (imported.data as { issueId: string }).issueId;
    const prepared = await invoke('export.prepare', { target: { kind: 'issue', issueId }, format: 'txt', encoding: 'utf-8', options: {} });
    expect(prepared.ok).toBe(true);
    await mkdir(path.join(home, 'chosen'), { recursive: true });
    const target = path.join(home, 'chosen', '简报.txt');
    dialog.saveAnswer = { canceled: false, filePath: target };
    const saved = await harness.invoke('archive:deliver', PAGE, { kind: 'save-export', token: (prepared.data as { token: string }).token });
    expect(saved).toEqual({ ok: true, data: { kind: 'saved', fileName: '简报.txt', path: target } });
    expect(await readFile(target, 'utf8')).toContain('科技情报参考');
    const asked = dialog.saveCalls.at(-1)!;
    expect(asked.parent).toBe(harness.windows[0]);
    expect(asked.options).toMatchObject({
      defaultPath: expect.stringContaining(path.join(home, 'documents')),
      properties: expect.arrayContaining(['showOverwriteConfirmation']),
    });
  });

  it('saves annotation exports the same way (not through a download Electron cancels)', async () => {
    const prepared = await invoke('annotations.export', { scope: { kind: 'all' }, format: 'md', locale: 'zh' });
    expect(prepared).toMatchObject({ ok: true, data: { count: 0 } });
    const target = path.join(home, 'chosen', 'notes.md');
    dialog.saveAnswer = { canceled: false, filePath: target };
    const token = (prepared.data as { token: string }).token;
    expect(await harness.invoke('archive:deliver', PAGE, { kind: 'save-export', token })).toMatchObject({
      ok: true,
      data: { kind: 'saved', path: target },
    });
    expect((await readFile(target, 'utf8')).length).toBeGreaterThan(0);
    // Taken once: the same token saves nothing twice.
    expect(await harness.invoke('archive:deliver', PAGE, { kind: 'save-export', token })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('writes nothing when the person cancels the save dialog', async () => {
    const prepared = await invoke('annotations.export', { scope: { kind: 'all' }, format: 'jsonld', locale: 'en' });
    dialog.saveAnswer = { canceled: true, filePath: '' };
    const token = (prepared.data as { token: string }).token;
    expect(await harness.invoke('archive:deliver', PAGE, { kind: 'save-export', token })).toEqual({
      ok: true,
      data: { kind: 'cancelled' },
    });
  });

  it('opens the same original twice without rewriting the copy a viewer holds open', async () => {
    const issues = (await invoke('issues.list', {})).data as { id: string }[];
    const request = { kind: 'open-original', issueId: issues[0]!.id };
    const first = await harness.invoke('archive:deliver', PAGE, request);
    expect(first).toMatchObject({ ok: true, data: { kind: 'opened' } });
    const copy = shell.opened.at(-1)!;
    expect(copy.startsWith(path.join(home, 'temp'))).toBe(true);
    // Read-only (a viewer says so rather than saving into a temporary folder), and opened again as it is.
    expect((await stat(copy)).mode & 0o222).toBe(0);
    await harness.invoke('archive:deliver', PAGE, request);
    expect(shell.opened.at(-1)).toBe(copy);
    // The person saved edits into the copy (their viewer allowed it): a fresh copy opens instead.
    await chmod(copy, 0o644);
    await writeFile(copy, 'edited in the viewer');
    await harness.invoke('archive:deliver', PAGE, request);
    expect(shell.opened.at(-1)).not.toBe(copy);
    expect(await readFile(copy, 'utf8')).toBe('edited in the viewer');
  });

  it('reports a missing viewer as a failure the person can act on', async () => {
    const issues = (await invoke('issues.list', {})).data as { id: string }[];
    shell.openAnswer = 'No application is associated with the specified file';
    try {
      const result = await harness.invoke('archive:deliver', PAGE, { kind: 'open-original', issueId: issues[0]!.id });
      expect(result).toMatchObject({ ok: false, error: { code: 'no-viewer', message: expect.stringContaining('No application') } });
    } finally {
      shell.openAnswer = '';
    }
  });

  it('prints through the app protocol, not a data: URL, so large documents print', async () => {
    const issues = (await invoke('issues.list', {})).data as { id: string }[];
    const before = printedPages.length;
    await invoke('print.document', { target: { kind: 'issue', issueId: issues[0]!.id }, options: {} });
    const printed = printedPages.slice(before);
    expect(printed.length).toBeGreaterThan(0);
    for (const page of printed) {
      // Not a data: URL, which Chromium refuses above 2 MB (large issues lost their page numbers).
      expect(page.url.startsWith('app://print/') && page.url.length < 100).toBe(true);
      expect(page.html).toContain('科技情报参考');
      // Served only while it prints.
      expect((await harness.fetchThroughProtocol(page.url)).status).toBe(404);
    }
  });
});

describe('the built preload', () => {
  it('exposes exactly the bridge type’s names, and its calls reach the main process', async () => {
    const code = readFileSync(path.join(OUT, 'preload/index.cjs'), 'utf8');
    const exposed = new Map<string, Record<string, unknown>>();
    const required: string[] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.set(key, api) },
      ipcRenderer: {
        invoke: (channel: string, ...args: unknown[]) => harness.invoke(channel, PAGE, ...args),
        on: () => undefined,
        removeListener: () => undefined,
      },
    };
    const module = { exports: {} };
    // A sandboxed preload's require knows `electron` and a few Node built-ins, no packages.
    vm.runInNewContext(code, {
      module,
      exports: module.exports,
      require: (id: string) => {
        required.push(id);
        if (id === 'electron') return electron;
        throw new Error(`a sandboxed preload cannot require ${id}`);
      },
    });
    expect(required).toEqual(['electron']);
    const bridge = exposed.get('archive')!;
    expect(Object.keys(bridge).sort()).toEqual([...DESKTOP_BRIDGE_KEYS].sort());
    const invoke = bridge.invoke as (method: string, input: unknown) => Promise<unknown>;
    expect(await invoke('library.info', {})).toMatchObject({ ok: true });
    const openOriginal = bridge.openOriginal as (issueId: string) => Promise<unknown>;
    expect(await openOriginal('no-such-issue')).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

/** The code of a bundle file and of the chunks it imports when it loads. */
function loadedText(file: string, seen = new Set<string>()): string {
  if (seen.has(file)) return '';
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  const chunks = [...text.matchAll(/^import\s(?:[^'"]*?\sfrom\s)?["'](\.[^"']+)["']/gm)].map(([, specifier]) => specifier!);
  return [text, ...chunks.map((specifier) => loadedText(path.resolve(path.dirname(file), specifier), seen))].join('\n');
}

/** The packages a bundle file imports when it loads, following its own chunks. */
function staticImports(file: string, seen = new Set<string>()): Set<string> {
  const packages = new Set<string>();
  if (seen.has(file)) return packages;
  seen.add(file);
  for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/^import\s(?:[^'"]*?\sfrom\s)?["']([^"']+)["']/gm)) {
    if (specifier!.startsWith('.'))
      for (const name of staticImports(path.resolve(path.dirname(file), specifier!), seen)) packages.add(name);
    else packages.add(specifier!);
  }
  return packages;
}

describe('the built main process', () => {
  it('loads neither pdf.js nor the native canvas at start (only the import worker does)', () => {
    const atStart = [...staticImports(path.join(OUT, 'main/index.js'))];
    expect(atStart).toContain('electron');
    expect(atStart.filter((name) => /pdfjs-dist|@napi-rs\/canvas/.test(name))).toEqual([]);
    // The worker loads pdf.js when it reads its first PDF (pdfjs.ts keeps the built-ins pdf.js swaps).
    expect(loadedText(path.join(OUT, 'main/extract-worker.js'))).toMatch(/import\(\s*["']pdfjs-dist\//);
  });

  it('imports no development tool (tsx, esbuild, playwright-core), which the installers leave out', () => {
    const atStart = [...staticImports(path.join(OUT, 'main/index.js')), ...staticImports(path.join(OUT, 'main/extract-worker.js'))];
    expect(atStart.filter((name) => /^(tsx|esbuild|playwright-core|@playwright\/)/.test(name))).toEqual([]);
  });
});
