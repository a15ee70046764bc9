import type { IncomingMessage } from 'node:http';

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
