import { readFileSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary, verifyLibrary } from '../../../electron/core/library';
import { readOriginal } from '../../../electron/core/library/original-file';
import { articleText } from '../../../shared/annotations';
import { libraryWithSample, sampleBytes, snapshot } from '../../helpers/temp-library';
import { archiveCaller } from '../../helpers/archive-call';

const SAMPLE_PDF = path.resolve(__dirname, '../../fixtures/pdf/sample-kjqbck-2024-03.pdf');
/** The same issue as the sample, with different bytes (a corrected re-send of the text). */
const otherCopy = (): Buffer => Buffer.concat([sampleBytes(), Buffer.from('\n（本期另附勘误一则）\n')]);

describe('several files per issue', () => {
  it('says which case another file is, names the held issue and changes nothing without a choice', async () => {
    const { library, issueId } = await libraryWithSample();
    const before = await snapshot(library.dir);
    const same = await library.importBulletin({ name: 'again.txt', bytes: sampleBytes() });
    expect(same).toMatchObject({ status: 'duplicate', clash: 'same-file', issueId });
    expect(same.message).toMatch(/Already in the library: this file is 科技情报参考:2024:3/);
    const other = await library.importBulletin({ name: 'corrected.txt', bytes: otherCopy() });
    expect(other).toMatchObject({ status: 'duplicate', clash: 'same-issue', issueId });
    expect(other.message).toMatch(/科技情报参考:2024:3 is already in the library .*corrected\.txt is another file of the same issue with different content/);
    expect(await snapshot(library.dir)).toEqual(before);
  });

  it('attaches a PDF beside the text, lists it, opens it by checksum, verifies it, and refuses it a second time', async () => {
    const { library, issueId } = await libraryWithSample();
    const pdf = readFileSync(SAMPLE_PDF);
    const outcome = await library.importBulletin({ name: 'kjqbck-2024-03.pdf', bytes: pdf }, { sameIssue: 'attach' });
    expect(outcome).toMatchObject({ status: 'imported', issueId, message: expect.stringMatching(/Attached kjqbck-2024-03\.pdf to 科技情报参考:2024:3 \(another format\)/) });
    const issue = library.getIssue(issueId);
    expect(issue.original.name).toBe('kjqbck-2024-03.txt');
    expect(issue.files).toEqual([expect.objectContaining({ name: 'kjqbck-2024-03.pdf', ext: 'pdf', role: 'representation', size: pdf.byteLength })]);
    const opened = await readOriginal(library, issueId, issue.files[0]!.sha256);
    expect(opened).toMatchObject({ kind: 'pdf', name: 'kjqbck-2024-03.pdf' });
    expect(Buffer.from(opened.bytes).equals(pdf)).toBe(true);
    expect((await verifyLibrary(library)).problems).toEqual([]);
    const again = await library.importBulletin({ name: 'copy.pdf', bytes: pdf });
    expect(again).toMatchObject({ status: 'duplicate', clash: 'same-file' });
    // verify checks the attached file too.
    await fs.writeFile(path.join(library.dir, 'files', `${issue.files[0]!.sha256}.pdf`), 'altered');
    expect((await verifyLibrary(library)).problems).toEqual([expect.objectContaining({ kind: 'original-altered', issue: issueId })]);
  });

  it('replaces the text from another file, keeping the old original beside it, or keeps a variant', async () => {
    const { library, issueId } = await libraryWithSample();
    const replaced = await library.importBulletin({ name: 'corrected.txt', bytes: otherCopy() }, { sameIssue: 'replace-text' });
    expect(replaced).toMatchObject({ status: 'imported', issueId });
    const issue = library.getIssue(issueId);
    expect(issue.original.name).toBe('corrected.txt');
    expect(issue.files.map((f) => [f.name, f.role])).toEqual([['kjqbck-2024-03.txt', 'representation']]);
    const variant = await library.importBulletin({ name: 'variant.txt', bytes: Buffer.concat([otherCopy(), Buffer.from('x')]) }, { sameIssue: 'variant' });
    expect(variant.status).toBe('imported');
    expect(library.getIssue(issueId).files.map((f) => f.role)).toEqual(['representation', 'variant']);
    const none = await library.importBulletin({ name: 'n9.txt', bytes: Buffer.from(sampleBytes().toString('utf8').replace('2024 年第 3 期', '2024 年第 9 期')) }, { sameIssue: 'attach' });
    expect(none).toMatchObject({ status: 'failed', message: expect.stringMatching(/no issue of the same series, year and number/) });
  });
});

describe('history, undo and the recycle area', () => {
  it('records every change with who and which program, across a restart, and undoes the last one', async () => {
    const { library, issueId } = await libraryWithSample();
    const { call, close } = archiveCaller(library);
    try {
      await call('issues.update', { issueId, patch: { editor: '王芳', remarks: '核对过' } });
      await library.importBulletin({ name: 'rescan.txt', bytes: otherCopy() }, { sameIssue: 'attach' });
      const reopened = await openLibrary(library.dir);
      const { call: again, close: close2 } = archiveCaller(reopened);
      try {
        const rows = await again('history.list', { issueId });
        expect(rows.map((r) => r.action)).toEqual(['attach', 'edit', 'import']);
        const edit = rows[1]!;
        expect(edit.fields.sort()).toEqual(['editor', 'remarks']);
        expect(edit.changes).toContainEqual({ field: 'editor', before: '李涛', after: '王芳' });
        expect(edit).toMatchObject({ program: 'app', user: expect.any(String) });
        expect(edit.user.length).toBeGreaterThan(0);
        // Undo takes back the last change (the attach) and is itself recorded; the file is gone.
        const attached = reopened.getIssue(issueId).files[0]!;
        await again('history.undo', {});
        expect(reopened.getIssue(issueId).files).toEqual([]);
        expect(attached).toMatchObject({ name: 'rescan.txt', role: 'better-scan' });
        await expect(fs.access(path.join(library.dir, 'files', `${attached.sha256}.txt`))).rejects.toThrow();
        await again('history.undo', {});
        expect(reopened.getIssue(issueId)).toMatchObject({ editor: '李涛', remarks: null });
        const after = await again('history.list', { issueId });
        expect(after.map((r) => [r.action, r.undone])).toEqual([
          ['undo', false],
          ['undo', false],
          ['attach', true],
          ['edit', true],
          ['import', false],
        ]);
        expect((await verifyLibrary(reopened)).problems).toEqual([]);
        const csv = await again('history.export', { format: 'csv', issueId });
        expect(csv.text.startsWith('\ufeff')).toBe(true);
        expect(csv.text).toContain('editor: 王芳');
      } finally {
        await close2();
      }
    } finally {
      await close();
    }
  });

  it('refuses to undo a change the issue has moved on from, and changes nothing', async () => {
    const { library, issueId } = await libraryWithSample();
    const { call, close } = archiveCaller(library);
    try {
      await call('issues.update', { issueId, patch: { pages: 10 } });
      const [first] = await call('history.list', { issueId });
      await call('issues.update', { issueId, patch: { pages: 12 } });
      const before = await snapshot(library.dir);
      await expect(call('history.undo', { entryId: first!.id })).rejects.toThrow(/has been changed again since/);
      const now = await snapshot(library.dir);
      expect(now).toEqual(before);
    } finally {
      await close();
    }
  });

  it('moves a deleted issue to the recycle area and restores it with its texts and annotations', async () => {
    const { library, issueId } = await libraryWithSample();
    const { call, close } = archiveCaller(library);
    try {
      const articleId = library.getIssue(issueId).articles[0]!.id;
      const text = articleText((await library.getArticle(articleId)).sections);
      await call('annotations.highlight', { articleId, start: 10, end: 16, color: 'yellow', note: '留意' });
      const textsBefore = await library.getTexts(issueId);
      await call('issues.delete', { issueId });
      expect(library.issues()).toEqual([]);
      expect((await verifyLibrary(library)).problems).toEqual([]);
      expect(await call('recycle.list', {})).toEqual([expect.objectContaining({ issueId, series: '科技情报参考', year: 2024, number: 3, articleCount: 6 })]);
      const restored = await call('recycle.restore', { issueId });
      expect(restored.id).toBe(issueId);
      expect(await library.getTexts(issueId)).toEqual(textsBefore);
      expect(await call('recycle.list', {})).toEqual([]);
      expect((await call('annotations.list', { filters: {} })).rows).toEqual([expect.objectContaining({ quote: text.slice(10, 16), note: '留意', orphaned: false })]);
      expect((await call('history.list', { issueId })).map((r) => r.action)).toEqual(['restore', 'delete', 'import']);
      // Undoing the restore sends it back; undoing that brings it back again.
      await call('history.undo', {});
      expect(library.issues()).toEqual([]);
      expect((await verifyLibrary(library)).problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
