import { createInflate } from 'node:zlib';

/**
 * How far a compressed stream of a PDF may expand. pdf.js inflates a FlateDecode stream into
 * one growing ArrayBuffer, outside the JS heap the worker's resource limits cover: a 1 MB file
 * whose page content inflates to 1 GB took the process to 2.5 GB. So before pdf.js sees a file,
 * every FlateDecode stream is inflated here once, counting bytes and keeping none (memory stays at
 * one 16 KB chunk), and a stream past its limit refuses the file. A bulletin's page contents
 * and fonts are a few MB at most; a scanned page stored as a Flate image reaches about 100 MB
 * (A4, 600 dpi, colour), so images get more room.
 */
export const MAX_INFLATED_MB = 64;
export const MAX_INFLATED_IMAGE_MB = 256;
// A stream with nested deflate layers ([/FlateDecode /FlateDecode]) is checked for its outer
// layer only; the resident-memory watch of the worker (run-worker.ts) stops the rest.

const MB = 1024 * 1024;
const STREAM = Buffer.from('stream', 'latin1');
/** Deflate's largest expansion is 1032:1 (RFC 1951: a 258-byte match in a bit or two); with room. */
const MAX_DEFLATE_RATIO = 1100;
// How far before `stream` its dictionary is looked for.
const DICTIONARY_WINDOW = 4096;

export interface OverInflated {
  megabytes: number;
}

/** The first FlateDecode stream that expands beyond its limit, or null when all stay within. */
export async function findOverInflatedStream(bytes: Uint8Array): Promise<OverInflated | null> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let from = 0;
  for (;;) {
    const at = buffer.indexOf(STREAM, from);
    if (at < 0) return null;
    from = at + STREAM.length;
    // `endstream` contains `stream`; a data start is `stream` followed by CRLF or LF.
    if (at >= 3 && buffer.subarray(at - 3, at).toString('latin1') === 'end') continue;
    let start = at + STREAM.length;
    if (buffer[start] === 0x0d) start += 1;
    if (buffer[start] !== 0x0a) continue;
    start += 1;
    const dictionary = buffer.subarray(Math.max(0, at - DICTIONARY_WINDOW), at).toString('latin1');
    const ownDictionary = dictionary.slice(dictionary.lastIndexOf('obj') + 1);
    if (!/\/FlateDecode|\/Fl\b/.test(ownDictionary)) continue;
    const limit = (/\/Subtype\s*\/Image/.test(ownDictionary) ? MAX_INFLATED_IMAGE_MB : MAX_INFLATED_MB) * MB;
    // The data as the reader takes it: a direct /Length, else up to the end of the file (inflating
    // stops at the end of the deflate stream). Never up to the next `endstream`, which a hostile
    // file can plant inside its data to look short.
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(ownDictionary)?.[1];
    const data = buffer.subarray(start, length === undefined ? buffer.length : Math.min(buffer.length, start + Number(length)));
    // Deflate expands at most about 1032 to 1: a stream too short to pass the limit is not inflated.
    if (data.length * MAX_DEFLATE_RATIO > limit && (await inflatesBeyond(data, limit))) return { megabytes: limit / MB };
  }
}

/** True when `data` inflates to more than `limit` bytes; damaged data is pdf.js's to judge. */
function inflatesBeyond(data: Uint8Array, limit: number): Promise<boolean> {
  return new Promise((resolve) => {
    const inflate = createInflate();
    let size = 0;
    let settled = false;
    const settle = (beyond: boolean): void => {
      if (settled) return;
      settled = true;
      inflate.destroy();
      resolve(beyond);
    };
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) settle(true);
    });
    inflate.on('end', () => settle(false));
    inflate.on('error', () => settle(false));
    inflate.end(data);
  });
}
