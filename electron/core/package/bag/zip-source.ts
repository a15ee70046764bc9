import { promises as fs } from 'node:fs';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { BagUnreadable } from './bag-source';
import type { BagEntry, BagLimits, BagSource } from './bag-source';

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;

/**
 * A bag as a `.zip` (yauzl). Names are read raw and checked by the bag's own rules rather than
 * yauzl's, so a `../` entry is listed as a problem instead of aborting the whole listing; yauzl
 * still compares each entry's real size with the declared one while it inflates (zip bombs).
 */
export async function zipSource(file: string, limits: BagLimits): Promise<BagSource> {
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true, strictFileNames: true });
  } catch (error) {
    throw await unreadableZip(file, error);
  }
  if (zip.entryCount > limits.maxFiles + 10) {
    zip.close();
    throw new BagUnreadable('too-large', `${zip.entryCount} entries, more than ${limits.maxFiles}`);
  }
  const byPath = new Map<string, Entry>();
  const entries: BagEntry[] = [];
  try {
    for await (const entry of zip.eachEntry()) {
      const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
      const isDir = name.endsWith('/');
      const trimmed = isDir ? name.slice(0, -1) : name;
      const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
      // Only a zip made on Unix says a type in its attributes; 0 means "a plain file or folder".
      const kind: BagEntry['kind'] = mode === S_IFLNK ? 'symlink' : isDir || mode === S_IFDIR ? 'directory' : mode === 0 || mode === S_IFREG ? 'file' : 'other';
      entries.push({ path: trimmed, kind, size: entry.uncompressedSize });
      if (kind === 'file' && !byPath.has(trimmed)) byPath.set(trimmed, entry);
    }
  } catch (error) {
    zip.close();
    throw await unreadableZip(file, error);
  }
  return {
    entries,
    async open(bagPath: string): Promise<Readable> {
      const entry = byPath.get(bagPath);
      if (!entry) throw new Error(`${bagPath} is not in the zip`);
      return zip.openReadStreamPromise(entry);
    },
    async close() {
      zip.close();
    },
  };
}

/** A zip cut short loses its central directory (at the end): it starts like a zip but has no end. */
async function unreadableZip(file: string, error: unknown): Promise<BagUnreadable> {
  const message = error instanceof Error ? error.message : String(error);
  const head = Buffer.alloc(4);
  const handle = await fs.open(file, 'r');
  try {
    await handle.read(head, 0, 4, 0);
  } finally {
    await handle.close();
  }
  const startsLikeZip = head.readUInt32LE(0) === 0x04034b50;
  if (startsLikeZip && /central directory|end of|EOF|unexpected|truncated/i.test(message)) return new BagUnreadable('truncated', `the zip ends before its end (${message})`);
  return new BagUnreadable(startsLikeZip ? 'malformed' : 'not-a-bag', message);
}
