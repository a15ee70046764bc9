import type { ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from './headers';
import type { Refusal } from './request-policy';

export function refuse(response: ServerResponse, refusal: Refusal, headers: Record<string, string> = {}): void {
  const body = JSON.stringify({ ok: false, error: { code: refusal.code, message: refusal.message } });
  send(response, refusal.status, 'application/json; charset=utf-8', body, 'no-store', headers);
}

export function send(response: ServerResponse, status: number, contentType: string, body: string | Buffer, cache = 'no-store', headers: Record<string, string> = {}): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': cache,
    ...headers,
  });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

export function redirect(response: ServerResponse, location: string, headers: Record<string, string> = {}): void {
  response.writeHead(303, { ...SECURITY_HEADERS, Location: location, 'Cache-Control': 'no-store', 'Content-Length': 0, ...headers });
  response.end();
}
