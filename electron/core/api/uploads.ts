import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, promises as fs, rmSync } from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { ArchiveError } from '../errors';
import { UPLOADS_DIR } from '../library/layout';
import { processIsGone } from '../library/lock-owner';

/** How long bytes may wait for the import call that names them. */
const LIFETIME_MS = 15 * 60_000;

export type UploadResult = { kind: 'received'; upload: string; size: number } | { kind: 'too-large' } | { kind: 'incomplete' };

/**
 * Files on their way in from browser mode (`POST /api/upload`): streamed to the library's own
 * temporary folder, never held whole in one request body, and handed to the import call that
 * names them by id. An upload is used once; one not used within LIFETIME_MS, one whose request
 * was cut off, and everything left when the archive closes or a process died are removed. File
 * names carry the pid, so an archive starting beside another one clears only what is orphaned.
 */
export class UploadStore {
  private readonly waiting = new Map<string, { file: string; expires: number }>();
  private readonly onExit = (): void => this.dispose();

  private watchingExit = false;

  constructor(private readonly dir: string) {}

  static forLibrary(libraryDir: string): UploadStore {
    return new UploadStore(path.join(libraryDir, UPLOADS_DIR));
  }

  /**
   * Writes `source` to a new upload, stopping (and keeping nothing) as soon as it passes `limit`
   * bytes, or when it ends short of the `expected` size the sender declared (a cut-off request).
   */
  async receive(source: AsyncIterable<Uint8Array | string>, limit: number, expected?: number): Promise<UploadResult> {
    this.sweep();
    if (!this.watchingExit) {
      // Uploads not used do not outlive the program (registered once, on the first upload).
      process.once('exit', this.onExit);
      this.watchingExit = true;
    }
    await fs.mkdir(this.dir, { recursive: true });
    const upload = randomUUID();
    const file = path.join(this.dir, `${process.pid}-${upload}`);
    const out = createWriteStream(file, { flags: 'wx' });
    let size = 0;
    try {
      for await (const chunk of source) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        size += bytes.byteLength;
        if (size > limit) {
          out.destroy();
          await fs.rm(file, { force: true });
          return { kind: 'too-large' };
        }
        if (!out.write(bytes)) await once(out, 'drain');
      }
      out.end();
      await finished(out);
      if (expected !== undefined && size !== expected) {
        await fs.rm(file, { force: true });
        return { kind: 'incomplete' };
      }
    } catch (error) {
      out.destroy();
      await fs.rm(file, { force: true });
      throw error;
    }
    this.waiting.set(upload, { file, expires: Date.now() + LIFETIME_MS });
    return { kind: 'received', upload, size };
  }

  /** The bytes of an upload, which is gone afterwards; `name` is the file's name, for the message. */
  async take(upload: string, name: string): Promise<Uint8Array> {
    const entry = this.waiting.get(upload);
    this.waiting.delete(upload);
    if (!entry || entry.expires < Date.now()) {
      if (entry) await fs.rm(entry.file, { force: true });
      throw ArchiveError.of('not-found', { code: 'upload-missing', file: name });
    }
    try {
      return new Uint8Array(await fs.readFile(entry.file));
    } finally {
      await fs.rm(entry.file, { force: true });
    }
  }

  /**
   * An upload left where it lies, for a reader that streams (a package): its path, renamed to end
   * in `ext` (the bag reader knows a container by it), and `release` to remove it when done.
   */
  async claim(upload: string, name: string, ext: string): Promise<{ file: string; release(): Promise<void> }> {
    const entry = this.waiting.get(upload);
    this.waiting.delete(upload);
    if (!entry || entry.expires < Date.now()) {
      if (entry) await fs.rm(entry.file, { force: true });
      throw ArchiveError.of('not-found', { code: 'upload-missing', file: name });
    }
    const file = `${entry.file}${ext}`;
    await fs.rename(entry.file, file);
    return { file, release: () => fs.rm(file, { recursive: true, force: true }) };
  }

  /** Uploads waiting now (for tests and the reliability suite). */
  get count(): number {
    return this.waiting.size;
  }

  /** Removes what processes that are gone left behind (a kill during an upload). */
  async clearLeftovers(): Promise<string[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.dir);
    } catch {
      return [];
    }
    const orphaned = names.filter((name) => {
      const pid = Number(/^(\d+)-/.exec(name)?.[1]);
      return Number.isInteger(pid) && processIsGone(pid);
    });
    await Promise.all(orphaned.map((name) => fs.rm(path.join(this.dir, name), { force: true })));
    return orphaned;
  }

  /** Removes every upload still waiting (on close). */
  dispose(): void {
    for (const { file } of this.waiting.values()) rmSync(file, { force: true });
    this.waiting.clear();
    process.off('exit', this.onExit);
    this.watchingExit = false;
  }

  private sweep(): void {
    const now = Date.now();
    for (const [upload, entry] of this.waiting) {
      if (entry.expires >= now) continue;
      this.waiting.delete(upload);
      void fs.rm(entry.file, { force: true });
    }
  }
}
