import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibrarySearch } from '../../../electron/core/search';
import { cli } from '../../helpers/cli';
import { libraryWithSample, tempDir } from '../../helpers/temp-library';

/**
 * Issue 20, defect 10: disk-full and other expected failures reached the person as stack traces
 * (import on stderr; search and export exit 70 "unexpected error — please report it"). Each is a
 * coded, translated message; a stack trace is printed only with --debug, and only for a real bug.
 */
const STACK = /\n\s+at /;

afterEach(() => {
  vi.restoreAllMocks();
});

function refuse(code: 'ENOSPC' | 'EACCES' | 'EBUSY'): void {
  const open = fs.open.bind(fs);
  vi.spyOn(fs, 'open').mockImplementation(async (file, flags, mode) => {
    if (typeof flags === 'string' && /[wa+]/.test(flags)) throw Object.assign(new Error(`${code}: refused, open '${String(file)}'`), { code, path: String(file) });
    return open(file, flags, mode);
  });
  vi.spyOn(fs, 'mkdir').mockRejectedValue(Object.assign(new Error(`${code}: refused, mkdir`), { code, path: 'index' }));
}

describe('expected failures of the machine are messages, in both languages', () => {
  it.each([
    ['ENOSPC', /The disk is full/, /磁盘已满/],
    ['EACCES', /No permission to write/, /没有写入 .* 的权限/],
    ['EBUSY', /is in use by another program/, /正被另一个程序占用/],
  ] as const)('%s: export says it plainly, exit 1, no stack', async (code, english, chinese) => {
    const { library } = await libraryWithSample();
    const out = path.join(tempDir(), 'issue.md');
    refuse(code);
    for (const [env, said] of [[{}, english], [{ LANG: 'zh_CN.UTF-8' }, chinese]] as const) {
      const run = await cli(['export', '科技情报参考:2024:3', '--format', 'md', '--out', out, '--library', library.dir], env);
      expect(run.stderr).toMatch(said);
      expect(run.stderr).not.toMatch(STACK);
      expect(run.stderr).not.toMatch(/unexpected error|please report|意外错误/);
      expect(run.code).toBe(1);
    }
  });

  it('search on a full disk, before its index is built, says the disk is full (exit 1, not 70)', async () => {
    const { library } = await libraryWithSample();
    refuse('ENOSPC');
    const run = await cli(['search', '稀土', '--library', library.dir]);
    expect(run.stderr).toMatch(/The disk is full/);
    expect(run.stderr).not.toMatch(STACK);
    expect(run.stderr).not.toMatch(/unexpected error/);
    expect(run.code).toBe(1);
  });
});

describe('a real bug', () => {
  it('says "please report it" with no stack, and the stack only with --debug', async () => {
    const { library } = await libraryWithSample();
    vi.spyOn(LibrarySearch, 'open').mockRejectedValue(new TypeError('a bug in the search'));
    const plain = await cli(['search', '稀土', '--library', library.dir]);
    expect(plain.code).toBe(70);
    expect(plain.stderr).toMatch(/unexpected error — please report it\.\na bug in the search\nRun the command again with --debug/);
    expect(plain.stderr).not.toMatch(STACK);
    const debug = await cli(['search', '稀土', '--library', library.dir, '--debug']);
    expect(debug.code).toBe(70);
    expect(debug.stderr).toMatch(/TypeError: a bug in the search\n\s+at /);
  });
});
