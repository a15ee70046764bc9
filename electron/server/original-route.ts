import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiResult } from '../../shared/contract';
import { ORIGINAL_PATH } from '../../shared/contract/bridge';

/**
 * "Open the original" in a browser: `GET /original/<issueId>[?sha256=…]` opens in a new tab. A
 * navigation cannot carry the API's token header, so the session cookie and the Host (checked by
 * the caller: browser mode's key cookie, or the reading room's signed-in session) and a
 * same-origin fetch stand for it; the file itself comes from the same `issues.original` method
 * (ids in, never a path), called as whoever is signed in, so its role check and audit apply. What a browser shows (PDF, text) is sent inline with its real type;
 * anything else (Word) as an attachment, which the browser downloads.
 */
/** The `issues.original` call, made as the person the request belongs to. */
export type FetchOriginal = (input: { issueId: string; sha256?: string }) => Promise<ApiResult<unknown>>;

const SHOWN_INLINE = new Set(['application/pdf', 'text/plain']);

export async function sendOriginal(
  request: IncomingMessage,
  response: ServerResponse,
  fetchOriginal: FetchOriginal,
  requested: URL,
): Promise<void> {
  const refuse = (status: number, text: string): void => plain(response, status, text);
  if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Only GET is served here.');
  // Another site may link here, but must not make a signed-in browser fetch the archive's files.
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return refuse(403, 'Originals open only from the archive itself.');

  let issueId: string;
  try {
    issueId = decodeURIComponent(requested.pathname.slice(ORIGINAL_PATH.length));
  } catch {
    return refuse(404, 'No such issue.');
  }
  const sha256 = requested.searchParams.get('sha256');
  const result = await fetchOriginal({ issueId, ...(sha256 !== null && { sha256 }) });
  if (!result.ok) return refuse(statusOf(result.error.code), result.error.message);
  const file = result.data as { name: string; mime: string; dataBase64: string };
  const bytes = Buffer.from(file.dataBase64, 'base64');
  const inline = SHOWN_INLINE.has(file.mime);
  response.writeHead(200, {
    'Content-Type': file.mime === 'text/plain' ? `text/plain; charset=${textCharset(bytes)}` : file.mime,
    'Content-Length': bytes.byteLength,
    'Content-Disposition': contentDisposition(inline ? 'inline' : 'attachment', file.name),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
    // Text shows as text and runs nothing; Chromium's PDF viewer does not start in a sandboxed document.
    ...(file.mime === 'application/pdf' ? {} : { 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox" }),
  });
  response.end(request.method === 'HEAD' ? undefined : bytes);
}

function statusOf(code: string): number {
  if (code === 'bad-input' || code === 'not-found') return 404;
  return code === 'forbidden' ? 403 : 500;
}

/** RFC 6266: an ASCII stand-in for old browsers and the real (Chinese) name as UTF-8. */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

/** Bulletins arrive as UTF-8, UTF-16 with a BOM, or GB18030: the browser is told which. */
export function textCharset(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

function plain(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(text);
}
