import { describe, expect, it } from 'vitest';
import type { PdfEngine } from '../../../electron/core/export';
import { exportOne, servicesWith } from '../export/helpers';
import { openLibrary, verifyLibrary } from '../../../electron/core/library';
import type { Library } from '../../../electron/core/library';
import { libraryWithSample, snapshot, tempDir } from '../../helpers/temp-library';

// JSON needs no browser: an engine that fails proves none is used.
const noPdf: PdfEngine = {
  pdf: () => Promise.reject(new Error('no PDF engine in this test')),
  close: async () => undefined,
};

/** The JSON export as the export command writes it (with the original inside). */
async function exportJson(library: Library, issueId: string): Promise<string> {
  const file = await exportOne(library, { target: { kind: 'issue', issueId }, format: 'json' }, servicesWith(library, noPdf));
  return new TextDecoder().decode(file.bytes);
}

describe('importing an issue exported as JSON', () => {
  it('restores it as it was into another library, and knows it the second time', async () => {
    const { library, issueId } = await libraryWithSample();
    await library.updateIssue(issueId, { editor: '李涛（校）' });
    const original = library.getIssue(issueId);
    const json = await exportJson(library, issueId);

    const dir = tempDir();
    const other = await openLibrary(dir, { create: true });
    const outcome = await other.importBulletin({ name: 'issue.json', bytes: Buffer.from(json) });
    expect(outcome).toMatchObject({ status: 'imported', issueId });
    expect(other.getIssue(issueId)).toEqual(original);
    expect(await other.getArticle(`${issueId}-4`)).toEqual(await library.getArticle(`${issueId}-4`));
    expect((await verifyLibrary(other)).problems).toEqual([]);

    const before = await snapshot(dir);
    expect(await other.importBulletin({ name: 'again.json', bytes: Buffer.from(json) })).toMatchObject({ status: 'duplicate', issueId });
    expect(await snapshot(dir)).toEqual(before);
  });

  it('refuses an export changed after it was written, leaving the library as it was', async () => {
    const { library, issueId } = await libraryWithSample();
    const exported = JSON.parse(await exportJson(library, issueId));
    exported.articles.pop();
    const dir = tempDir();
    const other = await openLibrary(dir, { create: true });
    const before = await snapshot(dir);
    const outcome = await other.importBulletin({ name: 'edited.json', bytes: Buffer.from(JSON.stringify(exported, null, 2)) });
    expect(outcome).toMatchObject({ status: 'failed', code: 'bad-input' });
    expect(await snapshot(dir)).toEqual(before);
  });
});
