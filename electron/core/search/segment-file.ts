import { closeSync, openSync, readSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { z } from 'zod';
import { writeFileDurably } from '../library/durable-file';
import { Segment } from './segment';
import type { DocInfo, OriginalTexts, SegmentParts } from './segment';

/**
 * One segment on disk: a magic string, a JSON header (article list, section table, checksum),
 * then the typed arrays byte for byte, each aligned to 8 so that loading them is a view over
 * the file's bytes, not a parse. The original texts come last and are not read on open: the
 * few shown as snippets are read from the file when asked for.
 */
const MAGIC = 'BASEG001';
// 2: the original texts (what snippets show) carry a checksum of their own (issue 20, defect 9).
// A segment of format 1 fails the header check and is built again from the library.
export const SEGMENT_FORMAT = 2;
// The original texts are checked in pieces this size, so checking never holds them all.
const CHECK_CHUNK = 1024 * 1024;

const SECTION_NAMES = [
  'textStarts',
  'titleEnds',
  'keys',
  'postingStarts',
  'ords',
  'tfs',
  'firsts',
  'anchors',
  'anchorStarts',
  'originalStarts',
  'text',
  'originals',
] as const;
type SectionName = (typeof SECTION_NAMES)[number];

const HeaderSchema = z.strictObject({
  format: z.literal(SEGMENT_FORMAT),
  docs: z.array(
    z.tuple([
      z.string(),
      z.string(),
      z.string(),
      z.string(),
      z.number().nullable(),
      z.number().nullable(),
      z.string().nullable(),
      z.string().nullable(),
    ]),
  ),
  sections: z.record(z.string(), z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])),
  /** CRC-32 of everything from the first section up to the original texts. */
  crc: z.number().int(),
  /** CRC-32 of the original texts, which are read only for snippets: checked on open all the same. */
  originalsCrc: z.number().int(),
});

export class DamagedSegmentError extends Error {}

/** Writes the segment; returns its size and a reader of its original texts from the file, so the caller can let go of the copies in memory. */
export async function writeSegment(file: string, segment: Segment): Promise<{ bytes: number; originals: OriginalTexts }> {
  const p = segment.parts;
  const originals: Buffer[] = [];
  const originalStarts = new Uint32Array(p.docs.length + 1);
  for (let d = 0; d < p.docs.length; d++) {
    const text = p.originals.read(d, 0, p.originals.length(d));
    originals.push(Buffer.from(text, 'utf16le'));
    originalStarts[d + 1] = (originalStarts[d] ?? 0) + text.length;
  }
  const bodies: Record<SectionName, Buffer> = {
    textStarts: bytesOf(p.textStarts),
    titleEnds: bytesOf(p.titleEnds),
    keys: bytesOf(p.keys),
    postingStarts: bytesOf(p.postingStarts),
    ords: bytesOf(p.ords),
    tfs: bytesOf(p.tfs),
    firsts: bytesOf(p.firsts),
    anchors: bytesOf(p.anchors),
    anchorStarts: bytesOf(p.anchorStarts),
    originalStarts: bytesOf(originalStarts),
    text: Buffer.from(p.text, 'utf16le'),
    originals: Buffer.concat(originals),
  };
  const sections: Record<string, [number, number]> = {};
  let at = 0;
  const chunks: Buffer[] = [];
  for (const name of SECTION_NAMES) {
    const body = bodies[name];
    sections[name] = [at, body.byteLength];
    chunks.push(body, Buffer.alloc(pad8(body.byteLength) - body.byteLength));
    at += pad8(body.byteLength);
  }
  const [originalsAt] = sections['originals'] ?? [0, 0];
  const bodyBytes = Buffer.concat(chunks);
  const header = {
    format: SEGMENT_FORMAT,
    docs: p.docs.map((d) => [d.articleId, d.issueId, d.title, d.series, d.year, d.number, d.region, d.column]),
    sections,
    crc: crc32(bodyBytes.subarray(0, originalsAt)),
    originalsCrc: crc32(bodies.originals),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const lead = Buffer.alloc(16);
  lead.write(MAGIC, 0, 'latin1');
  lead.writeUInt32LE(headerBytes.byteLength, 8);
  const headerPadded = Buffer.concat([headerBytes, Buffer.alloc(pad8(16 + headerBytes.byteLength) - 16 - headerBytes.byteLength)]);
  const all = Buffer.concat([lead, headerPadded, bodyBytes]);
  await writeFileDurably(file, all);
  return {
    bytes: all.byteLength,
    originals: new FileOriginals(file, 16 + headerPadded.byteLength + (sections['originals']?.[0] ?? 0), originalStarts),
  };
}

/** Loads a segment; throws DamagedSegmentError when the file is not one we wrote, whole. */
export async function readSegment(file: string): Promise<{ segment: Segment; bytes: number }> {
  const handle = await fs.open(file, 'r');
  let headerText: string;
  let bodyStart: number;
  let body: Buffer;
  let text: string;
  let header: z.infer<typeof HeaderSchema>;
  let size: number;
  try {
    size = (await handle.stat()).size;
    const lead = Buffer.alloc(16);
    await handle.read(lead, 0, 16, 0);
    if (lead.toString('latin1', 0, 8) !== MAGIC) throw new DamagedSegmentError(`${file} is not a search segment`);
    const headerLength = lead.readUInt32LE(8);
    if (16 + headerLength > size) throw new DamagedSegmentError(`${file} is cut short`);
    const headerBytes = Buffer.alloc(headerLength);
    await handle.read(headerBytes, 0, headerLength, 16);
    headerText = headerBytes.toString('utf8');
    bodyStart = pad8(16 + headerLength);
    header = parseHeader(headerText, file);
    const [originalsAt, originalsLength] = header.sections['originals'] ?? [0, 0];
    if (bodyStart + originalsAt + originalsLength > size) throw new DamagedSegmentError(`${file} is cut short`);
    const [textAt, textLength] = header.sections['text'] ?? [0, 0];
    if (textAt + textLength > originalsAt) throw new DamagedSegmentError(`${file}: sections out of order`);
    // allocUnsafeSlow: a buffer of its own, offset 0, so 8-aligned sections are aligned views.
    body = Buffer.allocUnsafeSlow(textAt);
    await handle.read(body, 0, textAt, bodyStart);
    // The text is read apart and dropped once decoded, so it is not held twice.
    const textBytes = Buffer.allocUnsafeSlow(originalsAt - textAt);
    await handle.read(textBytes, 0, textBytes.byteLength, bodyStart + textAt);
    if (crc32(textBytes, crc32(body)) !== header.crc) throw new DamagedSegmentError(`${file} fails its checksum`);
    text = textBytes.toString('utf16le', 0, textLength);
    if ((await crcOfRange(handle, bodyStart + originalsAt, originalsLength)) !== header.originalsCrc) {
      throw new DamagedSegmentError(`${file}: its stored texts fail their checksum`);
    }
  } finally {
    await handle.close();
  }
  const view = <T>(name: SectionName, make: (buffer: ArrayBuffer, offset: number, length: number) => T, unit: number): T => {
    const [offset, length] = header.sections[name] ?? [0, 0];
    if (offset % 8 !== 0 || length % unit !== 0 || offset + length > body.byteLength)
      throw new DamagedSegmentError(`${file}: section ${name} is out of place`);
    return make(body.buffer as ArrayBuffer, body.byteOffset + offset, length / unit);
  };
  const u32 = (name: SectionName): Uint32Array => view(name, (b, o, n) => new Uint32Array(b, o, n), 4);
  const docs: DocInfo[] = header.docs.map(([articleId, issueId, title, series, year, number, region, column]) => ({
    articleId,
    issueId,
    title,
    series,
    year,
    number,
    region,
    column,
  }));
  const [originalsAt] = header.sections['originals'] ?? [0, 0];
  const parts = {
    docs,
    text,
    textStarts: u32('textStarts'),
    titleEnds: u32('titleEnds'),
    keys: u32('keys'),
    postingStarts: u32('postingStarts'),
    ords: view('ords', (b, o, n) => new Uint16Array(b, o, n), 2),
    tfs: view('tfs', (b, o, n) => new Uint8Array(b, o, n), 1),
    firsts: view('firsts', (b, o, n) => new Uint16Array(b, o, n), 2),
    anchors: view('anchors', (b, o, n) => new Int32Array(b, o, n), 4),
    anchorStarts: u32('anchorStarts'),
    originals: new FileOriginals(file, bodyStart + originalsAt, u32('originalStarts')),
  };
  checkShape(parts, file);
  return { segment: new Segment(parts), bytes: size };
}

/** Checks a segment file whole, without keeping it: null when sound, else what is wrong. */
export async function checkSegmentFile(file: string): Promise<string | null> {
  try {
    const { segment } = await readSegment(file);
    segment.parts.originals.close();
    return null;
  } catch (error) {
    if (error instanceof DamagedSegmentError) return error.message;
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT') return `${file} is missing`;
    throw error;
  }
}

async function crcOfRange(handle: FileHandle, start: number, length: number): Promise<number> {
  const chunk = Buffer.allocUnsafe(Math.min(CHECK_CHUNK, Math.max(1, length)));
  let crc = 0;
  for (let done = 0; done < length; ) {
    const { bytesRead } = await handle.read(chunk, 0, Math.min(chunk.byteLength, length - done), start + done);
    if (bytesRead === 0) break;
    crc = crc32(chunk.subarray(0, bytesRead), crc);
    done += bytesRead;
  }
  return crc;
}

function parseHeader(text: string, file: string): z.infer<typeof HeaderSchema> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DamagedSegmentError(`${file}: header is not JSON`);
  }
  const parsed = HeaderSchema.safeParse(json);
  if (!parsed.success) throw new DamagedSegmentError(`${file}: header does not match format ${SEGMENT_FORMAT}`);
  return parsed.data;
}

/** The checksum proves the bytes are the ones written; this proves they fit together. */
function checkShape(
  p: Pick<SegmentParts, 'docs' | 'textStarts' | 'titleEnds' | 'keys' | 'postingStarts' | 'ords' | 'tfs' | 'firsts' | 'anchorStarts' | 'text'>,
  file: string,
): void {
  const n = p.docs.length;
  const ok =
    p.textStarts.length === n + 1 &&
    p.titleEnds.length === n &&
    p.anchorStarts.length === n + 1 &&
    p.postingStarts.length === p.keys.length + 1 &&
    p.ords.length === p.tfs.length &&
    p.ords.length === p.firsts.length &&
    p.postingStarts[p.keys.length] === p.ords.length &&
    p.textStarts[n] === p.text.length;
  if (!ok) throw new DamagedSegmentError(`${file}: sections do not fit together`);
}

/** Reads windows of original text from the segment file (kept open until close). */
class FileOriginals implements OriginalTexts {
  private fd: number | null = null;

  constructor(
    private readonly file: string,
    private readonly base: number,
    private readonly starts: Uint32Array,
  ) {}

  length(doc: number): number {
    return (this.starts[doc + 1] ?? 0) - (this.starts[doc] ?? 0);
  }

  read(doc: number, start: number, end: number): string {
    const length = this.length(doc);
    const from = Math.max(0, Math.min(start, length));
    const to = Math.max(from, Math.min(end, length));
    if (to === from) return '';
    this.fd ??= openSync(this.file, 'r');
    const buffer = Buffer.alloc((to - from) * 2);
    readSync(this.fd, buffer, 0, buffer.byteLength, this.base + ((this.starts[doc] ?? 0) + from) * 2);
    return buffer.toString('utf16le');
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

function bytesOf(array: Uint8Array | Uint16Array | Uint32Array | Int32Array): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

function pad8(n: number): number {
  return Math.ceil(n / 8) * 8;
}
