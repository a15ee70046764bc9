import { cpSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG_SCHEMA_VERSION } from '../../../shared/catalog';
import { openLibrary, verifyLibrary } from '../../../electron/core/library';
import { withLibraryLock } from '../../../electron/core/library/lock';
import { sampleBytes, tempDir } from '../../helpers/temp-library';

async function libraryWithSample(): Promise<string> {
  const dir = tempDir();
  const library = await openLibrary(dir, { create: true });
  await library.importBulletin({ name: 'kjqbck-2024-03.txt', bytes: sampleBytes() });
  return dir;
}

describe('the library on disk', () => {
  it('has the layout of DESIGN.md with a schema version', async () => {
    const dir = await libraryWithSample();
    const names = (await fs.readdir(dir)).sort();
    expect(names).toEqual(expect.arrayContaining(['annotations.json', 'backups', 'catalog.json', 'files', 'texts']));
    const catalog = JSON.parse(await fs.readFile(path.join(dir, 'catalog.json'), 'utf8'));
    expect(catalog.schemaVersion).toBe(CATALOG_SCHEMA_VERSION);
    expect(await fs.readdir(path.join(dir, 'texts'))).toHaveLength(1);
    expect((await fs.readdir(path.join(dir, 'backups'))).some((n) => n.startsWith('catalog-'))).toBe(true);
  });

  it('opens when copied to another folder', async () => {
    const dir = await libraryWithSample();
    const copy = path.join(tempDir(), 'usb-stick');
    cpSync(dir, copy, { recursive: true });
    await fs.rm(dir, { recursive: true });
    const library = await openLibrary(copy);
    const [issue] = library.listIssues();
    const article = await library.getArticle(library.getIssue(issue!.id).articles[0]!.id);
    expect(article.title).toBe('内蒙古：高能级创新平台助力科技“突围”');
    expect((await verifyLibrary(library)).problems).toEqual([]);
  });

  it('keeps the previous version readable when a write is cut off before its rename', async () => {
    const dir = await libraryWithSample();
    const good = await fs.readFile(path.join(dir, 'catalog.json'), 'utf8');
    // What a crash mid-write leaves: a half-written temp file beside the real one.
    await fs.writeFile(path.join(dir, '.catalog.json.tmp-999-abcdef'), good.slice(0, good.length / 2));
    const library = await openLibrary(dir);
    expect(library.listIssues()).toHaveLength(1);
    expect(library.notices).toEqual([]);
    expect((await fs.readdir(dir)).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });

  it.each([
    ['null', 'null'],
    ['empty', ''],
    ['truncated', '{"schemaVersion":1,"issues":[{"id":"abc'],
    ['NUL-filled', '\u0000'.repeat(4096)],
    ['the wrong shape', '{"schemaVersion":1,"issues":"none"}'],
  ])('sets a %s catalog aside and restores the newest good backup', async (_label, content) => {
    const dir = await libraryWithSample();
    await fs.writeFile(path.join(dir, 'catalog.json'), content);
    const library = await openLibrary(dir);
    expect(library.listIssues()).toHaveLength(1);
    expect(library.notices).toEqual([expect.objectContaining({ code: 'store-damaged', file: 'catalog.json', backup: expect.any(String) })]);
    const aside = await fs.readdir(path.join(dir, 'damaged'));
    expect(aside).toHaveLength(1);
    expect(await fs.readFile(path.join(dir, 'damaged', aside[0]!), 'utf8')).toBe(content);
  });

  it('never writes defaults over a damaged catalog that has no backup', async () => {
    const dir = await libraryWithSample();
    await fs.rm(path.join(dir, 'backups'), { recursive: true });
    await fs.writeFile(path.join(dir, 'catalog.json'), 'null');
    const library = await openLibrary(dir);
    expect(library.notices).toEqual([expect.objectContaining({ code: 'store-damaged', file: 'catalog.json', backup: null })]);
    const aside = await fs.readdir(path.join(dir, 'damaged'));
    expect(await fs.readFile(path.join(dir, 'damaged', aside[0]!), 'utf8')).toBe('null');
  });

  it('refuses a library written by a newer version without touching it', async () => {
    const dir = await libraryWithSample();
    const file = path.join(dir, 'catalog.json');
    const newer = JSON.stringify({ schemaVersion: 99, issues: [], somethingNew: true });
    await fs.writeFile(file, newer);
    await expect(openLibrary(dir)).rejects.toThrow(/newer version/);
    expect(await fs.readFile(file, 'utf8')).toBe(newer);
  });

  it('refuses a folder that is not a library', async () => {
    const dir = tempDir();
    await fs.writeFile(path.join(dir, 'holiday.jpg'), 'x');
    await expect(openLibrary(dir, { create: true })).rejects.toThrow(/not a Bulletin Archive library/);
    await expect(openLibrary(path.join(dir, 'nothing-here'))).rejects.toThrow(/no library/);
  });

  it('loses no change when two writers import at once', async () => {
    const dir = tempDir();
    const a = await openLibrary(dir, { create: true });
    const b = await openLibrary(dir);
    const other = Buffer.from(sampleBytes().toString('utf8').replace('2024 年第 3 期', '2024 年第 4 期'));
    const outcomes = await Promise.all([
      a.importBulletin({ name: 'no3.txt', bytes: sampleBytes() }),
      b.importBulletin({ name: 'no4.txt', bytes: other }),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'imported']);
    const fresh = await openLibrary(dir);
    expect(fresh.listIssues().map((i) => i.number)).toEqual([4, 3]);
    expect(a.listIssues()).toHaveLength(2);
  });

  it('says who holds the lock when a write has to give up', async () => {
    const dir = tempDir();
    await openLibrary(dir, { create: true });
    // Another process (running: our parent) holds it, as its lock folder and note say. Writes
    // within this process queue behind each other and never meet the lock as "busy".
    await fs.mkdir(path.join(dir, '.lock'));
    const note = { program: 'Bulletin Archive app', pid: process.ppid, host: os.hostname(), since: new Date().toISOString() };
    await fs.writeFile(path.join(dir, '.lock-owner.json'), JSON.stringify(note));
    await expect(withLibraryLock(dir, async () => 'never', 400)).rejects.toThrow(/busy: Bulletin Archive app \(process \d+/);
  });

  it('verify finds a deleted or altered original', async () => {
    const dir = await libraryWithSample();
    const library = await openLibrary(dir);
    const [file] = await fs.readdir(path.join(dir, 'files'));
    await fs.appendFile(path.join(dir, 'files', file!), 'x');
    expect((await verifyLibrary(library)).problems.map((p) => p.kind)).toEqual(['original-altered']);
    await fs.rm(path.join(dir, 'files', file!));
    expect((await verifyLibrary(library)).problems.map((p) => p.kind)).toEqual(['original-missing']);
  });
});
