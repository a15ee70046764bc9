import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnnotationStore } from '../../../electron/core/annotations';
import { openLibrary } from '../../../electron/core/library';
import { cli } from '../../helpers/cli';
import { libraryWithSample, sampleBytes, tempDir } from '../../helpers/temp-library';

/**
 * Issue 20, defect 2: with the disk full and a change waiting in annotations.journal, every
 * command died with "unexpected error" and a stack trace. The full disk is injected here: every
 * open for writing, and every copy, fails with ENOSPC, as on a disk with a few KB free (the
 * reliability suite runs the same on a real, small tmpfs).
 */
function fillDisk(): void {
  const enospc = (target: unknown): Error => Object.assign(new Error(`ENOSPC: no space left on device, write '${String(target)}'`), { code: 'ENOSPC', errno: -28, path: String(target) });
  const open = fs.open.bind(fs);
  vi.spyOn(fs, 'open').mockImplementation(async (file, flags, mode) => {
    if (typeof flags === 'string' && /[wa+]/.test(flags)) throw enospc(file);
    return open(file, flags, mode);
  });
  vi.spyOn(fs, 'copyFile').mockImplementation(async (_from, to) => {
    throw enospc(to);
  });
  vi.spyOn(fs, 'writeFile').mockImplementation(async (file) => {
    throw enospc(file);
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

const NO_STACK = /\n\s+at /;

describe('a full disk with an annotation change waiting', () => {
  it('still lists, verifies and says plainly why annotate and import fail; folds later', async () => {
    const { library, issueId } = await libraryWithSample();
    const note = await new AnnotationStore(library).addArticleNote(`${issueId}-1`, '满盘之前写下的批注');
    const quote = (await library.getArticle(`${issueId}-2`)).sections[0]?.paragraphs[0]?.slice(0, 6) ?? '';
    expect(quote).not.toBe('');
    const other = path.join(tempDir(), 'other.txt');
    await fs.writeFile(other, Buffer.concat([sampleBytes(), Buffer.from('\n附：再版说明\n')]).toString('utf8').replace('2024 年第 3 期', '2024 年第 4 期'));
    const lib = ['--library', library.dir];

    fillDisk();
    const list = await cli(['list', ...lib]);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('科技情报参考');
    expect(list.stderr).toMatch(/disk is full/);
    expect(list.stderr).not.toMatch(NO_STACK);

    const verify = await cli(['verify', ...lib]);
    expect(verify.stderr).not.toMatch(NO_STACK);
    expect(verify.stdout).toMatch(/The library is sound/);
    expect(verify.code).toBe(0);

    const annotate = await cli(['annotate', `科技情报参考:2024:3:2`, '--quote', quote, ...lib]);
    expect(annotate.code).toBe(1);
    expect(annotate.stderr).toMatch(/The disk is full: .*annotations\.journal could not be written/);
    expect(annotate.stderr).not.toMatch(/unexpected error|please report/);
    expect(annotate.stderr).not.toMatch(NO_STACK);

    const imported = await cli(['import', other, ...lib]);
    expect(imported.code).toBe(1);
    expect(imported.stdout + imported.stderr).toMatch(/The disk is full/);
    expect(imported.stdout + imported.stderr).not.toMatch(NO_STACK);

    // The waiting change is read from the journal all along.
    const reading = await openLibrary(library.dir);
    expect(reading.annotations.annotations.map((a) => a.id)).toEqual([note.id]);

    // Space is freed: the next open folds the journal, with nothing lost and nothing to report.
    vi.restoreAllMocks();
    const freed = await openLibrary(library.dir);
    expect(freed.notices).toEqual([]);
    const snapshot = JSON.parse(await fs.readFile(path.join(library.dir, 'annotations.json'), 'utf8')) as { annotations: { id: string }[] };
    expect(snapshot.annotations.map((a) => a.id)).toEqual([note.id]);
    expect((await cli(['import', other, ...lib])).code).toBe(0);
  });

  it('opens a library on a read-only disk for reading, and says so in Chinese and English', async () => {
    const { library } = await libraryWithSample();
    await new AnnotationStore(library).addTag(`${library.listIssues()[0]?.id ?? ''}-1`, '只读');
    const erofs = Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS', path: library.dir });
    vi.spyOn(fs, 'access').mockRejectedValue(erofs);
    vi.spyOn(fs, 'open').mockRejectedValue(erofs);
    vi.spyOn(fs, 'rm').mockRejectedValue(erofs);
    const opened = await openLibrary(library.dir);
    expect(opened.listIssues()).toHaveLength(1);
    expect(opened.annotations.annotations).toHaveLength(1);
    expect(opened.notices.map((n) => n.code)).toContain('library-opened-read-only');
    const zh = await cli(['list', '--library', library.dir], { LANG: 'zh_CN.UTF-8' });
    expect(zh.code).toBe(0);
    expect(zh.stderr).toMatch(/以只读方式打开：磁盘或文件夹是只读的/);
  });
});
