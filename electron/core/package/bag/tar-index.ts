import type { FileHandle } from 'node:fs/promises';
import { BagUnreadable } from './bag-source';
import type { BagEntry, BagLimits } from './bag-source';

/**
 * The entries of a `.tar` and where each file's bytes start, read from its 512-byte headers
 * alone (ustar with prefix, pax `path`/`size`, GNU long names). An index rather than an
 * extraction: a package on a USB stick is read in place, in any order (data/package.json first,
 * then issue by issue), with no temporary copy of its originals. tar-stream reads only in order.
 */
export interface TarEntry extends BagEntry {
  /** Where the file's bytes start in the tar. */
  offset: number;
}

const BLOCK = 512;

export async function indexTar(handle: FileHandle, fileSize: number, limits: BagLimits): Promise<TarEntry[]> {
  const entries: TarEntry[] = [];
  const header = Buffer.alloc(BLOCK);
  let offset = 0;
  let pax: Record<string, string> = {};
  let longName: string | null = null;
  for (;;) {
    if (offset + BLOCK > fileSize) throw new BagUnreadable('truncated', `the tar ends at byte ${fileSize}, inside a header or before its end blocks`);
    await readExactly(handle, header, offset);
    if (header.every((b) => b === 0)) return entries;
    if (!checksumHolds(header)) throw new BagUnreadable('malformed', `the tar header at byte ${offset} fails its checksum`);
    const type = String.fromCharCode(header[156] ?? 0);
    const size = pax['size'] !== undefined ? Number(pax['size']) : sizeOf(header, offset);
    const dataStart = offset + BLOCK;
    const next = dataStart + Math.ceil(size / BLOCK) * BLOCK;
    if (!Number.isSafeInteger(size) || size < 0 || size > limits.maxBytes) throw new BagUnreadable('too-large', `a tar entry of ${size} bytes`);
    if (dataStart + size > fileSize) throw new BagUnreadable('truncated', `the tar ends at byte ${fileSize}, inside an entry that needs ${dataStart + size}`);
    if (type === 'x' || type === 'L') {
      if (size > 1024 * 1024) throw new BagUnreadable('malformed', `a tar extended header of ${size} bytes`);
      const data = Buffer.alloc(size);
      await readExactly(handle, data, dataStart);
      if (type === 'x') pax = parsePax(data);
      else longName = data.toString('utf8').replace(/\0+$/, '');
      offset = next;
      continue;
    }
    if (type === 'g' || type === 'K') {
      offset = next;
      continue;
    }
    const name = (pax['path'] ?? longName ?? ustarName(header)).replace(/\/+$/, '');
    const kind: BagEntry['kind'] = type === '0' || type === '\0' || type === '7' ? 'file' : type === '5' ? 'directory' : type === '1' || type === '2' ? 'symlink' : 'other';
    entries.push({ path: name, kind, size: kind === 'file' ? size : 0, offset: dataStart });
    if (entries.length > limits.maxFiles + 10) throw new BagUnreadable('too-large', `more than ${limits.maxFiles} entries`);
    pax = {};
    longName = null;
    offset = next;
  }
}

async function readExactly(handle: FileHandle, buffer: Buffer, position: number): Promise<void> {
  const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
  if (bytesRead !== buffer.length) throw new BagUnreadable('truncated', `the tar ends inside byte range ${position}–${position + buffer.length}`);
}

function text(header: Buffer, start: number, length: number): string {
  const field = header.subarray(start, start + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? length : end).toString('utf8');
}

function ustarName(header: Buffer): string {
  const name = text(header, 0, 100);
  const isUstar = header.subarray(257, 262).toString('latin1') === 'ustar';
  const prefix = isUstar ? text(header, 345, 155) : '';
  return prefix !== '' ? `${prefix}/${name}` : name;
}

function sizeOf(header: Buffer, offset: number): number {
  // Base-256 sizes (first byte 0x80) are for files over 8 GiB.
  if (((header[124] ?? 0) & 0x80) !== 0) {
    let size = 0;
    for (let i = 125; i < 136; i++) size = size * 256 + (header[i] ?? 0);
    return size;
  }
  const octal = text(header, 124, 12).trim();
  if (!/^[0-7]*$/.test(octal)) throw new BagUnreadable('malformed', `the tar header at byte ${offset} has a size that is not a number`);
  return octal === '' ? 0 : parseInt(octal, 8);
}

function checksumHolds(header: Buffer): boolean {
  const stored = parseInt(text(header, 148, 8).trim() || 'x', 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : (header[i] ?? 0);
  return stored === sum;
}

/** Pax records: `<length> <key>=<value>\n`. */
function parsePax(data: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    if (space === -1) break;
    const length = Number(data.subarray(at, space).toString('latin1'));
    if (!Number.isInteger(length) || length <= 0 || at + length > data.length) break;
    const record = data.subarray(space + 1, at + length - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1);
    at += length;
  }
  return out;
}
