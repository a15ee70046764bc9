import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/annotations';
import { AnnotationStore } from '../../../electron/core/annotations';
import { openLibrary, verifyLibrary } from '../../../electron/core/library';
import type { AnnotationOp, Library } from '../../../electron/core/library';
import { COMPACT_LINES, parseLine } from '../../../electron/core/library/annotations-journal';
import { libraryWithSample } from '../../helpers/temp-library';

const journalOf = (library: Library) => path.join(library.dir, 'annotations.journal');
const snapshotOf = async (library: Library): Promise<Annotation[]> =>
  (JSON.parse(await fs.readFile(path.join(library.dir, 'annotations.json'), 'utf8')) as { annotations: Annotation[] }).annotations;
/** The journal's change lines (its header, naming its generation, left out). */
const journalLines = async (library: Library): Promise<string[]> =>
  (await fs.readFile(journalOf(library), 'utf8')).split('\n').filter((l) => l !== '' && !l.includes('"journal":'));
const ids = (library: Library) => library.annotations.annotations.map((a) => a.id).sort();

function copyWithNewId(annotation: Annotation): Annotation {
  return { ...structuredClone(annotation), id: `urn:uuid:${randomUUID()}` };
}

describe('the annotations journal', () => {
  it('appends a save to annotations.journal, and a reopened library replays it', async () => {
    const { library, issueId } = await libraryWithSample();
    const store = new AnnotationStore(library);
    const note = await store.addArticleNote(`${issueId}-1`, '先记一笔');
    await store.addTag(`${issueId}-2`, '金融');
    await store.update(note.id, { note: '改过的一笔' });

    const lines = await journalLines(library);
    expect(lines.map((l) => (JSON.parse(l) as { op: string }).op)).toEqual(['put', 'put', 'put']);
    expect(await snapshotOf(library)).toEqual([]);

    const reopened = await openLibrary(library.dir);
    expect(reopened.notices).toEqual([]);
    expect(ids(reopened)).toEqual(ids(library));
    expect(new AnnotationStore(reopened).all().find((a) => a.id === note.id)?.body[0]?.value).toBe('改过的一笔');
    // Opening folds the journal into the snapshot.
    expect(await journalLines(library)).toEqual([]);
    expect((await snapshotOf(library)).map((a) => a.id).sort()).toEqual(ids(library));
  });

  it('loses no update when two processes on the same folder each append', async () => {
    const { library: first, issueId } = await libraryWithSample();
    const second = await openLibrary(first.dir);
    const a = new AnnotationStore(first);
    const b = new AnnotationStore(second);
    const note = await a.addArticleNote(`${issueId}-1`, '第一处');
    expect(await b.addTag(`${issueId}-1`, '乙')).toEqual(['乙']);
    expect(await a.addTag(`${issueId}-1`, '甲')).toEqual(['乙', '甲'].sort((x, y) => x.localeCompare(y, 'zh-Hans-CN')));
    await b.update(note.id, { note: '乙改过' });
    await b.removeTag(`${issueId}-1`, '乙');

    for (const library of [first, second]) {
      expect(library.annotations.annotations).toHaveLength(2);
      expect(library.annotations.annotations.find((x) => x.id === note.id)?.body[0]?.value).toBe('乙改过');
    }
    expect(await a.addTag(`${issueId}-2`, '丙')).toEqual(['丙']);
    expect(ids(second)).toEqual(ids(first));
    expect(ids(await openLibrary(first.dir))).toEqual(ids(first));
  });

  it('ignores a torn last line, cuts it away at the next write, and opens', async () => {
    const { library, issueId } = await libraryWithSample();
    const store = new AnnotationStore(library);
    await store.addTag(`${issueId}-1`, '甲');
    const torn = '{"v":1,"op":"put","annotation":{"id":"urn:uuid:';
    await fs.appendFile(journalOf(library), torn);

    // Under the lock no one is appending: the torn line is what a crash (or a cut) left. It is not
    // applied, it is said, and the journal as found is kept in damaged/.
    const other = await openLibrary(library.dir).catch((error: unknown) => error);
    expect(other).not.toBeInstanceOf(Error);
    expect((other as Library).notices).toEqual([
      { code: 'journal-torn', file: 'annotations.journal', bytes: torn.length, movedTo: expect.stringMatching(/^damaged[\\/]annotations\.journal\./) },
    ]);
    expect(ids(other as Library)).toEqual(ids(library));

    await fs.appendFile(journalOf(library), torn);
    expect(library.annotations.annotations).toHaveLength(1);
    await store.addTag(`${issueId}-1`, '乙');
    const lines = await journalLines(library);
    expect(lines.map((l) => parseLine(l)?.op)).toEqual(['put']);
    expect((await fs.readFile(journalOf(library), 'utf8')).endsWith('\n')).toBe(true);
    const reopened = await openLibrary(library.dir);
    expect(reopened.notices).toEqual([]);
    expect(reopened.annotations.annotations).toHaveLength(2);
  });

  it('skips an unreadable line in the middle with a notice, and keeps the journal aside', async () => {
    const { library, issueId } = await libraryWithSample();
    const store = new AnnotationStore(library);
    await store.addTag(`${issueId}-1`, '甲');
    await fs.appendFile(journalOf(library), '{"v":1,"op":"put","annotation":{"id":"nonsense"}}\nnot json at all\n');
    await store.addTag(`${issueId}-1`, '乙');
    const reopened = await openLibrary(library.dir);
    expect(reopened.notices).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'journal-line-skipped' }), expect.objectContaining({ code: 'journal-set-aside', movedTo: expect.stringMatching(/^damaged/) })]),
    );
    expect(await new AnnotationStore(reopened).addTag(`${issueId}-1`, '丙')).toHaveLength(3);
    const aside = await fs.readdir(path.join(library.dir, 'damaged'));
    expect(aside.some((n) => n.startsWith('annotations.journal.'))).toBe(true);
  });

  it('folds the journal into annotations.json when it grows long, with a backup', async () => {
    const { library, issueId } = await libraryWithSample();
    const store = new AnnotationStore(library);
    await store.addTag(`${issueId}-1`, '甲');
    const template = library.annotations.annotations[0]!;
    const backupsBefore = (await fs.readdir(path.join(library.dir, 'backups'))).filter((n) => n.startsWith('annotations-')).length;
    const ops: AnnotationOp[] = Array.from({ length: COMPACT_LINES }, () => ({ op: 'put', annotation: copyWithNewId(template) }));
    await library.changeAnnotations(() => ({ ops, result: undefined }));
    // The save returns once its lines are synced; the fold follows it, off the save's path.
    expect(await journalLines(library)).toHaveLength(COMPACT_LINES + 1);
    await library.settled();

    expect(await journalLines(library)).toEqual([]);
    expect(await snapshotOf(library)).toHaveLength(COMPACT_LINES + 1);
    expect(library.annotations.annotations).toHaveLength(COMPACT_LINES + 1);
    const backupsAfter = (await fs.readdir(path.join(library.dir, 'backups'))).filter((n) => n.startsWith('annotations-')).length;
    expect(backupsAfter).toBeGreaterThan(backupsBefore);
    expect(ids(await openLibrary(library.dir))).toEqual(ids(library));
  });

  it('replays harmlessly after a crash between writing the snapshot and emptying the journal', async () => {
    const { library, issueId } = await libraryWithSample();
    const store = new AnnotationStore(library);
    const kept = await store.addArticleNote(`${issueId}-1`, '第一版');
    const gone = await store.addArticleNote(`${issueId}-2`, '要删掉的');
    await store.update(kept.id, { note: '第二版' });
    await store.remove(gone.id);
    await store.restore(gone);
    await store.remove(gone.id);
    await store.addTag(`${issueId}-3`, '甲');
    const journal = await fs.readFile(journalOf(library));
    const expected = structuredClone(library.annotations.annotations);

    // Opening folds the journal: snapshot written, journal emptied. Put the journal back, as if
    // the process had died after the snapshot's rename but before the truncation.
    await openLibrary(library.dir);
    expect(await snapshotOf(library)).toEqual(expected);
    await fs.writeFile(journalOf(library), journal);

    const reopened = await openLibrary(library.dir);
    expect(reopened.notices).toEqual([]);
    expect(reopened.annotations.annotations).toEqual(expected);
    expect(await snapshotOf(library)).toEqual(expected);
    // And a process that was open all along, replaying the same lines again, agrees.
    expect(library.annotations.annotations).toEqual(expected);
  });

  it('folds the journal before a bulk rewrite, and verify accepts a library with a journal', async () => {
    const { library, issueId } = await libraryWithSample();
    const store = new AnnotationStore(library);
    await store.addTag(`${issueId}-1`, '甲');
    await store.addTag(`${issueId}-2`, '甲');
    expect((await verifyLibrary(library)).problems).toEqual([]);
    expect(await store.renameTag('甲', '乙')).toBe(2);
    await library.writeAnnotations((file) => {
      file.annotations = file.annotations.filter((a) => a.target.source.endsWith(`${issueId}-1`));
    });
    expect(await journalLines(library)).toEqual([]);
    const reopened = await openLibrary(library.dir);
    expect(reopened.annotations.annotations.map((a) => a.body[0]?.value)).toEqual(['乙']);
    expect((await verifyLibrary(reopened)).problems).toEqual([]);
  });
});
