import { createWriteStream, promises as fs } from 'node:fs';
import type { Readable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { pack } from 'tar-stream';
import { partialSibling, syncFile } from './bag-sink';
import type { BagSink } from './bag-sink';
import { ChecksumStream } from './checksum-stream';

/**
 * A bag as one `.tar` (tar-stream, ustar with pax headers where a name needs them). Files go in
 * in the order they are added, so `data/package.json` can be read before anything else.
 */
export async function tarSink(out: string, mtime: Date): Promise<BagSink> {
  const temp = partialSibling(out);
  const output = createWriteStream(temp, { flags: 'wx' });
  const tar = pack();
  tar.pipe(output);
  const written = finished(output);
  written.catch(() => undefined);
  return {
    async add(bagPath: string, source: Readable, size: number) {
      const checksum = new ChecksumStream();
      const entry = tar.entry({ name: bagPath, size, mtime, mode: 0o644, type: 'file' });
      await pipeline(source, checksum, entry);
      return { sha256: checksum.sha256, bytes: checksum.bytes };
    },
    async finish() {
      tar.finalize();
      await written;
      await syncFile(temp);
      await fs.rename(temp, out);
    },
    async abort() {
      tar.destroy();
      output.destroy();
      await fs.rm(temp, { force: true });
    },
  };
}
