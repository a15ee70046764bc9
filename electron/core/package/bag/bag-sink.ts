import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { PackageContainer } from '../../../../shared/package';

/**
 * Where a bag is written: a folder, a `.zip` or a `.tar`. Every container is written under a
 * temporary sibling name and moved into place by `finish`, so a cancelled or crashed export
 * never leaves a half bag under the name asked for; `abort` removes the partial output.
 */
export interface BagSink {
  /** Writes one file of the bag from `source` (exactly `size` bytes), hashing it on the way. */
  add(bagPath: string, source: Readable, size: number): Promise<{ sha256: string; bytes: number }>;
  finish(): Promise<void>;
  abort(): Promise<void>;
}

export function containerOf(out: string): PackageContainer {
  const lower = out.toLowerCase();
  if (lower.endsWith('.zip')) return 'zip';
  if (lower.endsWith('.tar')) return 'tar';
  return 'folder';
}

/** `.<name>.partial-<random>` beside the final output: same disk, so the rename is atomic. */
export function partialSibling(out: string): string {
  return path.join(path.dirname(out), `.${path.basename(out)}.partial-${randomBytes(6).toString('hex')}`);
}

/** A written file reaches the disk before its rename makes it the package. */
export async function syncFile(file: string): Promise<void> {
  const handle = await fs.open(file, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
