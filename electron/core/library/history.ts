import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Issue } from '../../../shared/catalog';
import { HistoryEntrySchema } from '../../../shared/history';
import type { HistoryAction, HistoryEntry, HistoryFilter, HistoryProgram, HistoryRow, IssueState } from '../../../shared/history';
import { syncFolder } from './durable-file';
import { formatIssueRef } from './issue-ref';
import { HISTORY_FILE } from './layout';

/**
 * The catalogue's append-only history (shared/history.ts). Every change to an issue goes through
 * commitIssue, which records it here; a change that is not about one issue (a series renamed)
 * calls recordHistory itself. A line is appended and synced while the library lock is held, so
 * the order of lines is the order of changes, across processes too.
 */

let program: HistoryProgram = 'app';

/** Which program makes the changes of this process: the app, the command line, or browser mode. */
export function setHistoryProgram(name: HistoryProgram): void {
  program = name;
}

/** The computer's user name, as the operating system knows it. */
export function currentUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    // No passwd entry (a container, a service account): the environment is the next best witness.
    return process.env['USER'] ?? process.env['USERNAME'] ?? 'unknown';
  }
}

export interface HistoryRecord {
  action: HistoryAction;
  before: IssueState | null;
  after: IssueState | null;
  undoes?: string;
  detail?: string;
  /** For a change that is not about one issue: the series it is about. */
  series?: string;
}

/** Builds the entry for a change (when, who, what differs). */
export function historyEntry(record: HistoryRecord, at = new Date()): HistoryEntry {
  const issue = record.after?.issue ?? record.before?.issue ?? null;
  return {
    id: randomUUID(),
    at: at.toISOString(),
    action: record.action,
    issueId: issue?.id ?? null,
    series: issue?.series ?? record.series ?? null,
    ref: issue ? formatIssueRef(issue) : null,
    fields: changedFields(record.before, record.after),
    before: record.before,
    after: record.after,
    program,
    user: currentUserName(),
    ...(record.undoes !== undefined && { undoes: record.undoes }),
    ...(record.detail !== undefined && { detail: record.detail }),
  };
}

/**
 * Appends one change to history.jsonl and syncs it. Call while holding the library lock (commitIssue
 * and Library.writeCatalog's afterSave do); returns the entry as written.
 */
export async function recordHistory(dir: string, record: HistoryRecord): Promise<HistoryEntry> {
  const entry = historyEntry(record);
  const file = path.join(dir, HISTORY_FILE);
  const isNew = !(await fs.access(file).then(
    () => true,
    () => false,
  ));
  const handle = await fs.open(file, 'a', 0o644);
  try {
    await handle.appendFile(`${JSON.stringify(entry)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (isNew) await syncFolder(dir);
  return entry;
}

/**
 * Every entry, oldest first. A line that does not parse (cut short by a power failure, edited by
 * hand) is skipped and counted, never allowed to hide the rest.
 */
export async function readHistory(dir: string): Promise<{ entries: HistoryEntry[]; skipped: number }> {
  let text: string;
  try {
    text = await fs.readFile(path.join(dir, HISTORY_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], skipped: 0 };
    throw error;
  }
  const entries: HistoryEntry[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const parsed = HistoryEntrySchema.safeParse(JSON.parse(line));
      if (parsed.success) entries.push(parsed.data);
      else skipped += 1;
    } catch {
      skipped += 1;
    }
  }
  return { entries, skipped };
}

/** The entries a person asked for (an issue's, a series'), newest first, as rows. */
export function historyRows(entries: readonly HistoryEntry[], filter: HistoryFilter = {}): HistoryRow[] {
  const undone = new Set(entries.flatMap((e) => (e.undoes ? [e.undoes] : [])));
  const chosen = entries.filter(
    (e) =>
      (filter.issueId === undefined || e.issueId === filter.issueId) &&
      (filter.series === undefined || e.series === filter.series || e.before?.issue.series === filter.series),
  );
  const rows = chosen
    .slice()
    .reverse()
    .map((e) => ({
      id: e.id,
      at: e.at,
      action: e.action,
      issueId: e.issueId,
      series: e.series,
      ref: e.ref,
      fields: e.fields,
      changes: fieldChanges(e.before?.issue ?? null, e.after?.issue ?? null, e.fields),
      program: e.program,
      user: e.user,
      undoes: e.undoes ?? null,
      undone: undone.has(e.id),
      detail: e.detail ?? null,
    }));
  return filter.limit === undefined ? rows : rows.slice(0, filter.limit);
}

/** Fields compared for "before → after"; texts are one field, the article bodies. */
const COMPARED_SKIP = new Set(['importedAt', 'warnings']);

export function changedFields(before: IssueState | null, after: IssueState | null): string[] {
  if (!before || !after) return [];
  const fields: string[] = [];
  const keys = new Set([...Object.keys(before.issue), ...Object.keys(after.issue)]);
  for (const key of keys) {
    if (COMPARED_SKIP.has(key)) continue;
    const a = (before.issue as Record<string, unknown>)[key];
    const b = (after.issue as Record<string, unknown>)[key];
    if (JSON.stringify(a) !== JSON.stringify(b)) fields.push(key);
  }
  if (before.texts && after.texts && JSON.stringify(before.texts.articles) !== JSON.stringify(after.texts.articles)) fields.push('texts');
  return fields;
}

function fieldChanges(before: Issue | null, after: Issue | null, fields: readonly string[]): HistoryRow['changes'] {
  if (!before || !after) return [];
  return fields
    .filter((f) => f !== 'texts')
    .map((field) => ({ field, before: shown((before as Record<string, unknown>)[field], field), after: shown((after as Record<string, unknown>)[field], field) }));
}

/** A value as one short line of the history: article lists by their titles, files by their names. */
function shown(value: unknown, field: string): string {
  if (value === null || value === undefined) return '';
  if (field === 'articles' && Array.isArray(value)) return value.map((a: { title?: unknown }) => String(a.title ?? '')).join(' | ');
  if (field === 'files' && Array.isArray(value)) return value.map((f: { name?: unknown; role?: unknown }) => `${String(f.name)} (${String(f.role)})`).join(' | ');
  if (field === 'original' && typeof value === 'object') return String((value as { name?: unknown }).name ?? '');
  if (field === 'location' && typeof value === 'object') return Object.values(value as Record<string, unknown>).filter(Boolean).join(' / ');
  if (field === 'retention' && typeof value === 'object') {
    const { code, label } = value as { code?: unknown; label?: unknown };
    return `${String(label)}（${String(code)}）`;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
