import type { ArchiveMessage } from '../../../shared/messages';
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { isSystemRefusal } from '../system-refusal';
import { syncFolder, writeFileDurably } from './durable-file';
import type { GuardedDb } from './guarded-db';
import { isMissing } from './json-store';
import { DAMAGED_DIR } from './layout';

/**
 * A snapshot file (schema-checked, backed up, recovered when damaged: guarded-db.ts) plus a journal
 * beside it: a header line naming its generation, then one JSON line per change since the snapshot
 * was written. annotations.json + annotations.journal and catalog.json + catalog.journal are both
 * this; a JournalKind says what a change is, how it reads and how it applies.
 *
 * A save appends its lines and syncs the journal: a few milliseconds, however large the library.
 * Loading is the snapshot plus a replay of the journal. The journal's byte offset already applied
 * and the snapshot's fingerprint are kept, so that before each write (under the library lock) only
 * lines another process appended since are read; a replaced snapshot means a full reload.
 *
 * Losses are noticed, never silent (issue 20, defect 5). The snapshot records the generation of the
 * journal written with it, and that journal starts with a header naming it: a journal that is
 * missing, emptied or unreadable at its start, while the snapshot expects one, has lost whatever it
 * held. (A running count on each line could not tell that: an emptied file keeps no count.) A
 * complete line that is not a valid change is skipped; a last line without its newline is an append
 * that never finished (a crash, or the file cut short) and is not applied. Each of these is said in
 * a notice, and the journal as found is copied to damaged/ before anything is cut or rewritten;
 * every whole line that still reads is recovered. Replay is idempotent (put = upsert, delete of a
 * missing id = nothing), so a crash between writing the snapshot and replacing the journal is
 * harmless: the old journal's lines are already in the snapshot.
 */
export const JOURNAL_VERSION = 1;

export type JournalStartProblem = 'emptied' | 'missing' | 'unreadable-start';

/** What one journal holds and how its changes are read, written, applied and spoken of. */
export interface JournalKind<T extends { journal?: number | undefined }, Op> {
  /** The journal's file name in the library folder. */
  readonly file: string;
  /** The change's own fields of a line (besides `v` and `n`), or null if they are not a valid change. */
  parse(entry: Readonly<Record<string, unknown>>): Op | null;
  /** The change's own fields, for its line. */
  fields(op: Op): Record<string, unknown>;
  /** Checks a change before it is written; throws an ArchiveError (bad-input) if it is not valid. */
  check(op: Op): Op;
  /** Applies one change to the data in place; idempotent. */
  apply(data: T, op: Op): void;
  /** The notices for damage, in this journal's words. */
  said: {
    damaged(problem: JournalStartProblem, movedTo: string | null): ArchiveMessage;
    skipped(at: number): ArchiveMessage;
  };
}

const NEWLINE = 0x0a;

export class Journal<T extends { journal?: number | undefined }, Op> {
  readonly file: string;
  /** Bytes of the journal applied to the data in memory (always at the end of a complete line). */
  private offset = 0;
  /** Bytes after `offset` that are not yet a complete line (an append in progress, or torn). */
  private tail = 0;
  private lines = 0;
  private ino = -1;
  private skipped = 0;
  /** The running number of the last change read since the header (0: none; lines before version 2 carry none). */
  private seq = 0;
  /** The journal was found damaged: it is set aside and written afresh at the next compaction. */
  private damaged = false;
  /** The header read at the start of the journal (null: none there, or not read yet). */
  private header: number | null = null;

  constructor(
    private readonly libraryDir: string,
    private readonly db: GuardedDb<T>,
    private readonly notices: ArchiveMessage[],
    private readonly kind: JournalKind<T, Op>,
  ) {
    this.file = path.join(libraryDir, kind.file);
  }

  get data(): T {
    return this.db.data;
  }

  /** Complete lines not yet folded into the snapshot. */
  get pendingLines(): number {
    return this.lines;
  }

  /** Bytes of the journal on disk that are read and applied. */
  get bytes(): number {
    return this.offset;
  }

  /** Damage was found in the journal (set aside, its readable changes recovered): it is to be written afresh. */
  get isDamaged(): boolean {
    return this.damaged;
  }

  /** True when the journal should be rewritten: damage was found, or the snapshot names no generation yet. */
  get needsRewrite(): boolean {
    return this.damaged || this.db.data.journal === undefined;
  }

  /** Under the lock: the snapshot (recovered if need be) plus the whole journal; damage is reported and set aside. */
  async loadLocked(): Promise<void> {
    this.notices.push(...(await this.db.load()));
    this.forgetReplay();
    const missing = this.replayNew();
    const problem = this.startProblem(missing);
    const aside = problem !== null || this.skipped > 0 || this.tail > 0 ? await this.setAside() : null;
    if (problem !== null) {
      this.damaged = true;
      this.notices.push(this.kind.said.damaged(problem, aside));
    }
    if (this.skipped > 0) {
      this.damaged = true;
      this.notices.push({ code: 'journal-set-aside', file: this.kind.file, count: this.skipped, movedTo: aside ?? DAMAGED_DIR });
    }
    await this.cutTornTail(aside);
  }

  /** Under the lock, before a write: only what changed on disk since we last looked is read. */
  async syncLocked(): Promise<void> {
    const stat = statOrNull(this.file);
    if (this.needsFullReload(stat)) {
      await this.loadLocked();
      return;
    }
    // Nothing appended since we last looked (the usual case: this process made the last change).
    if (stat === null || (stat.ino === this.ino && stat.size === this.offset && this.tail === 0)) return;
    this.replayNew();
    if (this.tail > 0) await this.cutTornTail(await this.setAside());
  }

  /** Outside the lock (reads): follows another process's writes; never writes. True when something new was applied. */
  refresh(): boolean {
    try {
      let changed = false;
      const stat = statOrNull(this.file);
      if (this.needsFullReload(stat)) {
        if (!this.db.reloadSync()) return false;
        this.forgetReplay();
        changed = true;
      } else if (stat === null || (stat.ino === this.ino && stat.size === this.offset + this.tail)) {
        // Nothing appended since we last looked: the journal is not even opened.
        return false;
      }
      const before = this.offset;
      this.replayNew();
      return changed || this.offset !== before;
    } catch {
      // keep what we have; the next locked load will see the trouble and say so
      return false;
    }
  }

  /**
   * Under the lock, after syncLocked: appends the changes durably, then applies them in memory
   * (unless the caller has already made them on the data: `applied`).
   */
  async appendLocked(ops: readonly Op[], options: { applied?: boolean } = {}): Promise<void> {
    if (ops.length === 0) return;
    const checked = ops.map((op) => this.kind.check(op));
    // A journal that is not there (or was emptied) starts again with its header.
    const head = this.offset === 0 && this.tail === 0 ? headerLine(this.db.data.journal ?? 0) : '';
    // Torn bytes that could not be cut stay a line of their own, never glued to this change.
    const lead = this.tail > 0 ? '\n' : '';
    const first = head === '' ? this.seq : 0;
    const lines = lead + head + checked.map((op, i) => `${JSON.stringify({ v: JOURNAL_VERSION, n: first + i + 1, ...this.kind.fields(op) })}\n`).join('');
    const bytes = Buffer.from(lines, 'utf8');
    const created = this.ino === -1;
    const handle = await fs.open(this.file, 'a', 0o644);
    let size: number;
    try {
      const before = (await handle.stat()).size;
      try {
        await handle.writeFile(bytes);
        await handle.datasync();
      } catch (error) {
        // A full disk may take part of the bytes: they are taken back, so no torn line is left.
        await handle.truncate(before).catch(() => undefined);
        throw error;
      }
      // Our own bytes end where they were written: no second stat is needed.
      size = before + bytes.length;
      if (created) this.ino = (await handle.stat()).ino;
    } finally {
      await handle.close();
    }
    if (created) await syncFolder(this.libraryDir).catch(() => undefined);
    this.offset = size;
    this.tail = 0;
    this.seq = first + ops.length;
    this.lines += ops.length;
    if (!options.applied) for (const op of checked) this.kind.apply(this.db.data, op);
  }

  /**
   * Under the lock, after syncLocked: writes the snapshot durably (with its rolling backup) under
   * the next generation, then replaces the journal with that generation's header. A crash between
   * the two leaves the old journal, whose changes the snapshot already has: replaying them is harmless.
   */
  async compactLocked(): Promise<void> {
    const generation = (this.db.data.journal ?? 0) + 1;
    const before = this.db.data.journal;
    this.db.data.journal = generation;
    try {
      await this.db.save();
    } catch (error) {
      if (before === undefined) delete this.db.data.journal;
      else this.db.data.journal = before;
      throw error;
    }
    await writeFileDurably(this.file, headerLine(generation));
    this.ino = statOrNull(this.file)?.ino ?? -1;
    this.offset = Buffer.byteLength(headerLine(generation));
    this.tail = 0;
    this.lines = 0;
    this.skipped = 0;
    this.seq = 0;
    this.damaged = false;
  }

  /** The data in memory is no longer what the snapshot plus the journal say (a failed change): read both again. */
  async reloadLocked(): Promise<void> {
    await this.loadLocked();
  }

  private forgetReplay(): void {
    this.offset = 0;
    this.tail = 0;
    this.lines = 0;
    this.skipped = 0;
    this.seq = 0;
    this.ino = -1;
    this.header = null;
  }

  /** What is wrong at the start of the journal, judged against the generation the snapshot expects. */
  private startProblem(missing: boolean): JournalStartProblem | null {
    const expected = this.db.data.journal;
    // Before version 2 the snapshot names no journal, and an absent or headerless journal is normal.
    if (expected === undefined || expected === 0) return null;
    if (missing) return 'missing';
    if (this.header !== null) return null;
    if (this.offset === 0 && this.tail === 0) return 'emptied';
    return 'unreadable-start';
  }

  private needsFullReload(stat = statOrNull(this.file)): boolean {
    if (this.db.changedOnDisk()) return true;
    if (!stat) return this.offset > 0;
    if (this.offset > 0 && stat.ino !== this.ino) return true;
    return stat.size < this.offset;
  }

  /** Reads the journal from `offset` and applies its complete lines; true when there is no journal. */
  private replayNew(): boolean {
    let fd: number;
    try {
      fd = openSync(this.file, 'r');
    } catch (error) {
      if (isMissing(error)) {
        this.ino = -1;
        this.tail = 0;
        return true;
      }
      throw error;
    }
    try {
      const stat = fstatSync(fd);
      this.ino = stat.ino;
      const length = stat.size - this.offset;
      if (length <= 0) {
        this.tail = 0;
        return false;
      }
      const buffer = Buffer.alloc(length);
      let read = 0;
      while (read < length) {
        const n = readSync(fd, buffer, read, length - read, this.offset + read);
        if (n === 0) break;
        read += n;
      }
      const end = buffer.subarray(0, read).lastIndexOf(NEWLINE) + 1;
      this.tail = read - end;
      if (end === 0) return false;
      const text = buffer.toString('utf8', 0, end);
      let at = this.offset;
      // Unreadable lines since the last numbered change: a gap in the numbering already counts them.
      let unreadable = 0;
      for (const line of text.split('\n').slice(0, -1)) {
        const first = at === 0;
        at += Buffer.byteLength(line, 'utf8') + 1;
        if (first) {
          const generation = parseHeader(line);
          if (generation !== null) {
            this.header = generation;
            continue;
          }
        }
        this.lines++;
        // A line whose start was overwritten may still end in a whole change: it is recovered, and
        // the damage (and any change its numbering says is gone) still counted.
        const whole = parseEntry(line, this.kind);
        const entry = whole ?? parseEntry(afterJunk(line), this.kind);
        const lost = entry?.n === undefined ? 0 : Math.max(0, entry.n - this.seq - 1 - unreadable);
        if (entry?.n !== undefined) {
          this.seq = entry.n;
          unreadable = 0;
        }
        if (entry) this.kind.apply(this.db.data, entry.op);
        this.skipped += lost + (entry && !whole && lost === 0 ? 1 : 0);
        if (!entry) {
          unreadable++;
          this.skipped++;
          this.notices.push(this.kind.said.skipped(at - Buffer.byteLength(line, 'utf8') - 1));
        }
      }
      this.offset += end;
      return false;
    } finally {
      closeSync(fd);
    }
  }

  /** Under the lock no one is appending: bytes after the last newline are what a crash or a cut left. */
  private async cutTornTail(aside: string | null): Promise<void> {
    if (this.tail === 0) return;
    const bytes = this.tail;
    try {
      const handle = await fs.open(this.file, 'r+');
      try {
        await handle.truncate(this.offset);
        await handle.sync();
      } finally {
        await handle.close();
      }
      this.tail = 0;
    } catch (error) {
      // Cannot cut (a read-only disk): the torn bytes stay unapplied, and the next append starts a new line.
      if (!isSystemRefusal(error)) throw error;
    }
    this.notices.push({ code: 'journal-torn', file: this.kind.file, bytes, movedTo: aside });
  }

  /** The journal as found, copied untouched to damaged/; null when it cannot be (nothing there, or no space). */
  private async setAside(): Promise<string | null> {
    if (statOrNull(this.file) === null) return null;
    try {
      const asideDir = path.join(this.libraryDir, DAMAGED_DIR);
      await fs.mkdir(asideDir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const aside = path.join(asideDir, `${this.kind.file}.${stamp}-${process.pid}`);
      await fs.copyFile(this.file, aside);
      return path.relative(this.libraryDir, aside);
    } catch (error) {
      if (isSystemRefusal(error)) return null;
      throw error;
    }
  }
}

/**
 * What is wrong with a journal on disk now, read without the lock and without writing, for
 * `verify`: its start (against the generation the snapshot expects) and its unreadable lines.
 */
export interface JournalHealth {
  start: JournalStartProblem | null;
  unreadableLines: number;
}

export function inspectJournalFile<T extends { journal?: number | undefined }, Op>(
  libraryDir: string,
  expected: number | undefined,
  kind: JournalKind<T, Op>,
): JournalHealth {
  let text: string;
  try {
    text = readFileSync(path.join(libraryDir, kind.file), 'utf8');
  } catch (error) {
    if (!isMissing(error)) throw error;
    return { start: expected ? 'missing' : null, unreadableLines: 0 };
  }
  // The part after the last newline may be an append in progress: not judged here.
  const lines = text.slice(0, text.lastIndexOf('\n') + 1).split('\n').slice(0, -1);
  const hasHeader = lines.length > 0 && parseHeader(lines[0] ?? '') !== null;
  const start = !expected || hasHeader ? null : text.length === 0 ? 'emptied' : 'unreadable-start';
  const unreadableLines = lines.slice(hasHeader ? 1 : 0).filter((line) => parseEntry(line, kind) === null).length;
  return { start, unreadableLines };
}

function headerLine(generation: number): string {
  return `${JSON.stringify({ v: JOURNAL_VERSION, journal: generation })}\n`;
}

function parseHeader(line: string): number | null {
  try {
    const raw: unknown = JSON.parse(line);
    if (typeof raw !== 'object' || raw === null) return null;
    const entry = raw as { v?: unknown; journal?: unknown };
    return entry.v === JOURNAL_VERSION && typeof entry.journal === 'number' && Number.isInteger(entry.journal) ? entry.journal : null;
  } catch {
    return null;
  }
}

/** A line whose start was overwritten (zero bytes, garbage) may still end in a whole change. */
function afterJunk(line: string): string {
  const at = line.lastIndexOf('{"v":');
  return at > 0 ? line.slice(at) : '';
}

/** A change and its running number (absent on lines written before the journal had a header). */
export function parseEntry<T extends { journal?: number | undefined }, Op>(line: string, kind: JournalKind<T, Op>): { op: Op; n: number | undefined } | null {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const entry = raw as Record<string, unknown>;
  if (entry['v'] !== JOURNAL_VERSION) return null;
  const n = typeof entry['n'] === 'number' && Number.isInteger(entry['n']) && entry['n'] > 0 ? entry['n'] : undefined;
  const op = kind.parse(entry);
  return op === null ? null : { op, n };
}

function statOrNull(file: string): { ino: number; size: number } | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}
