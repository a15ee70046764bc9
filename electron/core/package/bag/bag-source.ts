import type { Readable } from 'node:stream';
import type { BagProblemKind } from '../../../../shared/package';

/**
 * A bag to read, whatever its container: the entries it lists (read from the folder, the zip's
 * central directory or the tar's headers, no file content yet) and each file's bytes as a stream.
 */
export interface BagEntry {
  /** As the container names it, `/`-separated, without a trailing `/`; untrusted until checked. */
  path: string;
  kind: 'file' | 'directory' | 'symlink' | 'other';
  /** Declared size in bytes (a zip's uncompressed size): checked against the real one while reading. */
  size: number;
}

export interface BagSource {
  readonly entries: readonly BagEntry[];
  /** A file's bytes; the stream errors if the container is cut short or the size was a lie. */
  open(bagPath: string): Promise<Readable>;
  close(): Promise<void>;
}

/** Why a container could not be listed at all: the whole bag is refused with this one problem. */
export class BagUnreadable extends Error {
  constructor(
    readonly problem: BagProblemKind,
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'BagUnreadable';
  }
}

/** How much a bag may hold before it is refused unread (a claimed terabyte, a zip bomb). */
export interface BagLimits {
  maxFiles: number;
  maxBytes: number;
}

/** 1,000,000 files and 512 GiB: far above a 100,000-issue library with its PDFs, far below a bomb. */
export const DEFAULT_BAG_LIMITS: BagLimits = { maxFiles: 1_000_000, maxBytes: 512 * 1024 ** 3 };
