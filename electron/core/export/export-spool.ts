import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ArchiveError } from '../errors';
import { writeFileDurably } from '../library/durable-file';
import { processIsGone } from '../library/lock-owner';

interface Spooled {
  file: string;
  fileName: string;
  mime: string;
  bytes: number;
  expires: number;
}

const LIFETIME_MS = 15 * 60_000;
/** The spool's folder in the system's temp folder: `<prefix><pid>-<random>`, so a killed process's one is recognised. */
export const SPOOL_PREFIX = 'bulletin-archive-export-';

/**
 * Finished export files waiting to be handed over (a browser download, or Electron's save
 * dialog), in a private temporary folder, by unguessable one-time token. The renderer never
 * names a path; a token is taken once and forgotten, and unclaimed files expire.
 */
export class ExportSpool {
  private dir: string | null = null;
  private readonly entries = new Map<string, Spooled>();
  private readonly onExit = (): void => this.dispose();

  async put(fileName: string, mime: string, bytes: Uint8Array): Promise<{ token: string }> {
    this.sweep();
    const token = randomBytes(24).toString('base64url');
    const file = path.join(this.folder(), token);
    await writeFileDurably(file, bytes);
    this.entries.set(token, { file, fileName, mime, bytes: bytes.byteLength, expires: Date.now() + LIFETIME_MS });
    return { token };
  }

  /**
   * A new file's path in the spool's private folder, for a writer that streams (a package of
   * several GB is never held as bytes); `adopt` then hands it over under a token like `put`.
   */
  reservePath(ext: string): string {
    return path.join(this.folder(), `${randomBytes(12).toString('hex')}.${ext}`);
  }

  async adopt(file: string, fileName: string, mime: string): Promise<{ token: string }> {
    this.sweep();
    const { size } = await fs.stat(file);
    const token = randomBytes(24).toString('base64url');
    this.entries.set(token, { file, fileName, mime, bytes: size, expires: Date.now() + LIFETIME_MS });
    return { token };
  }

  /** The name and type of a waiting file, without taking it (null when unknown or expired). */
  describe(token: string): { fileName: string; mime: string } | null {
    const entry = this.entries.get(token);
    return entry && entry.expires >= Date.now() ? { fileName: entry.fileName, mime: entry.mime } : null;
  }

  async take(token: string): Promise<{ fileName: string; mime: string; bytes: Uint8Array }> {
    const entry = this.entries.get(token);
    this.entries.delete(token);
    if (!entry || entry.expires < Date.now()) {
      if (entry) await fs.rm(entry.file, { force: true });
      throw new ArchiveError('not-found', 'This export is no longer available (it was already saved, or it expired). Export it again.');
    }
    try {
      return { fileName: entry.fileName, mime: entry.mime, bytes: new Uint8Array(await fs.readFile(entry.file)) };
    } finally {
      await fs.rm(entry.file, { force: true });
    }
  }

  /**
   * A waiting file without reading it (a package of several GB): its path, for the caller to copy
   * where the person chose, and `release` to remove it afterwards. Taken once, like `take`.
   */
  claimFile(token: string): { fileName: string; mime: string; file: string; release(): Promise<void> } {
    const entry = this.entries.get(token);
    this.entries.delete(token);
    if (!entry || entry.expires < Date.now()) {
      if (entry) void fs.rm(entry.file, { force: true });
      throw new ArchiveError('not-found', 'This export is no longer available (it was already saved, or it expired). Export it again.');
    }
    return { fileName: entry.fileName, mime: entry.mime, file: entry.file, release: () => fs.rm(entry.file, { force: true }) };
  }

  /** Removes the folder and everything in it (on quit). */
  dispose(): void {
    this.entries.clear();
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = null;
    process.off('exit', this.onExit);
  }

  private folder(): string {
    if (this.dir === null) {
      clearOrphanedSpools();
      this.dir = mkdtempSync(path.join(os.tmpdir(), `${SPOOL_PREFIX}${process.pid}-`));
      // Unclaimed exports do not outlive the program.
      process.once('exit', this.onExit);
    }
    return this.dir;
  }

  private sweep(): void {
    const now = Date.now();
    for (const [token, entry] of this.entries) {
      if (entry.expires < now) {
        this.entries.delete(token);
        void fs.rm(entry.file, { force: true });
      }
    }
  }
}

/** Removes spool folders of processes that are gone (killed before they could clean up). */
export function clearOrphanedSpools(tempDir: string = os.tmpdir()): void {
  let names: string[];
  try {
    names = readdirSync(tempDir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = new RegExp(`^${SPOOL_PREFIX}(\\d+)-`).exec(name)?.[1];
    if (pid !== undefined && processIsGone(Number(pid))) rmSync(path.join(tempDir, name), { recursive: true, force: true });
  }
}
