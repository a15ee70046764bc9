import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../shared/catalog';
import { openLibrary, verifyLibrary } from '../../../electron/core/library';
import { insideLibrary } from '../../../electron/core/library/interrupted-commits';
import type { Library } from '../../../electron/core/library';
import { cli } from '../../helpers/cli';
import { sampleBytes, tempDir } from '../../helpers/temp-library';

/**
 * A process killed at the commit point: its import runs to the moment catalog.json would be
 * written, and then nothing more happens (no rollback, no clean-up), as after a kill.
 */
function killAtCommitPoint(library: Library): Promise<void> {
  return new Promise((reachedCommitPoint) => {
    const frozen = library as unknown as { writeCatalog: (change: (catalog: Catalog) => Promise<unknown>) => Promise<never> };
    frozen.writeCatalog = async (change) => {
      const catalog = JSON.parse(await fs.readFile(path.join(library.dir, 'catalog.json'), 'utf8')) as Catalog;
      await change(catalog);
      reachedCommitPoint();
      return new Promise<never>(() => undefined);
    };
  });
}

async function filesIn(dir: string): Promise<string[]> {
  return (await fs.readdir(dir).catch(() => [] as string[])).filter((name) => !name.startsWith('.'));
}

describe('an import interrupted by a kill (issue 20, defect 7)', () => {
  it('leaves nothing verify complains about once the library is opened again', async () => {
    const dir = path.join(tempDir(), 'library');
    const killed = await openLibrary(dir, { create: true });
    const reached = killAtCommitPoint(killed);
    void killed.importBulletin({ name: 'kjqbck-2024-03.txt', bytes: sampleBytes() });
    await reached;
    // What the kill left: an original and texts that no catalogue entry names.
    expect(await filesIn(path.join(dir, 'files'))).toHaveLength(1);
    expect(await filesIn(path.join(dir, 'texts'))).toHaveLength(1);

    const reopened = await openLibrary(dir);
    expect(reopened.notices).toContainEqual(expect.objectContaining({ code: 'interrupted-import-cleared', count: 2 }));
    expect(await filesIn(path.join(dir, 'files'))).toEqual([]);
    expect(await filesIn(path.join(dir, 'texts'))).toEqual([]);
    expect((await verifyLibrary(reopened)).problems).toEqual([]);
    // And the same file imports again at once, without a "duplicate" in the way.
    expect(await reopened.importBulletin({ name: 'kjqbck-2024-03.txt', bytes: sampleBytes() })).toMatchObject({ status: 'imported' });
  });

  it('keeps every file of finished imports, and files it did not write', async () => {
    const dir = path.join(tempDir(), 'library');
    const library = await openLibrary(dir, { create: true });
    expect(await library.importBulletin({ name: 'a.txt', bytes: sampleBytes() })).toMatchObject({ status: 'imported' });
    // Nothing of a finished commit is left to clear.
    expect(await fs.readdir(dir)).not.toContain('.pending');
    const reopened = await openLibrary(dir);
    expect(reopened.notices).toEqual([]);
    expect((await verifyLibrary(reopened)).problems).toEqual([]);
  });

  it('removes only what the interrupted import wrote, never what was there before', async () => {
    const dir = path.join(tempDir(), 'library');
    const library = await openLibrary(dir, { create: true });
    const first = await library.importBulletin({ name: 'a.txt', bytes: sampleBytes() });
    if (first.status !== 'imported') throw new Error(first.message);
    const before = (await filesIn(path.join(dir, 'files'))).sort();
    const other = Buffer.from(sampleBytes().toString('utf8').replace('2024 年第 3 期', '2024 年第 4 期'));
    const killed = await openLibrary(dir);
    const reached = killAtCommitPoint(killed);
    void killed.importBulletin({ name: 'b.txt', bytes: other });
    await reached;
    const reopened = await openLibrary(dir);
    expect((await filesIn(path.join(dir, 'files'))).sort()).toEqual(before);
    expect(reopened.listIssues().map((i) => i.id)).toEqual([first.issueId]);
    expect((await verifyLibrary(reopened)).problems).toEqual([]);
  });

  it('the next command says what it cleared, and verify passes', async () => {
    const dir = path.join(tempDir(), 'library');
    const killed = await openLibrary(dir, { create: true });
    const reached = killAtCommitPoint(killed);
    void killed.importBulletin({ name: 'kjqbck-2024-03.txt', bytes: sampleBytes() });
    await reached;
    const listed = await cli(['list', '--library', dir]);
    expect(listed.stderr).toMatch(/An import was interrupted .* the 2 file\(s\) it had written, which no issue names, were removed: files\/[0-9a-f]{64}\.txt, texts\/[0-9a-f]{12}\.json/);
    const verified = await cli(['verify', '--library', dir]);
    expect(verified.code).toBe(0);
  });

  it('a note naming a path outside the library is ignored, on Windows as on Linux', () => {
    expect(insideLibrary('files\\abc.pdf', path.win32)).toBe('files\\abc.pdf');
    expect(insideLibrary('files/abc.pdf', path.win32)).toBe('files\\abc.pdf');
    for (const outside of ['..\\..\\Windows\\win.ini', 'C:\\Windows\\win.ini', 'C:win.ini', '\\\\server\\share\\x', 'files\\..\\..\\x']) {
      expect(insideLibrary(outside, path.win32)).toBeNull();
    }
    expect(insideLibrary('texts/abc.json', path.posix)).toBe('texts/abc.json');
    expect(insideLibrary('../etc/passwd', path.posix)).toBeNull();
    expect(insideLibrary('/etc/passwd', path.posix)).toBeNull();
    expect(insideLibrary('..data/x', path.posix)).toBe('..data/x');
  });
});
