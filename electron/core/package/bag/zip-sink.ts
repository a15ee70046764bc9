import { createWriteStream, promises as fs } from 'node:fs';
import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { partialSibling, syncFile } from './bag-sink';
import type { BagSink } from './bag-sink';
import { ChecksumStream } from './checksum-stream';

/** Files already compressed gain nothing from deflate and cost its time: stored as they are. */
const STORED = /\.(pdf|docx|xlsx|zip|ofd|jpe?g|png|gif|webp|tiff?|gz|7z|rar)$/i;

/**
 * A bag as one `.zip` (yazl, streaming). Entries are added one at a time and the next is added
 * only when yazl has consumed the last, so at most one file's chunk is in memory; yazl switches
 * an entry and the central directory to zip64 by itself when sizes or counts need it.
 */
export async function zipSink(out: string, mtime: Date): Promise<BagSink> {
  const temp = partialSibling(out);
  const output = createWriteStream(temp, { flags: 'wx' });
  const zip = new ZipFile();
  zip.outputStream.pipe(output);
  const written = finished(output);
  // A failure of the output is seen by the add or finish waiting on it, never as an unhandled rejection.
  written.catch(() => undefined);
  let current: ChecksumStream | null = null;
  return {
    async add(bagPath: string, source: Readable, size: number) {
      const checksum = new ChecksumStream();
      current = checksum;
      source.on('error', (error) => checksum.destroy(error));
      source.pipe(checksum);
      zip.addReadStreamLazy(bagPath, { mtime, size, compress: !STORED.test(bagPath) }, (give) => give(null, checksum));
      await Promise.race([finished(checksum), written.then(() => Promise.reject(new Error('zip output closed early')))]);
      current = null;
      return { sha256: checksum.sha256, bytes: checksum.bytes };
    },
    async finish() {
      zip.end();
      await written;
      await syncFile(temp);
      await fs.rename(temp, out);
    },
    async abort() {
      current?.destroy();
      zip.outputStream.unpipe(output);
      output.destroy();
      await fs.rm(temp, { force: true });
    },
  };
}
