import type { IncomingMessage, ServerResponse } from 'node:http';
import { refuse } from './reply';

export type Body = { kind: 'ok'; text: string } | { kind: 'too-large' };

/** Reads a request body, stopping as soon as it passes `limit` bytes. */
export async function readBody(request: IncomingMessage, limit: number): Promise<Body> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    request.resume();
    return { kind: 'too-large' };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limit) {
      request.resume();
      return { kind: 'too-large' };
    }
    chunks.push(buffer);
  }
  return { kind: 'ok', text: Buffer.concat(chunks).toString('utf8') };
}

/**
 * An API call's JSON input, or null once the caller has been answered: 413 for a body past
 * `limit` (the connection is closed rather than reused, its rest never read), 400 for no JSON.
 * Browser mode and the reading room read their calls the same way.
 */
export async function readApiInput(request: IncomingMessage, response: ServerResponse, limit: number): Promise<{ input: unknown } | null> {
  const body = await readBody(request, limit);
  if (body.kind === 'too-large') {
    response.shouldKeepAlive = false;
    refuse(response, { status: 413, code: 'too-large', message: 'The request is too large.' });
    return null;
  }
  try {
    return { input: JSON.parse(body.text) as unknown };
  } catch {
    refuse(response, { status: 400, code: 'bad-json', message: 'The request body is not valid JSON.' });
    return null;
  }
}
