import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpBridge } from '../../../renderer/src/transport/http';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('browser-mode bridge', () => {
  it('posts JSON to /api/<method> with the page token', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ ok: true, data: [] })));
    vi.stubGlobal('fetch', fetch);
    const result = await createHttpBridge('secret-token').invoke('issues.list', {});
    expect(result).toEqual({ ok: true, data: [] });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/issues.list');
    expect(init.method).toBe('POST');
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/json', 'X-Archive-Token': 'secret-token' });
    expect(init.body).toBe('{}');
  });

  it('passes refusals through as results', async () => {
    const refusal = { ok: false, error: { code: 'bad-token', message: 'Missing or wrong access token.' } };
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(refusal), { status: 403 }));
    expect(await createHttpBridge('t').invoke('library.info', {})).toEqual(refusal);
  });

  it('turns a dead server or an unreadable answer into an unavailable result, never a throw', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await createHttpBridge('t').invoke('library.info', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    vi.stubGlobal('fetch', async () => new Response('<html>proxy error</html>', { status: 502 }));
    expect(await createHttpBridge('t').invoke('library.info', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ hello: 'world' })));
    expect(await createHttpBridge('t').invoke('library.info', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });
});
