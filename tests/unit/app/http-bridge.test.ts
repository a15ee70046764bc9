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

describe('browser-mode file delivery', () => {
  /** A page with just enough DOM for a download link; what it "downloads" is recorded. */
  function stubPage(): { downloads: { name: string; blob: Blob }[] } {
    const downloads: { name: string; blob: Blob }[] = [];
    const blobs = new Map<string, Blob>();
    class PageURL extends URL {
      static override createObjectURL(blob: Blob): string {
        const url = `blob:${blobs.size}`;
        blobs.set(url, blob);
        return url;
      }
      static override revokeObjectURL(): void {}
    }
    vi.stubGlobal('URL', PageURL);
    vi.stubGlobal('document', {
      body: { append: () => undefined },
      createElement: () => {
        const link = {
          href: '',
          download: '',
          rel: '',
          click: () => downloads.push({ name: link.download, blob: blobs.get(link.href)! }),
          remove: () => undefined,
        };
        return link;
      },
    });
    return { downloads };
  }

  it('offers the same FileDelivery as the desktop bridge, with a download where Electron saves', async () => {
    const page = stubPage();
    vi.stubGlobal('fetch', async (url: string) =>
      url === '/api/export.take'
        ? new Response(
            JSON.stringify({
              ok: true,
              data: { fileName: '简报.md', mime: 'text/markdown', dataBase64: Buffer.from('# 批注').toString('base64') },
            }),
          )
        : new Response(
            JSON.stringify({
              ok: true,
              data: { name: 'bulletin.pdf', mime: 'application/pdf', dataBase64: Buffer.from('%PDF').toString('base64') },
            }),
          ),
    );
    const bridge = createHttpBridge('t');
    expect(await bridge.saveExport('a'.repeat(32))).toEqual({ ok: true, data: { kind: 'downloaded', fileName: '简报.md' } });
    expect(await bridge.openOriginal('abcd1234')).toEqual({ ok: true, data: { kind: 'downloaded', fileName: 'bulletin.pdf' } });
    expect(page.downloads.map((d) => d.name)).toEqual(['简报.md', 'bulletin.pdf']);
    expect(await page.downloads[0]!.blob.text()).toBe('# 批注');
  });

  it('opens an original the browser can show in a new tab at its own address, and downloads nothing', async () => {
    const page = stubPage();
    const opened: string[] = [];
    const tab = { opener: {} as unknown };
    vi.stubGlobal('window', { open: (url: string) => (opened.push(url), tab) });
    const heads: string[] = [];
    vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
      heads.push(`${init?.method ?? 'GET'} ${url}`);
      return new Response(null, {
        headers: { 'content-disposition': `inline; filename="bulletin.pdf"; filename*=UTF-8''${encodeURIComponent('简报 第3期.pdf')}` },
      });
    });
    const bridge = createHttpBridge('t');
    expect(await bridge.openOriginal('abcd1234', 'f'.repeat(64))).toEqual({
      ok: true,
      data: { kind: 'shown', fileName: '简报 第3期.pdf' },
    });
    expect(heads).toEqual([`HEAD /original/abcd1234?sha256=${'f'.repeat(64)}`]);
    expect(opened).toEqual([`/original/abcd1234?sha256=${'f'.repeat(64)}`]);
    expect(tab.opener).toBeNull();
    expect(page.downloads).toEqual([]);
  });

  it('downloads nothing when the archive refuses', async () => {
    const page = stubPage();
    const refusal = { ok: false, error: { code: 'not-found', message: 'This export is no longer available.' } };
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(refusal), { status: 404 }));
    expect(await createHttpBridge('t').saveExport('a'.repeat(32))).toEqual(refusal);
    expect(page.downloads).toEqual([]);
  });
});
