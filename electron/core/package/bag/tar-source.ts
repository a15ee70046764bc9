import { createReadStream, promises as fs } from 'node:fs';
import { Readable } from 'node:stream';
import type { BagLimits, BagSource } from './bag-source';
import { indexTar } from './tar-index';
import type { TarEntry } from './tar-index';

/** A bag as a `.tar`: indexed once (tar-index.ts), each file then read in place by its offset. */
export async function tarSource(file: string, limits: BagLimits): Promise<BagSource> {
  const handle = await fs.open(file, 'r');
  let entries: TarEntry[];
  try {
    entries = await indexTar(handle, (await handle.stat()).size, limits);
  } finally {
    await handle.close();
  }
  const byPath = new Map<string, TarEntry>();
  for (const entry of entries) if (entry.kind === 'file' && !byPath.has(entry.path)) byPath.set(entry.path, entry);
  return {
    entries,
    async open(bagPath: string): Promise<Readable> {
      const entry = byPath.get(bagPath);
      if (!entry) throw new Error(`${bagPath} is not in the tar`);
      if (entry.size === 0) return Readable.from([]);
      return createReadStream(file, { start: entry.offset, end: entry.offset + entry.size - 1 });
    },
    async close() {},
  };
}
