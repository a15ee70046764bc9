import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openLibrary, verifyLibrary } from '../../../electron/core/library';
import type { Library } from '../../../electron/core/library';
import { mergePackage } from '../../../electron/core/package/merge/merge-package';
import { CONFLICT_TAG } from '../../../electron/core/package/merge/annotations';
import { libraryView, setClock, twoLibraries } from '../../helpers/merge-libraries';
import { openPackageFolder, writePackageFolder } from '../../helpers/package-folder';
import { tempDir } from '../../helpers/temp-library';

afterEach(() => {
  vi.useRealTimers();
});

async function packageOf(library: Library, only?: (id: string) => boolean): Promise<string> {
  return writePackageFolder(library, path.join(tempDir('package-'), 'bag'), only ? { only } : {});
}

async function merge(library: Library, bag: string) {
  return mergePackage(library, await openPackageFolder(bag));
}

/** B receives A's note through a package of the sample alone, as an earlier exchange would bring it. */
async function shareNote(a: Library, b: Library): Promise<void> {
  const sampleOnly = await packageOf(a, (id) => a.getIssue(id).series === '科技情报参考');
  await merge(b, sampleOnly);
}

describe('a round trip: two libraries merged in any order end as the same library', () => {
  it('merges A+B into a fresh C, B+A into a fresh D, B into A and A into B, all alike and verified', async () => {
    const { a, b, sampleId, numeralsId, sharedNoteId } = await twoLibraries(shareNote);
    const packageA = await packageOf(a);
    const packageB = await packageOf(b);
    setClock('13:00');
    const c = await openLibrary(tempDir(), { create: true });
    await merge(c, packageA);
    await merge(c, packageB);
    const d = await openLibrary(tempDir(), { create: true });
    await merge(d, packageB);
    await merge(d, packageA);
    const intoA = await merge(a, packageB);
    const intoB = await merge(b, packageA);

    const expected = await libraryView(c);
    expect(await libraryView(d)).toEqual(expected);
    expect(await libraryView(a)).toEqual(expected);
    expect(await libraryView(b)).toEqual(expected);
    for (const library of [a, b, c, d]) expect((await verifyLibrary(library)).problems).toEqual([]);

    // Four issues: the sample and the numerals (both sides), A's combined-one-line, B's 增刊.
    expect(c.issues()).toHaveLength(4);
    const merged = c.getIssue(sampleId);
    expect(merged.publisher).toBe('B 编辑部'); // B's edit at 09:20 is newer than A's at 09:10
    expect(merged.pages).toBe(12); // filled only by A
    const numerals = c.getIssue(numeralsId);
    expect(numerals.remarks).toBe('A 的备注'); // A's edit at 09:40 is newer than B's at 09:30
    expect(numerals.printedBy).toBe('局印刷厂'); // filled only by B

    // The note both changed: B's later version keeps its id, A's is kept beside it, tagged.
    const notes = c.annotations.annotations.filter((n) => n.motivation === 'highlighting' && n.target.source.endsWith(`${sampleId}-4`));
    expect(notes.find((n) => n.id === sharedNoteId)?.body.map((x) => x.value)).toEqual(['B 改过的批注']);
    const copy = notes.find((n) => n.id !== sharedNoteId);
    expect(copy?.body.map((x) => x.value)).toEqual(['A 改过的批注', CONFLICT_TAG]);
    // The same tag on both sides is there once.
    const finance = c.annotations.annotations.filter((n) => n.motivation === 'tagging' && n.body[0]?.value === '金融');
    expect(finance).toHaveLength(1);

    // The conflicts are listed with both values, which was kept, and why.
    const sampleRow = intoA.issues.find((r) => r.issueId === sampleId);
    expect(sampleRow).toMatchObject({ action: 'merged', matchedBy: 'checksum', fieldsTaken: [] });
    expect(sampleRow?.conflicts).toEqual([
      { field: 'publisher', ours: 'A 编辑部', theirs: 'B 编辑部', kept: 'theirs', rule: 'newer-edit', oursAt: '2026-03-01T09:10:00.000Z', theirsAt: '2026-03-01T09:20:00.000Z' },
    ]);
    // B's tag 人才 is new; the tag 金融 both had is there already; the note changed on both is a conflict.
    expect(sampleRow?.annotations).toEqual({ added: 1, updated: 0, unchanged: 1, conflicted: 1 });
    const numeralsRow = intoA.issues.find((r) => r.issueId === numeralsId);
    expect(numeralsRow?.fieldsTaken).toEqual(['printedBy']);
    expect(numeralsRow?.conflicts).toEqual([
      { field: 'remarks', ours: 'A 的备注', theirs: 'B 的备注', kept: 'ours', rule: 'newer-edit', oursAt: '2026-03-01T09:40:00.000Z', theirsAt: '2026-03-01T09:30:00.000Z' },
    ]);
    expect(intoA.totals).toMatchObject({ added: 1, merged: 2, failed: 0, conflicts: 2, annotationsConflicted: 1 });
    expect(intoB.totals).toMatchObject({ added: 1, merged: 2, failed: 0, conflicts: 2 });
  });

  it('changes nothing when the same package is merged twice: every issue unchanged, every file as it was', async () => {
    const { a, b } = await twoLibraries(shareNote);
    const packageB = await packageOf(b);
    setClock('13:00');
    await merge(a, packageB);
    const before = await filesWithTimes(a.dir);
    setClock('14:00');
    const again = await merge(a, packageB);
    expect(again.issues.map((r) => r.action)).toEqual(again.issues.map(() => 'unchanged'));
    expect(again.totals).toMatchObject({ added: 0, merged: 0, failed: 0, annotationsAdded: 0, annotationsConflicted: 0 });
    expect(again.resumed).toBe(false);
    expect(await filesWithTimes(a.dir)).toEqual(before);
  });

  it('a dry run reports what the merge would do and writes nothing, not even a temp file', async () => {
    const { a, b } = await twoLibraries(shareNote);
    const packageB = await packageOf(b);
    setClock('13:00');
    const before = await filesWithTimes(a.dir);
    const dry = await mergePackage(a, await openPackageFolder(packageB), { dryRun: true });
    expect(await filesWithTimes(a.dir)).toEqual(before);
    const real = await merge(a, packageB);
    expect(dry).toEqual({ ...real, dryRun: true });
    expect(dry.totals.added).toBe(1);
  });
});

/** Every file and folder under `dir` with its size, modification time and bytes' length: a write of any kind shows. */
async function filesWithTimes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  async function walk(sub: string): Promise<void> {
    for (const entry of await fs.readdir(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.join(sub, entry.name);
      const stat = await fs.stat(path.join(dir, rel));
      if (entry.isDirectory()) {
        out[`${rel}/`] = String(stat.mtimeMs);
        await walk(rel);
      } else out[rel] = `${stat.size} ${stat.mtimeMs} ${(await fs.readFile(path.join(dir, rel))).toString('base64').length}`;
    }
  }
  await walk('');
  return out;
}
