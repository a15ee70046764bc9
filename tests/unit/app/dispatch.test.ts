import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createArchive } from '../../../electron/core/api/archive';
import { libraryWithSample, sampleBytes } from '../../helpers/temp-library';

async function setup() {
  const { library, issueId } = await libraryWithSample();
  const log = { error: vi.fn() };
  return { library, issueId, log, dispatch: createArchive(library, { log }).dispatch };
}

describe('dispatch', () => {
  it('answers a valid call with ok and the data', async () => {
    const { dispatch, issueId } = await setup();
    const result = await dispatch('issues.list', {});
    expect(result).toMatchObject({ ok: true, data: [{ id: issueId, series: '科技情报参考', articleCount: 6 }] });
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'issues', 'nope.nope', 42, null])('refuses %s as a method', async (method) => {
    const { dispatch } = await setup();
    const result = await dispatch(method, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('rejects unknown keys in the input', async () => {
    const { dispatch, issueId } = await setup();
    const result = await dispatch('issues.get', { issueId, path: '/etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-input' } });
  });

  it('rejects a missing or malformed input before the library sees it', async () => {
    const { dispatch } = await setup();
    expect(await dispatch('issues.get', undefined)).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    const traversal = await dispatch('issues.get', { issueId: '../../catalog' });
    expect(traversal).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    if (!traversal.ok) expect(traversal.error.message).toContain('issueId');
  });

  it('passes an ArchiveError through as its code and message', async () => {
    const { dispatch } = await setup();
    const result = await dispatch('issues.get', { issueId: 'missing-issue' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No issue with id missing-issue in this library.', said: { code: 'issue-not-found', issueId: 'missing-issue' } },
    });
  });

  it('hides unexpected errors behind a generic message and logs them', async () => {
    const { dispatch, library, issueId, log } = await setup();
    // A folder where the issue's texts file should be: reading it fails in a way nobody planned for.
    const texts = path.join(library.dir, 'texts', `${issueId}.json`);
    await fs.rm(texts);
    await fs.mkdir(texts);
    const result = await dispatch('articles.get', { articleId: `${issueId}-1` });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!result.ok) expect(result.error.message).not.toContain(library.dir);
    expect(log.error).toHaveBeenCalledOnce();
  });

  it('does not log expected failures', async () => {
    const { dispatch, log } = await setup();
    expect(await dispatch('articles.get', { articleId: 'abcdef-9' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(log.error).not.toHaveBeenCalled();
  });

  it('takes imported files as bytes or uploads and keeps one outcome per file, in order', async () => {
    const { dispatch, library } = await setup();
    const no4 = sampleBytes().toString('utf8').replace('2024 年第 3 期', '2024 年第 4 期');
    const files = [
      { name: 'a.txt', bytes: Buffer.from(no4) },
      // An upload that never arrived (or was used already): that file fails, the others go on.
      { name: 'b.txt', upload: '6f1c1f0e-3a55-4c2e-9a51-0d3f3e7f2b10' },
      { name: 'c.txt', bytes: Buffer.from('hello') },
      { name: 'd.txt', bytes: sampleBytes() },
    ];
    const result = await dispatch('import.bulletins', { files });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject([
      { status: 'imported', file: 'a.txt' },
      { status: 'failed', file: 'b.txt', code: 'not-found', said: { code: 'upload-missing', file: 'b.txt' } },
      { status: 'failed', file: 'c.txt', code: 'not-a-bulletin' },
      { status: 'duplicate', file: 'd.txt' },
    ]);
    expect(library.listIssues().map((i) => i.number)).toEqual([4, 3]);
  });

  it('previews an import, then saves it with the corrections', async () => {
    const { dispatch, library } = await setup();
    const no7 = sampleBytes().toString('utf8').replace('2024 年第 3 期', '2024 年第 7 期');
    const preview = await dispatch('import.preview', { file: { name: 'no7.txt', bytes: Buffer.from(no7) } });
    if (!preview.ok) throw new Error(preview.error.message);
    const draft = preview.data as { draftId: string; parsed: { number: number; editor: string | null } };
    expect(library.listIssues()).toHaveLength(1);
    const commit = await dispatch('import.commit', { draftId: draft.draftId, parsed: { ...draft.parsed, number: 8, editor: '王芳' } });
    expect(commit).toMatchObject({ ok: true, data: { status: 'imported' } });
    expect(library.findIssue('科技情报参考:2024:8').editor).toBe('王芳');
  });

  it('reports the library path and issue count', async () => {
    const { dispatch, library } = await setup();
    expect(await dispatch('library.info', {})).toEqual({ ok: true, data: { path: library.dir, issueCount: 1, notices: [] } });
  });
});
