import { describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../../../electron/core/api/dispatch';
import { ArchiveError } from '../../../electron/core/errors';
import { FakeLibrary } from './fake-library';

function setup() {
  const library = new FakeLibrary();
  const log = { error: vi.fn() };
  return { library, log, dispatch: createDispatcher(library, log) };
}

describe('dispatch', () => {
  it('answers a valid call with ok and the data', async () => {
    const { dispatch } = setup();
    const result = await dispatch('issues.list', {});
    expect(result).toMatchObject({ ok: true, data: [{ id: 'fake-0001', series: '科技情报参考', articleCount: 2 }] });
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'issues', 'nope.nope', 42, null])(
    'refuses %s as a method',
    async (method) => {
      const { dispatch } = setup();
      const result = await dispatch(method, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    },
  );

  it('rejects unknown keys in the input', async () => {
    const { dispatch } = setup();
    const result = await dispatch('issues.get', { issueId: 'fake-0001', path: '/etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-input' } });
  });

  it('rejects a missing or malformed input before the library sees it', async () => {
    const { dispatch } = setup();
    expect(await dispatch('issues.get', undefined)).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    const traversal = await dispatch('issues.get', { issueId: '../../catalog' });
    expect(traversal).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    if (!traversal.ok) expect(traversal.error.message).toContain('issueId');
  });

  it('passes an ArchiveError through as its code and message', async () => {
    const { dispatch } = setup();
    const result = await dispatch('issues.get', { issueId: 'missing-issue' });
    expect(result).toEqual({ ok: false, error: { code: 'not-found', message: 'No issue missing-issue in this library.' } });
  });

  it('hides unexpected errors behind a generic message and logs them', async () => {
    const { dispatch, library, log } = setup();
    library.failNextWith = new Error('ENOENT /home/secret/catalog.json');
    const result = await dispatch('issues.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!result.ok) expect(result.error.message).not.toContain('secret');
    expect(log.error).toHaveBeenCalledOnce();
  });

  it('does not log expected failures', async () => {
    const { dispatch, library, log } = setup();
    library.failNextWith = new ArchiveError('library-locked', 'Another window has this library open.');
    expect(await dispatch('library.info', {})).toMatchObject({ ok: false, error: { code: 'library-locked' } });
    expect(log.error).not.toHaveBeenCalled();
  });

  it('decodes imported files and keeps one outcome per file, in order', async () => {
    const { dispatch, library } = setup();
    const files = [
      { name: 'a.txt', dataBase64: Buffer.from('2024 年第 4 期').toString('base64') },
      { name: 'b.txt', dataBase64: '!!!not base64' },
      { name: 'c.bin', dataBase64: Buffer.from('hello').toString('base64') },
    ];
    const result = await dispatch('import.bulletins', { files });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject([
      { status: 'imported', file: 'a.txt' },
      { status: 'failed', file: 'b.txt', code: 'bad-input' },
      { status: 'failed', file: 'c.bin', code: 'not-a-bulletin' },
    ]);
    expect(new TextDecoder().decode(library.imported[0]?.bytes)).toBe('2024 年第 4 期');
    expect(library.imported).toHaveLength(2);
  });

  it('reports the library path and issue count', async () => {
    const { dispatch } = setup();
    expect(await dispatch('library.info', {})).toEqual({
      ok: true,
      data: { path: '/tmp/fake-library', issueCount: 1, notices: [] },
    });
  });
});
