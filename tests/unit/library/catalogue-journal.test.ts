import { cpSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../shared/catalog';
import { CATALOG_SCHEMA_VERSION } from '../../../shared/catalog';
import { blankCatalogueFields, defaultCatalogueSettings } from '../../../shared/catalogue-fields';
import { sayMessage } from '../../../shared/message-text';
import { blankSeriesRecord } from '../../../shared/holdings-record';
import { openLibrary, verifyLibrary } from '../../../electron/core/library';
import type { Library } from '../../../electron/core/library';
import { Journal } from '../../../electron/core/library/journal-file';
import { applyOp, catalogBefore, catalogChanges } from '../../../electron/core/library/catalog-journal';
import { countIo } from '../../helpers/io-count';
import { sampleBytes, tempDir } from '../../helpers/temp-library';

/**
 * Issue 19: importing, editing and deleting cost the same at every library size. catalog.json is
 * the compacted base and catalog.journal the changes since; these tests count bytes, never time.
 */
const journalOf = (library: Library | string) => path.join(typeof library === 'string' ? library : library.dir, 'catalog.journal');
const baseOf = (library: Library | string) => path.join(typeof library === 'string' ? library : library.dir, 'catalog.json');
const sample = (number: number): Buffer => Buffer.from(sampleBytes().toString('utf8').replace('2024 年第 3 期', `2024 年第 ${number} 期`));
const ids = (library: Library) => library.issues().map((i) => i.id);

/** An entry as a library of `count` issues would hold it (no texts: only the catalogue is measured). */
function generatedIssue(i: number): Issue {
  const id = `gen${i.toString(36).padStart(9, '0')}`;
  return {
    ...blankCatalogueFields(),
    files: [],
    id,
    series: ['工作动态', '科技简报', '情报参考'][i % 3]!,
    year: 1990 + (i % 30),
    number: 1 + Math.floor(i / 30),
    totalNumber: null,
    numberTo: null,
    supplement: false,
    date: null,
    publisher: '某某市科学技术局办公室',
    editor: '李涛',
    reviewer: null,
    phone: null,
    warnings: [],
    needsReview: false,
    importedAt: new Date(0).toISOString(),
    original: { sha256: i.toString(16).padStart(64, '0'), ext: 'txt', name: `${id}.txt`, size: 4096, encoding: 'utf-8' },
    articles: Array.from({ length: 6 }, (_, a) => ({
      id: `${id}-${a + 1}`,
      index: a + 1,
      title: `第 ${a + 1} 篇：科技创新平台建设取得新进展`,
      page: a + 2,
      column: null,
      region: null,
      source: null,
    })),
  };
}

/** A library of `count` issues, written directly as a catalogue of the previous schema, then opened. */
async function libraryOf(count: number): Promise<Library> {
  const dir = tempDir();
  const issues = Array.from({ length: count }, (_, i) => generatedIssue(i));
  await fs.writeFile(baseOf(dir), JSON.stringify({ schemaVersion: 3, issues, series: [], settings: defaultCatalogueSettings() }));
  for (const sub of ['texts', 'files', 'backups']) await fs.mkdir(path.join(dir, sub));
  const library = await openLibrary(dir);
  // The first change writes the base in the current schema: done here, so it is not measured.
  await library.foldCatalogue();
  return library;
}

describe('the catalogue journal (issue 19)', () => {
  it('writes and reads the same bytes to import one bulletin into 10 issues as into 1,000', async () => {
    const small = await libraryOf(10);
    const large = await libraryOf(1000);
    expect((await fs.stat(baseOf(large))).size).toBeGreaterThan(50 * (await fs.stat(baseOf(small))).size);
    const importInto = (library: Library) => countIo(library.dir, () => library.importBulletin({ name: 'no7.txt', bytes: sample(7) }));
    const a = await importInto(small);
    const b = await importInto(large);
    expect(a.result).toMatchObject({ status: 'imported' });
    expect(b.result).toMatchObject({ status: 'imported' });
    // The same file into both: the original, its texts, one journal line, one history line, the notes.
    const margin = 64;
    expect(Math.abs(b.io.written - a.io.written), JSON.stringify(b.io.files)).toBeLessThanOrEqual(margin);
    expect(Math.abs(b.io.read - a.io.read), JSON.stringify(b.io.files)).toBeLessThanOrEqual(margin);
    // …and neither rewrote nor reread the catalogue (the large base is about 1.5 MB).
    expect(b.io.files['catalog.json']).toBeUndefined();
    expect(b.io.written).toBeLessThan(64 * 1024);
    expect(b.io.read).toBeLessThan(64 * 1024);
    expect(large.issues()).toHaveLength(1001);
    expect((await openLibrary(large.dir)).issues()).toHaveLength(1001);
  });

  it('writes the same bytes to edit or delete an issue in 10 issues as in 1,000', async () => {
    const small = await libraryOf(10);
    const large = await libraryOf(1000);
    const edit = (library: Library) => countIo(library.dir, () => library.updateIssue(library.issues()[5]!.id, { editor: '王芳' }));
    const remove = (library: Library) => countIo(library.dir, () => library.deleteIssue(library.issues()[6]!.id));
    const [ea, eb] = [await edit(small), await edit(large)];
    expect(Math.abs(eb.io.written - ea.io.written), JSON.stringify(eb.io.files)).toBeLessThanOrEqual(64);
    const [da, db] = [await remove(small), await remove(large)];
    expect(Math.abs(db.io.written - da.io.written), JSON.stringify(db.io.files)).toBeLessThanOrEqual(64);
    expect(db.io.files['catalog.json']).toBeUndefined();
    const reopened = await openLibrary(large.dir);
    expect(reopened.issues()).toHaveLength(999);
    expect(reopened.issues()[5]!.editor).toBe('王芳');
    expect(reopened.notices).toEqual([]);
  });

  it('another Library on the same folder sees a change by reading only the journal’s new lines', async () => {
    const first = await libraryOf(1000);
    const second = await openLibrary(first.dir);
    expect(second.issues()).toHaveLength(1000);
    const outcome = await first.importBulletin({ name: 'no8.txt', bytes: sample(8) });
    if (outcome.status !== 'imported') throw new Error(outcome.message);
    const seen = await countIo(first.dir, async () => second.listIssues());
    expect(seen.result.map((i) => i.id)).toContain(outcome.issueId);
    expect(seen.io.files['catalog.json']).toBeUndefined();
    expect(seen.io.read).toBeLessThan(16 * 1024);
    // And a change made by the second is seen by the first.
    await second.updateIssue(outcome.issueId, { editor: '张三' });
    expect(first.getIssue(outcome.issueId).editor).toBe('张三');
  });

  it('leaves a consistent library when the process dies right after the journal append', async () => {
    const library = await libraryOf(10);
    const crashed = tempDir();
    // The disk as a crash right after the commit point leaves it: no history line, the note of the
    // files still there, the lock still held (a dead process's lock is taken over: lock.ts).
    const append = Journal.prototype.appendLocked;
    let copied = false;
    Journal.prototype.appendLocked = async function (this: Journal<never, never>, ...args: Parameters<typeof append>) {
      await append.apply(this, args);
      if (!copied && this.file.endsWith('catalog.journal')) {
        cpSync(library.dir, crashed, { recursive: true });
        copied = true;
      }
    } as typeof append;
    try {
      expect(await library.importBulletin({ name: 'no9.txt', bytes: sample(9) })).toMatchObject({ status: 'imported' });
    } finally {
      Journal.prototype.appendLocked = append;
    }
    expect(copied).toBe(true);
    await fs.rm(path.join(crashed, '.lock'), { recursive: true, force: true });
    await fs.rm(path.join(crashed, '.lock-owner.json'), { force: true });
    expect(await fs.readdir(path.join(crashed, '.pending'))).toHaveLength(1);
    const reopened = await openLibrary(crashed);
    expect(reopened.notices).toEqual([]);
    expect(reopened.issues()).toHaveLength(11);
    const imported = reopened.issues().find((i) => i.number === 9 && i.series === '科技情报参考')!;
    expect((await reopened.getTexts(imported.id)).articles).toHaveLength(imported.articles.length);
    expect(await fs.readdir(crashed)).not.toContain('.pending');
    const problems = (await verifyLibrary(reopened)).problems.filter((p) => !('issue' in p) || p.issue === imported.id);
    expect(problems).toEqual([]);
  });

  it('ignores a torn last line, says so, keeps it aside, and the next change starts a clean line', async () => {
    const library = await libraryOf(10);
    expect(await library.importBulletin({ name: 'no3.txt', bytes: sample(3) })).toMatchObject({ status: 'imported' });
    const torn = '{"v":1,"n":2,"op":"put","issue":{"id":"abc';
    await fs.appendFile(journalOf(library), torn);
    const reopened = await openLibrary(library.dir);
    expect(reopened.notices).toEqual([
      { code: 'journal-torn', file: 'catalog.journal', bytes: torn.length, movedTo: expect.stringMatching(/^damaged[\\/]catalog\.journal\./) },
    ]);
    expect(ids(reopened)).toEqual(ids(library));
    expect(await reopened.importBulletin({ name: 'no4.txt', bytes: sample(4) })).toMatchObject({ status: 'imported' });
    expect((await fs.readFile(journalOf(library), 'utf8')).includes('"id":"abc')).toBe(false);
    const again = await openLibrary(library.dir);
    expect(again.notices).toEqual([]);
    expect(again.issues()).toHaveLength(12);
  });

  it('says which change of the journal cannot be read, recovers the rest, and verify reports it', async () => {
    const library = await libraryOf(10);
    await library.importBulletin({ name: 'no3.txt', bytes: sample(3) });
    await fs.appendFile(journalOf(library), '{"v":1,"n":2,"op":"put","issue":{"id":"nonsense"}}\n');
    await library.importBulletin({ name: 'no4.txt', bytes: sample(4) });
    expect((await verifyLibrary(library)).problems).toContainEqual(expect.objectContaining({ kind: 'journal-damaged', path: 'catalog.journal' }));
    const reopened = await openLibrary(library.dir);
    expect(reopened.notices).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'catalogue-journal-line-skipped', file: 'catalog.journal' }),
        expect.objectContaining({ code: 'journal-set-aside', file: 'catalog.journal', movedTo: expect.stringMatching(/^damaged/) }),
      ]),
    );
    expect(reopened.issues()).toHaveLength(12);
    const said = reopened.notices.find((n) => n.code === 'catalogue-journal-line-skipped')!;
    expect(sayMessage('zh', said)).toMatch(/catalog\.journal 中有一条改动/);
    expect(sayMessage('en', said)).toMatch(/catalog\.journal .* not readable/);
    // Opening wrote the journal afresh (kept aside first): the next open is clean.
    expect((await openLibrary(library.dir)).notices).toEqual([]);
  });

  it('a deleted journal is said, in Chinese and English, and verify fails', async () => {
    const library = await libraryOf(10);
    await library.importBulletin({ name: 'no3.txt', bytes: sample(3) });
    await fs.rm(journalOf(library));
    const reopened = await openLibrary(library.dir);
    const notice = reopened.notices.find((n) => n.code === 'catalogue-journal-damaged');
    expect(notice).toMatchObject({ problem: 'missing' });
    expect(sayMessage('zh', notice!)).toMatch(/catalog\.journal 不见了：.*导入、修改或删除的期刊可能不在目录中/);
    expect(sayMessage('en', notice!)).toMatch(/catalog\.journal is missing: issues imported, edited or deleted/);
    expect((await verifyLibrary(reopened)).problems).toContainEqual(expect.objectContaining({ kind: 'journal-damaged', path: 'catalog.journal' }));
    expect(reopened.issues()).toHaveLength(10);
  });

  it('restores a damaged base from its newest backup and replays the journal over it: nothing is lost', async () => {
    const library = await libraryOf(10);
    await library.importBulletin({ name: 'no3.txt', bytes: sample(3) });
    await library.updateIssue(library.issues()[0]!.id, { editor: '王芳' });
    const before = structuredClone(library.issues());
    await fs.writeFile(baseOf(library), '{"schemaVersion":4,"issues":[{"id":"cut sh');
    const reopened = await openLibrary(library.dir);
    expect(reopened.notices).toEqual([expect.objectContaining({ code: 'store-damaged', file: 'catalog.json', backup: expect.stringMatching(/^catalog-/) })]);
    expect(reopened.issues()).toEqual(before);
  });

  it('folds the journal into the base when it grows past half of it, keeping everything, off the save path', async () => {
    const library = await libraryOf(1000);
    const backups = async () => (await fs.readdir(path.join(library.dir, 'backups'))).filter((n) => n.startsWith('catalog-')).length;
    const backupsBefore = await backups();
    const baseBefore = await fs.readFile(baseOf(library), 'utf8');
    // One change to every issue: a journal larger than half the base.
    await library.writeCatalog(async (catalog) => {
      catalog.issues = catalog.issues.map((issue) => ({ ...issue, editor: '王芳' }));
      catalog.settings = { ...catalog.settings, fonds: 'J001' };
    });
    // The save returned after its append; the base is written after it.
    expect(await fs.readFile(baseOf(library), 'utf8')).toBe(baseBefore);
    await library.settled();
    const journal = await fs.readFile(journalOf(library), 'utf8');
    expect(journal.trim().split('\n')).toHaveLength(1);
    expect(await backups()).toBe(backupsBefore + 1);
    const base = JSON.parse(await fs.readFile(baseOf(library), 'utf8')) as { schemaVersion: number; journal: number; issues: Issue[] };
    expect(base.schemaVersion).toBe(CATALOG_SCHEMA_VERSION);
    expect(journal).toBe(`${JSON.stringify({ v: 1, journal: base.journal })}\n`);
    expect(base.issues.every((i) => i.editor === '王芳')).toBe(true);
    const reopened = await openLibrary(library.dir);
    expect(reopened.issues()).toEqual(library.issues());
    expect(reopened.catalogSettings().fonds).toBe('J001');
  });

  it('keeps every kind of change through a fold: added, edited, deleted, series and settings', async () => {
    const library = await libraryOf(10);
    const added = await library.importBulletin({ name: 'no3.txt', bytes: sample(3) });
    if (added.status !== 'imported') throw new Error(added.message);
    await library.updateIssue(added.issueId, { pages: 24 });
    await library.deleteIssue(library.issues()[2]!.id);
    await library.writeCatalog(async (catalog) => {
      catalog.series = [...catalog.series, blankSeriesRecord('新系列', null)];
      catalog.settings = { ...catalog.settings, category: 'KJ' };
    });
    const expected = structuredClone(library.catalog());
    const replayed = await openLibrary(library.dir);
    expect(replayed.catalog()).toEqual(expected);
    await library.foldCatalogue();
    const folded = await openLibrary(library.dir);
    expect({ ...folded.catalog(), journal: 0 }).toEqual({ ...expected, journal: 0 });
    expect(folded.getIssue(added.issueId).pages).toBe(24);
  });

  it('leaves the journal and the catalogue as they were when a change is refused', async () => {
    const library = await libraryOf(10);
    await library.importBulletin({ name: 'no3.txt', bytes: sample(3) });
    const journal = await fs.readFile(journalOf(library));
    const before = structuredClone(library.issues());
    expect(await library.importBulletin({ name: 'again.txt', bytes: sample(3) })).toMatchObject({ status: 'duplicate' });
    await expect(
      library.writeCatalog(async (catalog) => {
        catalog.issues.push({ ...generatedIssue(99), series: '' });
      }),
    ).rejects.toThrow(/not valid/);
    expect(await fs.readFile(journalOf(library))).toEqual(journal);
    expect(library.issues()).toEqual(before);
  });

  it('journals a change of any shape so that replaying it gives the same entries in the same order', () => {
    const [a, b, c, d] = [0, 1, 2, 3].map(generatedIssue) as [Issue, Issue, Issue, Issue];
    const edited = { ...b, editor: '王芳' };
    const cases: [Issue[], Issue[], number][] = [
      [[a, b, c], [a, edited, c], 1],
      [[a, b, c], [a, c], 1],
      [[a, b, c], [a, b, c, d], 1],
      [[a, b, c], [a, d, b, c], 5],
      [[a, b, c], [c, edited, a], 4],
      [[a, b, c], [a, b, c], 0],
    ];
    for (const [before, after, lines] of cases) {
      const catalog = { schemaVersion: CATALOG_SCHEMA_VERSION, issues: before.slice(), series: [], settings: defaultCatalogueSettings() };
      const taken = catalogBefore(catalog);
      catalog.issues = after.slice();
      const ops = catalogChanges(taken, catalog);
      expect(ops).toHaveLength(lines);
      const replayed = { ...catalog, issues: before.slice() };
      for (const op of ops ?? []) applyOp(replayed, op);
      expect(replayed.issues.map((i) => `${i.id}:${i.editor}`)).toEqual(after.map((i) => `${i.id}:${i.editor}`));
    }
    // The same id twice cannot be journalled: the whole base is written instead (and checked on load).
    const twice = { schemaVersion: CATALOG_SCHEMA_VERSION, issues: [a, b], series: [], settings: defaultCatalogueSettings() };
    const taken = catalogBefore(twice);
    twice.issues = [a, b, { ...a }];
    expect(catalogChanges(taken, twice)).toBeNull();
  });

  it('opens a schema 3 catalog.json with no journal as it is, and its first change writes schema 4', async () => {
    const dir = tempDir();
    const issues = Array.from({ length: 3 }, (_, i) => generatedIssue(i));
    const v3 = JSON.stringify({ schemaVersion: 3, issues, series: [], settings: defaultCatalogueSettings() });
    await fs.writeFile(baseOf(dir), v3);
    const library = await openLibrary(dir);
    expect(library.notices).toEqual([]);
    expect(library.issues().map((i) => i.id)).toEqual(issues.map((i) => i.id));
    // Opening (reading) never rewrites it: an older app can still open the library until a change.
    expect(await fs.readFile(baseOf(dir), 'utf8')).toBe(v3);
    await library.updateIssue(issues[1]!.id, { editor: '王芳' });
    const saved = JSON.parse(await fs.readFile(baseOf(dir), 'utf8')) as { schemaVersion: number; journal: number; issues: Issue[] };
    expect(saved).toMatchObject({ schemaVersion: 4, journal: 1 });
    expect(saved.issues[1]!.editor).toBe('王芳');
    await library.updateIssue(issues[2]!.id, { editor: '李涛' });
    const reopened = await openLibrary(dir);
    expect(reopened.notices).toEqual([]);
    expect(reopened.issues().map((i) => i.editor)).toEqual(['李涛', '王芳', '李涛']);
    expect((await verifyLibrary(reopened)).problems.filter((p) => p.kind === 'journal-damaged')).toEqual([]);
  });
});
