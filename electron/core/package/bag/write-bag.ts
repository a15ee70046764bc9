import { createReadStream, promises as fs } from 'node:fs';
import { Readable } from 'node:stream';
import type { PackageContainer, PackageRun } from '../../../../shared/package';
import { isPayloadPath, unsafeBagPath } from './bag-path';
import type { BagSink } from './bag-sink';
import { folderSink } from './folder-sink';
import { BAG_INFO_TXT, BAGIT_TXT, MANIFEST_TXT, TAGMANIFEST_TXT, bagInfoTxt, bagitTxt, manifestTxt } from './tag-files';
import type { ManifestLine } from './tag-files';
import { tarSink } from './tar-sink';
import { zipSink } from './zip-sink';

/** One payload file: its path under `data/`, and its bytes or the file on disk to copy. */
export interface PayloadEntry {
  path: string;
  source: { bytes: Uint8Array } | { file: string };
  /** What a person sees in the progress line while it is written. */
  item?: string;
}

export interface BagInfoFields {
  sourceOrganization: string;
  externalDescription: string;
  externalIdentifier: string;
  softwareAgent: string;
}

export interface BagWriteOptions extends PackageRun {
  out: string;
  container: PackageContainer;
  info: BagInfoFields;
  /** How many payload entries are coming, for progress (the stream is not counted ahead). */
  total: number;
  now: Date;
}

export interface WrittenBag {
  files: number;
  payloadBytes: number;
  bagInfo: Record<string, string>;
}

/**
 * Writes a BagIt bag (RFC 8493) from a stream of payload entries: each file is hashed while it is
 * copied (read once), then the manifest, bagit.txt, bag-info.txt (with Payload-Oxum) and the tag
 * manifest. `bagit.txt` goes first, so a tar is recognised from its first entry. Cancelling (the
 * signal) or any failure removes the partial output and rethrows.
 */
export async function writeBag(entries: AsyncIterable<PayloadEntry>, options: BagWriteOptions): Promise<WrittenBag> {
  const { signal } = options;
  signal?.throwIfAborted();
  const sink = await openSink(options);
  try {
    const bagitHash = await addBytes(sink, BAGIT_TXT, bagitTxt());
    const manifest: ManifestLine[] = [];
    let payloadBytes = 0;
    for await (const entry of entries) {
      signal?.throwIfAborted();
      const problem = unsafeBagPath(entry.path);
      if (problem !== null || !isPayloadPath(entry.path)) throw new Error(`writeBag: ${entry.path} is not a payload path (${problem ?? 'not under data/'})`);
      const written = await addEntry(sink, entry, signal);
      manifest.push({ sha256: written.sha256, path: entry.path });
      payloadBytes += written.bytes;
      options.onProgress?.({ phase: 'write', done: manifest.length, total: Math.max(options.total, manifest.length), ...(entry.item !== undefined && { item: entry.item }) });
    }
    signal?.throwIfAborted();
    options.onProgress?.({ phase: 'manifest', done: 0, total: 1 });
    const bagInfo: [string, string][] = [
      ['Source-Organization', options.info.sourceOrganization],
      ['Bagging-Date', options.now.toISOString().slice(0, 10)],
      ['Payload-Oxum', `${payloadBytes}.${manifest.length}`],
      ['Bag-Count', '1 of 1'],
      ['External-Description', options.info.externalDescription],
      ['Bag-Software-Agent', options.info.softwareAgent],
      ['External-Identifier', options.info.externalIdentifier],
    ];
    const tags: ManifestLine[] = [{ path: BAGIT_TXT, sha256: bagitHash }];
    tags.push({ path: MANIFEST_TXT, sha256: await addBytes(sink, MANIFEST_TXT, manifestTxt(manifest)) });
    tags.push({ path: BAG_INFO_TXT, sha256: await addBytes(sink, BAG_INFO_TXT, bagInfoTxt(bagInfo)) });
    await addBytes(sink, TAGMANIFEST_TXT, manifestTxt(tags));
    signal?.throwIfAborted();
    await sink.finish();
    options.onProgress?.({ phase: 'manifest', done: 1, total: 1 });
    return { files: manifest.length, payloadBytes, bagInfo: Object.fromEntries(bagInfo.map(([k, v]) => [k, v.replace(/[\r\n]+/g, ' ').trim()])) };
  } catch (error) {
    await sink.abort().catch(() => undefined);
    if (signal?.aborted) throw signal.reason;
    throw error;
  }
}

function openSink(options: BagWriteOptions): Promise<BagSink> {
  switch (options.container) {
    case 'folder':
      return folderSink(options.out);
    case 'zip':
      return zipSink(options.out, options.now);
    case 'tar':
      return tarSink(options.out, options.now);
    default: {
      const unreachable: never = options.container;
      return unreachable;
    }
  }
}

async function addBytes(sink: BagSink, bagPath: string, text: string): Promise<string> {
  const bytes = Buffer.from(text, 'utf8');
  return (await sink.add(bagPath, Readable.from([bytes]), bytes.length)).sha256;
}

async function addEntry(sink: BagSink, entry: PayloadEntry, signal: AbortSignal | undefined): Promise<{ sha256: string; bytes: number }> {
  let source: Readable;
  let size: number;
  if ('bytes' in entry.source) {
    const bytes = Buffer.from(entry.source.bytes.buffer, entry.source.bytes.byteOffset, entry.source.bytes.byteLength);
    source = Readable.from([bytes]);
    size = bytes.length;
  } else {
    size = (await fs.stat(entry.source.file)).size;
    source = createReadStream(entry.source.file);
  }
  // A cancel in the middle of a large original stops its copy at once, not at its end.
  const stop = (): void => void source.destroy(signal?.reason instanceof Error ? signal.reason : new Error('cancelled'));
  signal?.addEventListener('abort', stop, { once: true });
  try {
    return await sink.add(entry.path, source, size);
  } finally {
    signal?.removeEventListener('abort', stop);
  }
}
