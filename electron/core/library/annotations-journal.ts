import type { ArchiveMessage } from '../../../shared/messages';
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { AnnotationSchema } from '../../../shared/annotations';
import type { Annotation } from '../../../shared/annotations';
import type { AnnotationsFile } from '../../../shared/catalog';
import { ArchiveError } from '../errors';
import { isSystemRefusal } from '../system-refusal';
import { syncFolder, writeFileDurably } from './durable-file';
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
 * annotations.journal beside it: a header line naming its generation, then one JSON line per change
 * since the snapshot was written.
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
export class AnnotationsJournal {
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
      this.notices.push({ code: 'journal-damaged', file: ANNOTATIONS_JOURNAL_FILE, problem, movedTo: aside });
    }
    if (this.skipped > 0) {
      this.damaged = true;
      this.notices.push({ code: 'journal-set-aside', file: ANNOTATIONS_JOURNAL_FILE, count: this.skipped, movedTo: aside ?? DAMAGED_DIR });
    }
    await this.cutTornTail(aside);
  }

  /** Under the lock, before a write: only what changed on disk since we last looked is read. */
  async syncLocked(): Promise<void> {
    if (this.needsFullReload()) {
      await this.loadLocked();
      return;
    }
    this.replayNew();
    if (this.tail > 0) await this.cutTornTail(await this.setAside());
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
    // A journal that is not there (or was emptied) starts again with its header.
    const head = this.offset === 0 && this.tail === 0 ? headerLine(this.db.data.journal ?? 0) : '';
    // Torn bytes that could not be cut stay a line of their own, never glued to this change.
    const lead = this.tail > 0 ? '\n' : '';
    const first = head === '' ? this.seq : 0;
    const lines = lead + head + checked.map((op, i) => `${JSON.stringify(toLine(op, first + i + 1))}\n`).join('');
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
      const stat = await handle.stat();
      size = stat.size;
      this.ino = stat.ino;
    } finally {
      await handle.close();
    }
    if (created) await syncFolder(this.libraryDir).catch(() => undefined);
    this.offset = size;
    this.tail = 0;
    this.seq = first + ops.length;
    this.lines += ops.length;
    for (const op of checked) applyOp(this.db.data.annotations, op);
  }

  needsCompaction(): boolean {
    return this.lines >= COMPACT_LINES || this.offset >= COMPACT_BYTES;
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

  private forgetReplay(): void {
    this.offset = 0;
    this.tail = 0;
    this.lines = 0;
    this.skipped = 0;
    this.seq = 0;
    this.ino = -1;
    this.header = null;
  }

  /** The header read at the start of the journal (null: none there, or not read yet). */
  private header: number | null = null;

  /** What is wrong at the start of the journal, judged against the generation the snapshot expects. */
  private startProblem(missing: boolean): 'emptied' | 'missing' | 'unreadable-start' | null {
    const expected = this.db.data.journal;
    // Before version 2 the snapshot names no journal, and an absent or headerless journal is normal.
    if (expected === undefined || expected === 0) return null;
    if (missing) return 'missing';
    if (this.header !== null) return null;
    if (this.offset === 0 && this.tail === 0) return 'emptied';
    return 'unreadable-start';
  }

  private needsFullReload(): boolean {
    if (this.db.changedOnDisk()) return true;
    const stat = statOrNull(this.file);
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
        const whole = parseEntry(line);
        const entry = whole ?? parseEntry(afterJunk(line));
        const lost = entry?.n === undefined ? 0 : Math.max(0, entry.n - this.seq - 1 - unreadable);
        if (entry?.n !== undefined) {
          this.seq = entry.n;
          unreadable = 0;
        }
        if (entry) applyOp(this.db.data.annotations, entry.op);
        this.skipped += lost + (entry && !whole && lost === 0 ? 1 : 0);
        if (!entry) {
          unreadable++;
          this.skipped++;
          this.notices.push({ code: 'journal-line-skipped', file: ANNOTATIONS_JOURNAL_FILE, at: at - Buffer.byteLength(line, 'utf8') - 1, damagedDir: DAMAGED_DIR });
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
    this.notices.push({ code: 'journal-torn', file: ANNOTATIONS_JOURNAL_FILE, bytes, movedTo: aside });
  }

  /** The journal as found, copied untouched to damaged/; null when it cannot be (nothing there, or no space). */
  private async setAside(): Promise<string | null> {
    if (statOrNull(this.file) === null) return null;
    try {
      const asideDir = path.join(this.libraryDir, DAMAGED_DIR);
      await fs.mkdir(asideDir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const aside = path.join(asideDir, `${ANNOTATIONS_JOURNAL_FILE}.${stamp}-${process.pid}`);
      await fs.copyFile(this.file, aside);
      return path.relative(this.libraryDir, aside);
    } catch (error) {
      if (isSystemRefusal(error)) return null;
      throw error;
    }
  }
}

/**
 * What is wrong with the journal on disk now, read without the lock and without writing, for
 * `verify`: its start (against the generation the snapshot expects) and its unreadable lines.
 */
export interface JournalHealth {
  start: 'emptied' | 'missing' | 'unreadable-start' | null;
  unreadableLines: number;
}

export function inspectJournal(libraryDir: string, expected: number | undefined): JournalHealth {
  let text: string;
  try {
    text = readFileSync(path.join(libraryDir, ANNOTATIONS_JOURNAL_FILE), 'utf8');
  } catch (error) {
    if (!isMissing(error)) throw error;
    return { start: expected ? 'missing' : null, unreadableLines: 0 };
  }
  // The part after the last newline may be an append in progress: not judged here.
  const lines = text.slice(0, text.lastIndexOf('\n') + 1).split('\n').slice(0, -1);
  const hasHeader = lines.length > 0 && parseHeader(lines[0] ?? '') !== null;
  const start = !expected || hasHeader ? null : text.length === 0 ? 'emptied' : 'unreadable-start';
  const unreadableLines = lines.slice(hasHeader ? 1 : 0).filter((line) => parseLine(line) === null).length;
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
  return parseEntry(line)?.op ?? null;
}

/** A change and its running number (absent on lines written before the journal had a header). */
function parseEntry(line: string): { op: AnnotationOp; n: number | undefined } | null {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const entry = raw as { v?: unknown; n?: unknown; op?: unknown; annotation?: unknown; id?: unknown };
  if (entry.v !== JOURNAL_VERSION) return null;
  const n = typeof entry.n === 'number' && Number.isInteger(entry.n) && entry.n > 0 ? entry.n : undefined;
  if (entry.op === 'delete') return typeof entry.id === 'string' && entry.id !== '' ? { op: { op: 'delete', id: entry.id }, n } : null;
  if (entry.op !== 'put') return null;
  const result = AnnotationSchema.safeParse(entry.annotation);
  return result.success ? { op: { op: 'put', annotation: result.data }, n } : null;
}

function toLine(op: AnnotationOp, n: number): object {
  return op.op === 'put' ? { v: JOURNAL_VERSION, n, op: 'put', annotation: op.annotation } : { v: JOURNAL_VERSION, n, op: 'delete', id: op.id };
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
