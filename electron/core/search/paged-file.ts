import { closeSync, openSync, readSync } from 'node:fs';
import { crc32 } from 'node:zlib';

/**
 * The part of a segment read on demand (dictionary, postings, texts), in pages of PAGE_SIZE bytes.
 * Every page carries a CRC-32 (the table is read at open, a few bytes per page), checked the first
 * time the page is read: a damaged page is refused before anything in it is believed, without
 * reading the whole file at open. Pages stay in one cache shared by every segment, bounded in
 * bytes, so what a library's index holds in memory does not grow with the library.
 */
export const PAGE_SIZE = 16 * 1024;
/** Bytes of pages kept across all segments (least recently used first out). */
const CACHE_BUDGET = 32 * 1024 * 1024;

export class DamagedSegmentError extends Error {
  constructor(
    message: string,
    /** The segment file, so its owner can set it aside and index its issues again. */
    readonly file: string,
  ) {
    super(message);
  }
}

/** Bytes read from segment files and postings decoded since the process started: for tests that count work instead of timing it. */
export const segmentCounters = { bytesRead: 0, postingsDecoded: 0 };

/** Where pages come from: a segment file, or the bytes of a segment just built and not (yet) saved. */
export interface PageBytes {
  readonly name: string;
  /** Reads `length` bytes at `position` of the whole file into `into`; returns how many were read. */
  readAt(into: Buffer, position: number, length: number): number;
  close(): void;
}

export class FileBytes implements PageBytes {
  private fd: number | null = null;
  constructor(readonly name: string) {}
  readAt(into: Buffer, position: number, length: number): number {
    this.fd ??= openSync(this.name, 'r');
    const read = readSync(this.fd, into, 0, length, position);
    segmentCounters.bytesRead += read;
    return read;
  }
  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

export class MemoryBytes implements PageBytes {
  constructor(
    readonly name: string,
    readonly bytes: Buffer,
  ) {}
  readAt(into: Buffer, position: number, length: number): number {
    return this.bytes.copy(into, 0, position, Math.min(this.bytes.byteLength, position + length));
  }
  close(): void {}
}

let nextSourceId = 1;
const cache = new Map<number, Buffer>();
let cachedBytes = 0;

/** The paged region of one segment: `start` is where it begins in the file, `crcs` one per page. */
export class PagedRegion {
  private readonly id = nextSourceId++;

  constructor(
    private readonly bytes: PageBytes,
    private readonly start: number,
    private readonly length: number,
    private readonly crcs: Uint32Array,
  ) {
    if (crcs.length !== Math.ceil(length / PAGE_SIZE)) throw new DamagedSegmentError(`${bytes.name}: page table does not fit`, bytes.name);
  }

  get file(): string {
    return this.bytes.name;
  }

  /**
   * `length` bytes at `offset` of the region. Through the cache unless `once` (a whole text section
   * read to be held elsewhere should not push out the postings).
   */
  read(offset: number, length: number, once = false): Buffer {
    if (offset < 0 || offset + length > this.length) throw new DamagedSegmentError(`${this.bytes.name}: a read outside the segment`, this.bytes.name);
    const first = Math.floor(offset / PAGE_SIZE);
    const last = Math.floor((offset + Math.max(0, length - 1)) / PAGE_SIZE);
    if (first === last) {
      const page = this.page(first, once);
      const from = offset - first * PAGE_SIZE;
      return page.subarray(from, from + length);
    }
    const out = Buffer.allocUnsafeSlow(length);
    for (let p = first; p <= last; p++) {
      const page = this.page(p, once);
      const pageStart = p * PAGE_SIZE;
      const from = Math.max(offset, pageStart);
      const to = Math.min(offset + length, pageStart + page.byteLength);
      page.copy(out, from - offset, from - pageStart, to - pageStart);
    }
    return out;
  }

  /** Reads every page and checks it, keeping none: `verify`. Null when all are sound. */
  checkAll(): string | null {
    try {
      for (let p = 0; p < this.crcs.length; p++) this.load(p);
      return null;
    } catch (error) {
      if (error instanceof DamagedSegmentError) return error.message;
      throw error;
    }
  }

  close(): void {
    this.bytes.close();
    for (let p = 0; p < this.crcs.length; p++) {
      const key = this.key(p);
      const page = cache.get(key);
      if (page) {
        cachedBytes -= page.byteLength;
        cache.delete(key);
      }
    }
  }

  private key(page: number): number {
    // Up to 2^20 pages (16 GB) per segment, far beyond MAX_SEGMENT_DOCS articles.
    return this.id * 0x100000 + page;
  }

  private page(p: number, once: boolean): Buffer {
    const key = this.key(p);
    const hit = cache.get(key);
    if (hit) {
      // Map keeps insertion order: re-inserting marks it most recently used.
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const page = this.load(p);
    if (once) return page;
    cache.set(key, page);
    cachedBytes += page.byteLength;
    for (const [oldKey, old] of cache) {
      if (cachedBytes <= CACHE_BUDGET) break;
      cache.delete(oldKey);
      cachedBytes -= old.byteLength;
    }
    return page;
  }

  private load(p: number): Buffer {
    const size = Math.min(PAGE_SIZE, this.length - p * PAGE_SIZE);
    const page = Buffer.allocUnsafeSlow(size);
    const read = this.bytes.readAt(page, this.start + p * PAGE_SIZE, size);
    if (read !== size) throw new DamagedSegmentError(`${this.bytes.name} is cut short`, this.bytes.name);
    if (crc32(page) !== this.crcs[p]) throw new DamagedSegmentError(`${this.bytes.name} fails its checksum (page ${p})`, this.bytes.name);
    return page;
  }
}

/** Bytes the shared page cache holds now, for the memory figure. */
export function pageCacheBytes(): number {
  return cachedBytes;
}
