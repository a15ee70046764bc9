import type { ArchiveMessage } from '../../../shared/messages';
import { closeSync, fstatSync, openSync, readSync, statSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { AnnotationSchema } from '../../../shared/annotations';
import type { Annotation } from '../../../shared/annotations';
import type { AnnotationsFile } from '../../../shared/catalog';
import { ArchiveError } from '../errors';
import { syncFolder } from './durable-file';
import type { GuardedDb } from './guarded-db';
import { isMissing } from './json-store';
import { ANNOTATIONS_JOURNAL_FILE, DAMAGED_DIR } from './layout';

/** One change to the annotations: put = insert or replace by id, delete = remove by id (a missing id is no change). */
export type AnnotationOp = { op: 'put'; annotation: Annotation } | { op: 'delete'; id: string };

export const JOURNAL_VERSION = 1;
/** The journal is folded into annotations.json when it holds this many lines… */
export const COMPACT_LINES = 500;
/** …or this many bytes. */
export const COMPACT_BYTES = 1024 * 1024;

const NEWLINE = 0x0a;

/**
 * annotations.json (the snapshot: schema-checked, backed up, recovered when damaged) plus
 * annotations.journal beside it: one JSON line per change since the snapshot was written.
 *
 * A save appends its lines and syncs the journal: a few milliseconds, however large the library.
 * Loading is the snapshot plus a replay of the journal. The journal's byte offset already applied
 * and the snapshot's fingerprint are kept, so that before each write (under the library lock) only
 * lines another process appended since are read; a replaced snapshot means a full reload.
 *
 * A last line without its newline is a crash mid-append: it is not applied, and cut away at the next
 * locked write. A complete line that is not a valid change is skipped with a notice; the journal is
 * copied to damaged/ before compaction drops it. Replay is idempotent (put = upsert, delete of a
 * missing id = nothing), so a crash between writing the snapshot and emptying the journal is harmless.
 */
export class AnnotationsJournal {
  readonly file: string;
  /** Bytes of the journal applied to the data in memory (always at the end of a complete line). */
  private offset = 0;
  /** Bytes after `offset` that are not yet a complete line (an append in progress, or torn). */
  private tail = 0;
  private lines = 0;
  private ino = -1;
  private skipped = 0;

  constructor(
    private readonly libraryDir: string,
    private readonly db: GuardedDb<AnnotationsFile>,
    private readonly notices: ArchiveMessage[],
  ) {
    this.file = path.join(libraryDir, ANNOTATIONS_JOURNAL_FILE);
  }

  get data(): AnnotationsFile {
    return this.db.data;
  }

  /** Complete lines not yet folded into the snapshot. */
  get pendingLines(): number {
    return this.lines;
  }

  /** Under the lock: the snapshot (recovered if need be) plus the whole journal; a torn tail is cut. */
  async loadLocked(): Promise<void> {
    this.notices.push(...(await this.db.load()));
    this.forgetReplay();
    this.replayNew();
    await this.cutTornTail();
  }

  /** Under the lock, before a write: only what changed on disk since we last looked is read. */
  async syncLocked(): Promise<void> {
    if (this.needsFullReload()) {
      await this.loadLocked();
      return;
    }
    this.replayNew();
    await this.cutTornTail();
  }

  /** Outside the lock (reads): follows another process's writes; never writes. */
  refresh(): void {
    try {
      if (this.needsFullReload()) {
        if (!this.db.reloadSync()) return;
        this.forgetReplay();
      }
      this.replayNew();
    } catch {
      // keep what we have; the next locked load will see the trouble and say so
    }
  }

  /** Under the lock, after syncLocked: appends the changes durably, then applies them in memory. */
  async appendLocked(ops: readonly AnnotationOp[]): Promise<void> {
    if (ops.length === 0) return;
    const checked = ops.map(checkedOp);
    const lines = checked.map((op) => `${JSON.stringify(toLine(op))}\n`).join('');
    const bytes = Buffer.from(lines, 'utf8');
    const created = this.ino === -1;
    const handle = await fs.open(this.file, 'a', 0o644);
    let size: number;
    try {
      await handle.writeFile(bytes);
      await handle.datasync();
      const stat = await handle.stat();
      size = stat.size;
      this.ino = stat.ino;
    } finally {
      await handle.close();
    }
    if (created) await syncFolder(this.libraryDir);
    this.offset = size;
    this.tail = 0;
    this.lines += ops.length;
    for (const op of checked) applyOp(this.db.data.annotations, op);
  }

  needsCompaction(): boolean {
    return this.lines >= COMPACT_LINES || this.offset >= COMPACT_BYTES;
  }

  /**
   * Under the lock, after syncLocked: writes the snapshot durably (with its rolling backup), then
   * empties the journal. A crash between the two only replays changes the snapshot already has.
   */
  async compactLocked(): Promise<void> {
    if (this.skipped > 0) await this.setAside();
    await this.db.save();
    if (this.ino !== -1) {
      const handle = await fs.open(this.file, 'r+');
      try {
        await handle.truncate(0);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    this.offset = 0;
    this.tail = 0;
    this.lines = 0;
    this.skipped = 0;
  }

  private forgetReplay(): void {
    this.offset = 0;
    this.tail = 0;
    this.lines = 0;
    this.skipped = 0;
    this.ino = -1;
  }

  private needsFullReload(): boolean {
    if (this.db.changedOnDisk()) return true;
    const stat = statOrNull(this.file);
    if (!stat) return this.offset > 0;
    if (this.offset > 0 && stat.ino !== this.ino) return true;
    return stat.size < this.offset;
  }

  /** Reads the journal from `offset` and applies its complete lines. */
  private replayNew(): void {
    let fd: number;
    try {
      fd = openSync(this.file, 'r');
    } catch (error) {
      if (isMissing(error)) {
        this.ino = -1;
        this.tail = 0;
        return;
      }
      throw error;
    }
    try {
      const stat = fstatSync(fd);
      this.ino = stat.ino;
      const length = stat.size - this.offset;
      if (length <= 0) {
        this.tail = 0;
        return;
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
      if (end === 0) return;
      const text = buffer.toString('utf8', 0, end);
      let at = this.offset;
      for (const line of text.split('\n').slice(0, -1)) {
        this.lines++;
        const op = parseLine(line);
        if (op) applyOp(this.db.data.annotations, op);
        else {
          this.skipped++;
          this.notices.push({ code: 'journal-line-skipped', file: ANNOTATIONS_JOURNAL_FILE, at, damagedDir: DAMAGED_DIR });
        }
        at += Buffer.byteLength(line, 'utf8') + 1;
      }
      this.offset += end;
    } finally {
      closeSync(fd);
    }
  }

  /** Under the lock no one is appending: bytes after the last newline are what a crash left. */
  private async cutTornTail(): Promise<void> {
    if (this.tail === 0) return;
    const handle = await fs.open(this.file, 'r+');
    try {
      await handle.truncate(this.offset);
      await handle.sync();
    } finally {
      await handle.close();
    }
    this.tail = 0;
  }

  private async setAside(): Promise<void> {
    const asideDir = path.join(this.libraryDir, DAMAGED_DIR);
    await fs.mkdir(asideDir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const aside = path.join(asideDir, `${ANNOTATIONS_JOURNAL_FILE}.${stamp}`);
    await fs.copyFile(this.file, aside);
    this.notices.push({ code: 'journal-set-aside', file: ANNOTATIONS_JOURNAL_FILE, count: this.skipped, movedTo: path.relative(this.libraryDir, aside) });
  }
}

/** Applies one change to the list in place; idempotent. */
export function applyOp(annotations: Annotation[], op: AnnotationOp): void {
  const id = op.op === 'put' ? op.annotation.id : op.id;
  const index = annotations.findIndex((a) => a.id === id);
  if (op.op === 'put') {
    if (index >= 0) annotations[index] = op.annotation;
    else annotations.push(op.annotation);
  } else if (index >= 0) annotations.splice(index, 1);
}

/** One journal line, or null if it is not a valid change. */
export function parseLine(line: string): AnnotationOp | null {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const entry = raw as { v?: unknown; op?: unknown; annotation?: unknown; id?: unknown };
  if (entry.v !== JOURNAL_VERSION) return null;
  if (entry.op === 'delete') return typeof entry.id === 'string' && entry.id !== '' ? { op: 'delete', id: entry.id } : null;
  if (entry.op !== 'put') return null;
  const result = AnnotationSchema.safeParse(entry.annotation);
  return result.success ? { op: 'put', annotation: result.data } : null;
}

function toLine(op: AnnotationOp): object {
  return op.op === 'put' ? { v: JOURNAL_VERSION, op: 'put', annotation: op.annotation } : { v: JOURNAL_VERSION, op: 'delete', id: op.id };
}

function checkedOp(op: AnnotationOp): AnnotationOp {
  if (op.op === 'delete') return op;
  const result = AnnotationSchema.safeParse(op.annotation);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new ArchiveError(
      'bad-input',
      `The annotation is not valid (${first?.path.join('.') || 'annotation'}: ${first?.message ?? 'invalid'}).`,
    );
  }
  return { op: 'put', annotation: result.data };
}

function statOrNull(file: string): { ino: number; size: number } | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}
