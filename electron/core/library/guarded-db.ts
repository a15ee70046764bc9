import type { ArchiveMessage } from '../../../shared/messages';
import { readFileSync, statSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import { logBug } from '../bug-log';
import { isSystemRefusal } from '../system-refusal';
import { backUp, newestGoodBackup } from './backups';
import { writeFileDurably } from './durable-file';
import { DAMAGED_DIR } from './layout';
import { DamagedFileError, ValidatedJsonFile, parseValidated } from './json-store';

/**
 * One small lowdb file of the library (catalog.json or annotations.json) loaded with care:
 * a damaged file is moved aside untouched and the newest good backup restored, and the user
 * is told. Defaults are used only when the file has never existed.
 */
export class GuardedDb<T> {
  private readonly db: Low<T>;
  private readonly adapter: ValidatedJsonFile<T>;
  private seen = '';

  constructor(
    private readonly libraryDir: string,
    readonly name: string,
    private readonly schema: z.ZodType<T>,
    private readonly migrate: (raw: unknown) => unknown,
    private readonly defaults: () => T,
  ) {
    this.adapter = new ValidatedJsonFile(path.join(libraryDir, name), schema, migrate);
    this.db = new Low(this.adapter, defaults());
  }

  get data(): T {
    return this.db.data;
  }

  get file(): string {
    return this.adapter.file;
  }

  /** Loads from disk; call while holding the library lock, since recovery writes. Returns notices for the user. */
  async load(): Promise<ArchiveMessage[]> {
    const notices: ArchiveMessage[] = [];
    try {
      const data = await this.adapter.read();
      if (data) this.db.data = data;
      else notices.push(...(await this.restoreMissing()));
    } catch (error) {
      if (!(error instanceof DamagedFileError)) throw error;
      notices.push(await this.recover(error));
    }
    this.seen = this.fingerprint();
    return notices;
  }

  /**
   * Re-reads the file if another process (the command line beside the app) has replaced it
   * since we last looked. Writers replace it by rename, so a read never sees half a file; a
   * file that fails its check here is left for the next locked load to recover.
   */
  refreshIfChanged(): boolean {
    const now = this.fingerprint();
    if (now === this.seen || now === 'missing') return false;
    return this.reloadSync();
  }

  /** Re-reads the file whether or not it changed (outside the lock); false, keeping what we have, if it cannot. */
  reloadSync(): boolean {
    const now = this.fingerprint();
    if (now === 'missing') return false;
    try {
      this.db.data = parseValidated(this.file, readFileSync(this.file, 'utf8'), this.schema, this.migrate);
      this.seen = now;
      return true;
    } catch {
      // keep what we have
      return false;
    }
  }

  /** True when the file on disk is no longer the one last loaded or saved (another process replaced it). */
  changedOnDisk(): boolean {
    return this.fingerprint() !== this.seen;
  }

  existsOnDisk(): boolean {
    return this.fingerprint() !== 'missing';
  }

  /** Writes atomically and durably, then keeps a rolling backup of what was written. */
  async save(): Promise<void> {
    // Serialised once, for the file and its backup (the backup used to read the file back whole).
    const text = this.adapter.serialise(this.db.data);
    await writeFileDurably(this.file, text);
    this.seen = this.fingerprint();
    // The write has landed; a backup that fails must not make it look as if it had not.
    try {
      await backUp(this.libraryDir, this.name, text);
    } catch (error) {
      // A full disk is said by the next write that needs the space; a bug goes to the log.
      if (!isSystemRefusal(error)) logBug(`Could not keep a backup of ${this.name}:`, error);
    }
  }

  private async recover(damage: DamagedFileError): Promise<ArchiveMessage> {
    const asideDir = path.join(this.libraryDir, DAMAGED_DIR);
    await fs.mkdir(asideDir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const aside = path.join(asideDir, `${this.name}.${stamp}`);
    await fs.rename(this.file, aside);
    const backup = await newestGoodBackup(this.libraryDir, this.name, this.schema, this.migrate);
    const damaged = { code: 'store-damaged', file: this.name, reason: damage.reason, movedTo: path.relative(this.libraryDir, aside) } as const;
    if (backup) {
      this.db.data = backup.data;
      await this.db.write();
      return { ...damaged, backup: path.basename(backup.file) };
    }
    this.db.data = this.defaults();
    return { ...damaged, backup: null };
  }

  /** A missing file is new only if no backup of it exists; otherwise it was lost and comes back. */
  private async restoreMissing(): Promise<ArchiveMessage[]> {
    const backup = await newestGoodBackup(this.libraryDir, this.name, this.schema, this.migrate);
    if (!backup) {
      this.db.data = this.defaults();
      return [];
    }
    this.db.data = backup.data;
    await this.db.write();
    return [{ code: 'store-restored', file: this.name, backup: path.basename(backup.file) }];
  }

  private fingerprint(): string {
    try {
      const s = statSync(this.file);
      return `${s.ino}:${s.size}:${s.mtimeMs}`;
    } catch {
      return 'missing';
    }
  }
}
