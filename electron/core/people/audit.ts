import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AuditEntrySchema } from '../../../shared/people';
import type { AuditEntry, AuditFilter } from '../../../shared/people';
import { AUDIT_FILE } from '../library/layout';

/** audit.list answers at most this many entries unless asked for fewer. */
export const AUDIT_LIST_DEFAULT = 500;

/**
 * The audit trail: one JSON line per event in `audit.jsonl` in the library, only ever appended
 * (opened in append mode, never rewritten by the archive) and synced line by line, so an entry
 * the server wrote survives a power cut. Lines are appended one at a time in this process, so
 * two events never interleave.
 */
export class AuditTrail {
  private appending: Promise<void> = Promise.resolve();

  constructor(readonly libraryDir: string) {}

  get file(): string {
    return path.join(this.libraryDir, AUDIT_FILE);
  }

  record(entry: Omit<AuditEntry, 'at'> & { at?: string }): Promise<void> {
    const line = `${JSON.stringify(AuditEntrySchema.parse({ ...entry, at: entry.at ?? new Date().toISOString() }))}\n`;
    const next = this.appending.then(async () => {
      const handle = await fs.open(this.file, 'a+', 0o600);
      try {
        // A line torn by a crash would swallow the next one: it is closed first.
        const { size } = await handle.stat();
        const last = Buffer.alloc(1);
        if (size > 0) await handle.read(last, 0, 1, size - 1);
        await handle.appendFile(size > 0 && last[0] !== 0x0a ? `\n${line}` : line);
        await handle.sync();
      } finally {
        await handle.close();
      }
    });
    this.appending = next.catch(() => undefined);
    return next;
  }

  /** Every readable entry, oldest first (an unreadable line, e.g. cut by a crash, is skipped). */
  async all(): Promise<AuditEntry[]> {
    let text: string;
    try {
      text = await fs.readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const entries: AuditEntry[] = [];
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      try {
        const parsed = AuditEntrySchema.safeParse(JSON.parse(line));
        if (parsed.success) entries.push(parsed.data);
      } catch {
        // A torn last line: skipped, the rest is still the trail.
      }
    }
    return entries;
  }

  /** The entries matching the filter, newest first. */
  async list(filter: AuditFilter): Promise<{ entries: AuditEntry[]; total: number }> {
    const matching = (await this.all()).filter((e) => matches(e, filter)).reverse();
    return { entries: matching.slice(0, filter.limit ?? AUDIT_LIST_DEFAULT), total: matching.length };
  }
}

export function matches(entry: AuditEntry, filter: AuditFilter): boolean {
  if (filter.who !== undefined && filter.who !== '' && !entry.who.toLowerCase().includes(filter.who.toLowerCase())) return false;
  if (filter.action !== undefined && entry.action !== filter.action) return false;
  // `from` and `to` are dates or times; a bare date `to` includes that whole day.
  if (filter.from !== undefined && filter.from !== '' && entry.at < filter.from) return false;
  if (filter.to !== undefined && filter.to !== '') {
    const to = /^\d{4}-\d{2}-\d{2}$/.test(filter.to) ? `${filter.to}T23:59:59.999Z` : filter.to;
    if (entry.at > to) return false;
  }
  return true;
}

const CSV_COLUMNS = ['at', 'who', 'action', 'what', 'address', 'method'] as const;

/** CSV for Excel: UTF-8 with a BOM (else Excel reads Chinese as GBK), CRLF, quoted where needed. */
export function auditCsv(entries: readonly AuditEntry[]): string {
  const cell = (value: string): string => {
    // A cell starting with = + - @ is a formula to Excel: prefixed so a name cannot run one.
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const rows = [CSV_COLUMNS.join(','), ...entries.map((e) => CSV_COLUMNS.map((c) => cell(e[c] ?? '')).join(','))];
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

export function auditJsonl(entries: readonly AuditEntry[]): string {
  return entries.map((e) => `${JSON.stringify(e)}\n`).join('');
}
