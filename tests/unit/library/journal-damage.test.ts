import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnnotationStore } from '../../../electron/core/annotations';
import { openLibrary, verifyLibrary } from '../../../electron/core/library';
import type { Library } from '../../../electron/core/library';
import { cli } from '../../helpers/cli';
import { libraryWithSample } from '../../helpers/temp-library';

/**
 * Issue 20, defect 5: annotations were lost without notice when annotations.journal was
 * NUL-filled, emptied or cut mid-file. Each loss is now said, the journal as found is kept in
 * damaged/, every whole change that still reads is recovered, and verify reports it.
 */
const journalOf = (library: Library) => path.join(library.dir, 'annotations.journal');

/** A library with three notes waiting in the journal (not yet folded into annotations.json). */
async function threeNotes(): Promise<{ library: Library; ids: string[]; journal: Buffer }> {
  const { library, issueId } = await libraryWithSample();
  const store = new AnnotationStore(library);
  const ids: string[] = [];
  for (const [n, text] of ['第一条批注', '第二条批注', '第三条批注'].entries()) ids.push((await store.addArticleNote(`${issueId}-${n + 1}`, text)).id);
  return { library, ids, journal: await fs.readFile(journalOf(library)) };
}

async function keptInDamaged(library: Library): Promise<Buffer[]> {
  const dir = path.join(library.dir, 'damaged');
  const names = (await fs.readdir(dir)).filter((n) => n.startsWith('annotations.journal.'));
  return Promise.all(names.map((n) => fs.readFile(path.join(dir, n))));
}

const ids = (library: Library) => library.annotations.annotations.map((a) => a.id);

describe('a damaged annotations journal', () => {
  it('NUL-filled: the loss is said, the journal kept in damaged/, verify reports it', async () => {
    const { library, journal } = await threeNotes();
    const zeros = Buffer.alloc(journal.length);
    await fs.writeFile(journalOf(library), zeros);

    const reopened = await openLibrary(library.dir);
    expect(reopened.notices).toContainEqual(expect.objectContaining({ code: 'journal-damaged', problem: 'unreadable-start', movedTo: expect.stringMatching(/^damaged/) }));
    expect(await keptInDamaged(library)).toContainEqual(zeros);
    const report = await verifyLibrary(reopened);
    expect(report.problems.map((p) => p.kind)).toContain('journal-damaged');

    // Said once: the journal is written afresh, and the next open is quiet.
    expect((await openLibrary(library.dir)).notices).toEqual([]);
  });

  it('emptied: the loss is said in the language of the command line, and verify fails', async () => {
    const { library } = await threeNotes();
    await fs.truncate(journalOf(library), 0);
    const zh = await cli(['verify', '--library', library.dir], { LANG: 'zh_CN.UTF-8' });
    expect(zh.stderr).toMatch(/annotations\.journal 被清空了：.*可能已丢失/);
    expect(zh.stdout).toMatch(/书库有问题.*\n\s+✗ annotations\.journal 被清空了/);
    expect(zh.code).toBe(1);
  });

  it('deleted: the loss is said', async () => {
    const { library } = await threeNotes();
    await fs.rm(journalOf(library));
    const reopened = await openLibrary(library.dir);
    expect(reopened.notices).toContainEqual(expect.objectContaining({ code: 'journal-damaged', problem: 'missing' }));
  });

  it('cut mid-file: every whole change before the cut is recovered, the rest is said', async () => {
    const { library, ids: written, journal } = await threeNotes();
    const lines = journal.toString('utf8').split('\n');
    // Header, first note, and half of the second.
    const cut = Buffer.byteLength(`${lines[0]}\n${lines[1]}\n`) + 40;
    await fs.writeFile(journalOf(library), journal.subarray(0, cut));
    const reopened = await openLibrary(library.dir);
    expect(ids(reopened)).toEqual([written[0]]);
    expect(reopened.notices).toContainEqual(expect.objectContaining({ code: 'journal-torn', bytes: 40, movedTo: expect.stringMatching(/^damaged/) }));
    expect(await keptInDamaged(library)).toContainEqual(journal.subarray(0, cut));
  });

  it('zero bytes over one change in the middle: the changes around it are recovered', async () => {
    const { library, ids: written, journal } = await threeNotes();
    const lines = journal.toString('utf8').split('\n');
    const start = Buffer.byteLength(`${lines[0]}\n${lines[1]}\n`);
    const damaged = Buffer.from(journal);
    // The second note and its newline become zero bytes, so the third is glued to them.
    damaged.fill(0, start, start + Buffer.byteLength(`${lines[2]}\n`));
    await fs.writeFile(journalOf(library), damaged);
    const reopened = await openLibrary(library.dir);
    expect(ids(reopened)).toEqual([written[0], written[2]]);
    expect(reopened.notices).toContainEqual(expect.objectContaining({ code: 'journal-set-aside', count: 1 }));
    expect(await keptInDamaged(library)).toContainEqual(damaged);
  });

  it('verify finds damage done after the library was opened', async () => {
    const { library } = await threeNotes();
    await fs.writeFile(journalOf(library), Buffer.alloc(64));
    const report = await verifyLibrary(library);
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'journal-damaged', path: 'annotations.journal' }));
  });
});
