import type { ArchiveMessage } from '../../../shared/messages';
import { statSync } from 'node:fs';
import { IssueSchema } from '../../../shared/catalog';
import type { Catalog, Issue } from '../../../shared/catalog';
import { SeriesRecordSchema } from '../../../shared/holdings-record';
import type { SeriesRecord } from '../../../shared/holdings-record';
import { CatalogueSettingsSchema } from '../../../shared/catalogue-fields';
import type { CatalogueSettings } from '../../../shared/catalogue-fields';
import { z } from 'zod';
import { ArchiveError } from '../errors';
import type { GuardedDb } from './guarded-db';
import { Journal, inspectJournalFile } from './journal-file';
import type { JournalHealth, JournalKind } from './journal-file';
import { CATALOG_JOURNAL_FILE, DAMAGED_DIR } from './layout';

/**
 * catalog.json (the compacted base) plus catalog.journal (issue 19): importing, editing or deleting
 * an issue appends one line (the issue's whole entry, or its id) and syncs it, so a change writes
 * bytes in proportion to the change, not to the library. The append is the commit point. The base
 * is written again (with its rolling backup) only when the journal has grown past a fraction of it,
 * so the cost of compaction per change stays the same at every size. journal-file.ts says how the
 * two are read, followed across processes and recovered.
 */
export type CatalogOp =
  | { op: 'put'; issue: Issue }
  | { op: 'delete'; id: string }
  | { op: 'series'; series: SeriesRecord[] }
  | { op: 'settings'; settings: CatalogueSettings };

/** The journal is folded into the base when it is larger than this fraction of the base… */
export const COMPACT_FRACTION = 0.5;
/** …and larger than this (a small library is not rewritten for every few imports). */
export const COMPACT_FLOOR_BYTES = 1024 * 1024;

const SeriesListSchema = z.array(SeriesRecordSchema);

export const CATALOG_JOURNAL: JournalKind<Catalog, CatalogOp> = {
  file: CATALOG_JOURNAL_FILE,
  parse: parseOp,
  fields: (op) => ({ ...op }),
  check: checkedOp,
  apply: applyOp,
  said: {
    damaged: (problem, movedTo): ArchiveMessage => ({ code: 'catalogue-journal-damaged', file: CATALOG_JOURNAL_FILE, problem, movedTo }),
    skipped: (at): ArchiveMessage => ({ code: 'catalogue-journal-line-skipped', file: CATALOG_JOURNAL_FILE, at, damagedDir: DAMAGED_DIR }),
  },
};

export class CatalogJournal extends Journal<Catalog, CatalogOp> {
  constructor(
    libraryDir: string,
    private readonly base: GuardedDb<Catalog>,
    notices: ArchiveMessage[],
  ) {
    super(libraryDir, base, notices, CATALOG_JOURNAL);
  }

  /** The journal has grown past its share of the base: worth folding (off the write path). */
  needsCompaction(): boolean {
    if (this.bytes <= COMPACT_FLOOR_BYTES) return false;
    return this.bytes > COMPACT_FRACTION * baseBytes(this.base.file);
  }
}

/** What is wrong with catalog.journal on disk now, for `verify`. */
export function inspectCatalogJournal(libraryDir: string, expected: number | undefined): JournalHealth {
  return inspectJournalFile(libraryDir, expected, CATALOG_JOURNAL);
}

/** What a catalogue change started from, to find what it changed and to take it back. */
export interface CatalogBefore {
  issues: readonly Issue[];
  series: string;
  settings: string;
}

/** Taken before a change: the entries by reference (cheap), series and settings as text (small). */
export function catalogBefore(catalog: Catalog): CatalogBefore {
  return { issues: catalog.issues.slice(), series: JSON.stringify(catalog.series), settings: JSON.stringify(catalog.settings) };
}

/** Puts the catalogue in memory back as it was before a change that failed. */
export function restoreCatalog(catalog: Catalog, before: CatalogBefore): void {
  catalog.issues = before.issues.slice();
  if (JSON.stringify(catalog.series) !== before.series) catalog.series = SeriesListSchema.parse(JSON.parse(before.series));
  if (JSON.stringify(catalog.settings) !== before.settings) catalog.settings = CatalogueSettingsSchema.parse(JSON.parse(before.settings));
  positions.delete(catalog.issues);
}

/**
 * The journal lines for what a change did, or null when the journal cannot say it (the same id twice):
 * then the base is written whole. An entry is changed when it is a new object: every change replaces
 * an entry ({ ...issue, field }) rather than editing it in place, as commitIssue, the batch edit and
 * the series moves do. That makes finding the changes one walk over references, with no entry
 * serialised or compared, however large the catalogue.
 */
export function catalogChanges(before: CatalogBefore, catalog: Catalog): CatalogOp[] | null {
  const ops = changesInOrder(before.issues, catalog.issues);
  if (ops === null) return null;
  if (JSON.stringify(catalog.series) !== before.series) ops.push({ op: 'series', series: catalog.series });
  if (JSON.stringify(catalog.settings) !== before.settings) ops.push({ op: 'settings', settings: catalog.settings });
  positions.delete(catalog.issues);
  return ops;
}

/**
 * One walk over both lists, building nothing per entry: an entry in the same place is kept (or put,
 * if replaced); one missing there is deleted; what is left at the end is put, which replay appends.
 * A moved entry is thus a delete and a put, and replay gives the same order.
 */
function changesInOrder(before: readonly Issue[], after: readonly Issue[]): CatalogOp[] | null {
  const ops: CatalogOp[] = [];
  const deleted = new Set<string>();
  let j = 0;
  for (const issue of before) {
    const now = after[j];
    if (now !== undefined && now.id === issue.id) {
      if (now !== issue) ops.push({ op: 'put', issue: now });
      j++;
    } else {
      ops.push({ op: 'delete', id: issue.id });
      deleted.add(issue.id);
    }
  }
  const added = new Set<string>();
  for (; j < after.length; j++) {
    const issue = after[j]!;
    if (added.has(issue.id)) return null;
    added.add(issue.id);
    ops.push({ op: 'put', issue });
  }
  if (added.size === 0) return ops;
  // An id put at the end that was there before and not removed would be there twice.
  for (const issue of before) if (added.has(issue.id) && !deleted.has(issue.id)) return null;
  return ops;
}

/**
 * Where each entry is in the issues array, so a replayed put finds its entry without a scan
 * (thousands of lines over tens of thousands of entries). Rebuilt whenever it does not match.
 */
const positions = new WeakMap<Issue[], Map<string, number>>();

function positionOf(issues: Issue[], id: string): number {
  let map = positions.get(issues);
  const at = map?.get(id);
  if (at !== undefined && issues[at]?.id === id) return at;
  if (map && at === undefined && map.size === issues.length) return -1;
  map = new Map(issues.map((issue, index) => [issue.id, index]));
  positions.set(issues, map);
  return map.get(id) ?? -1;
}

/** Applies one change to the catalogue in place; idempotent. */
export function applyOp(catalog: Catalog, op: CatalogOp): void {
  switch (op.op) {
    case 'put': {
      const index = positionOf(catalog.issues, op.issue.id);
      if (index >= 0) catalog.issues[index] = op.issue;
      else {
        catalog.issues.push(op.issue);
        positions.get(catalog.issues)?.set(op.issue.id, catalog.issues.length - 1);
      }
      return;
    }
    case 'delete': {
      const index = positionOf(catalog.issues, op.id);
      if (index < 0) return;
      catalog.issues.splice(index, 1);
      positions.delete(catalog.issues);
      return;
    }
    case 'series':
      catalog.series = op.series;
      return;
    case 'settings':
      catalog.settings = op.settings;
      return;
    default: {
      const never: never = op;
      return never;
    }
  }
}

function parseOp(entry: Readonly<Record<string, unknown>>): CatalogOp | null {
  switch (entry['op']) {
    case 'put': {
      const result = IssueSchema.safeParse(entry['issue']);
      return result.success ? { op: 'put', issue: result.data } : null;
    }
    case 'delete': {
      const id = entry['id'];
      return typeof id === 'string' && id !== '' ? { op: 'delete', id } : null;
    }
    case 'series': {
      const result = SeriesListSchema.safeParse(entry['series']);
      return result.success ? { op: 'series', series: result.data } : null;
    }
    case 'settings': {
      const result = CatalogueSettingsSchema.safeParse(entry['settings']);
      return result.success ? { op: 'settings', settings: result.data } : null;
    }
    default:
      return null;
  }
}

/** A change is checked as the next load will read it, so a bad entry is refused now, never written. */
function checkedOp(op: CatalogOp): CatalogOp {
  const parsed = parseOp({ ...op });
  if (parsed !== null) return parsed;
  const schema = op.op === 'put' ? IssueSchema : op.op === 'series' ? SeriesListSchema : CatalogueSettingsSchema;
  const value = op.op === 'put' ? op.issue : op.op === 'series' ? op.series : op.op === 'settings' ? op.settings : op.id;
  const result = schema.safeParse(value);
  const first = result.success ? undefined : result.error.issues[0];
  throw new ArchiveError('bad-input', `The catalogue change is not valid (${first?.path.join('.') || op.op}: ${first?.message ?? 'invalid'}); nothing was saved.`);
}

function baseBytes(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
