import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createArchive } from '../../../electron/core/api/archive';
import { openLibrary } from '../../../electron/core/library';
import { originalFileName } from '../../../electron/core/library/original-file';
import { sampleBytes, tempDir } from '../../helpers/temp-library';

const PDF = path.resolve(__dirname, '../../fixtures/pdf/bulletin-3p.pdf');

async function setup() {
  const library = await openLibrary(path.join(tempDir(), 'library'), { create: true });
  return { library, dispatch: createArchive(library, { log: { error: vi.fn() } }).dispatch };
}

async function importFile(dispatch: Awaited<ReturnType<typeof setup>>['dispatch'], name: string, bytes: Buffer): Promise<string> {
  const result = await dispatch('import.bulletins', { files: [{ name, bytes }] });
  if (!result.ok) throw new Error(result.error.message);
  const [outcome] = result.data as { status: string; issueId: string }[];
  expect(outcome?.status).toBe('imported');
  return outcome!.issueId;
}

describe('issues.original', () => {
  it('hands over the original byte for byte, with its name and type', async () => {
    const { dispatch } = await setup();
    const issueId = await importFile(dispatch, 'bulletin-3p.pdf', readFileSync(PDF));
    const result = await dispatch('issues.original', { issueId });
    expect(result).toMatchObject({ ok: true, data: { name: 'bulletin-3p.pdf', mime: 'application/pdf' } });
    if (!result.ok) return;
    const { dataBase64 } = result.data as { dataBase64: string };
    expect(Buffer.from(dataBase64, 'base64').equals(readFileSync(PDF))).toBe(true);
  });

  it('names a file by what it is, never by a misleading extension', async () => {
    const { dispatch } = await setup();
    const issueId = await importFile(dispatch, 'setup.exe', sampleBytes());
    expect(await dispatch('issues.original', { issueId })).toMatchObject({ ok: true, data: { name: 'setup.txt', mime: 'text/plain' } });
  });

  it('refuses ids that are not issues, and says when the file is gone', async () => {
    const { dispatch, library } = await setup();
    expect(await dispatch('issues.original', { issueId: '../catalog' })).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(await dispatch('issues.original', { issueId: 'abcdef123456' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const issueId = await importFile(dispatch, 'a.txt', sampleBytes());
    const { sha256, ext } = library.getIssue(issueId).original;
    const { rm } = await import('node:fs/promises');
    await rm(path.join(library.dir, 'files', `${sha256}.${ext}`));
    expect(await dispatch('issues.original', { issueId })).toMatchObject({ ok: false, error: { code: 'library-damaged' } });
  });

  it.each([
    ['科技工作动态 2024-05.pdf', 'pdf', '科技工作动态 2024-05.pdf'],
    ['..\\..\\evil.pdf', 'pdf', 'evil.pdf'],
    ['a:b*c?.docx', 'docx', 'a_b_c_.docx'],
    ['.hidden', 'txt', 'hidden.txt'],
    ['CON.txt', 'txt', '_CON.txt'],
    ['', 'txt', 'original.txt'],
  ] as const)('makes a safe file name of %j', (name, kind, expected) => {
    expect(originalFileName(name, kind)).toBe(expected);
  });
});

describe('import review drafts', () => {
  it('keep the draft after a duplicate, so a corrected number can still be saved', async () => {
    const { dispatch } = await setup();
    await importFile(dispatch, 'first.txt', sampleBytes());
    // Another file, parsed as the same series, year and number.
    const other = Buffer.from(sampleBytes().toString('utf8').replace('科技创新、平台先行。', '科技创新、平台先行！'));
    const preview = await dispatch('import.preview', { file: { name: 'second.txt', bytes: other } });
    if (!preview.ok) throw new Error(preview.error.message);
    const draft = preview.data as { draftId: string; parsed: { number: number } };
    const again = await dispatch('import.commit', { draftId: draft.draftId, parsed: draft.parsed });
    expect(again).toMatchObject({ ok: true, data: { status: 'duplicate' } });
    const corrected = await dispatch('import.commit', { draftId: draft.draftId, parsed: { ...draft.parsed, number: 4 } });
    expect(corrected).toMatchObject({ ok: true, data: { status: 'imported' } });
  });
});
