import { mkdirSync, promises as fs, renameSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { PdfEngine } from '../../../electron/core/export';
import { commitIssue, ImportDrafts, openLibrary, restoreIssueFromJson } from '../../../electron/core/library';
import * as reading from '../../../electron/core/importers/read-bulletin';
import { exportOne, servicesWith } from '../export/helpers';
import { libraryWithSample, sampleBytes, snapshot, tempDir } from '../../helpers/temp-library';

vi.mock('../../../electron/core/importers/read-bulletin', async (importOriginal) => {
  const actual = await importOriginal<typeof reading>();
  return { ...actual, readBulletin: vi.fn(actual.readBulletin) };
});

const noPdf: PdfEngine = { pdf: () => Promise.reject(new Error('no PDF engine here')), close: async () => undefined };

describe('the one commit path', () => {
  it('applies one duplicate rule to every importer: an export of another copy of an issue is a duplicate too', async () => {
    // Library B holds another file of the same issue (one more line at the end).
    const b = await openLibrary(tempDir(), { create: true });
    const copy = Buffer.concat([sampleBytes(), Buffer.from('\n')]);
    const imported = await b.importBulletin({ name: 'copy.txt', bytes: copy });
    if (imported.status !== 'imported') throw new Error(imported.message);
    const exported = await exportOne(b, { target: { kind: 'issue', issueId: imported.issueId }, format: 'json' }, servicesWith(b, noPdf));

    const { library: a, issueId } = await libraryWithSample();
    const before = await snapshot(a.dir);
    const outcome = await a.importBulletin({ name: 'copy.json', bytes: exported.bytes });
    expect(outcome).toMatchObject({ status: 'duplicate', issueId });
    expect(outcome.message).toMatch(/another copy of the same issue/);
    await expect(restoreIssueFromJson(a, new TextDecoder().decode(exported.bytes))).rejects.toMatchObject({ code: 'duplicate' });
    expect(await snapshot(a.dir)).toEqual(before);
  });

  it('puts back the texts a failed change had replaced, so the library is as it was', async () => {
    const { library, issueId } = await libraryWithSample();
    // The commit point is the append to catalog.journal (issue 19).
    const catalog = path.join(library.dir, 'catalog.journal');
    const before = await snapshot(library.dir);
    const texts = await library.getTexts(issueId);
    await expect(
      commitIssue(library, (issues) => {
        // catalog.journal cannot be appended to any more: the commit point fails after the texts are written.
        renameSync(catalog, `${catalog}.aside`);
        mkdirSync(path.join(catalog, 'blocker'), { recursive: true });
        const issue = issues.find((i) => i.id === issueId)!;
        return { issue: { ...issue, editor: '别人' }, texts: { ...texts, articles: [] }, replaces: issueId };
      }),
    ).rejects.toThrow();
    await fs.rm(catalog, { recursive: true });
    await fs.rename(`${catalog}.aside`, catalog);
    expect(await snapshot(library.dir)).toEqual(before);
  });

  it('saves a reviewed draft from what the review read, without reading the file again', async () => {
    const library = await openLibrary(tempDir(), { create: true });
    const drafts = new ImportDrafts(library);
    const read = vi.mocked(reading.readBulletin);
    read.mockClear();
    const draft = await drafts.open({ name: 'kjqbck.txt', bytes: sampleBytes() });
    expect((await drafts.commit(draft.draftId, draft.parsed)).status).toBe('imported');
    expect(read).toHaveBeenCalledTimes(1);
  });
});
