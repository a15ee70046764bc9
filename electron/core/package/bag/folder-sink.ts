import { createWriteStream, promises as fs } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { bagFileAt } from './bag-path';
import { partialSibling } from './bag-sink';
import type { BagSink } from './bag-sink';
import { ChecksumStream } from './checksum-stream';

/** A bag as a folder: written into a hidden sibling folder, renamed to `out` when complete. */
export async function folderSink(out: string): Promise<BagSink> {
  const temp = partialSibling(out);
  await fs.mkdir(temp, { recursive: false });
  const made = new Set<string>();
  return {
    async add(bagPath: string, source: Readable) {
      const file = bagFileAt(temp, bagPath);
      const dir = path.dirname(file);
      if (!made.has(dir)) {
        await fs.mkdir(dir, { recursive: true });
        made.add(dir);
      }
      const checksum = new ChecksumStream();
      await pipeline(source, checksum, createWriteStream(file, { flags: 'wx' }));
      return { sha256: checksum.sha256, bytes: checksum.bytes };
    },
    async finish() {
      await fs.rename(temp, out);
    },
    async abort() {
      await fs.rm(temp, { recursive: true, force: true });
    },
  };
}
