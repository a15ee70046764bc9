import type { ArchiveMessage } from '../../../shared/messages';
import { AnnotationSchema } from '../../../shared/annotations';
import type { Annotation } from '../../../shared/annotations';
import type { AnnotationsFile } from '../../../shared/catalog';
import { ArchiveError } from '../errors';
import type { GuardedDb } from './guarded-db';
import { Journal, inspectJournalFile, parseEntry } from './journal-file';
import type { JournalHealth, JournalKind } from './journal-file';
import { ANNOTATIONS_JOURNAL_FILE, DAMAGED_DIR } from './layout';

export { JOURNAL_VERSION } from './journal-file';
export type { JournalHealth } from './journal-file';

/** One change to the annotations: put = insert or replace by id, delete = remove by id (a missing id is no change). */
export type AnnotationOp = { op: 'put'; annotation: Annotation } | { op: 'delete'; id: string };

/** The journal is folded into annotations.json when it holds this many lines… */
export const COMPACT_LINES = 500;
/** …or this many bytes. */
export const COMPACT_BYTES = 1024 * 1024;

/**
 * annotations.json (the snapshot) plus annotations.journal beside it (journal-file.ts says how the
 * two are kept, read and recovered). A highlight, note or tag saved is one appended line.
 */
export const ANNOTATIONS_JOURNAL: JournalKind<AnnotationsFile, AnnotationOp> = {
  file: ANNOTATIONS_JOURNAL_FILE,
  parse: parseOp,
  fields: (op) => (op.op === 'put' ? { op: 'put', annotation: op.annotation } : { op: 'delete', id: op.id }),
  check: checkedOp,
  apply: (data, op) => applyOp(data.annotations, op),
  said: {
    damaged: (problem, movedTo): ArchiveMessage => ({ code: 'journal-damaged', file: ANNOTATIONS_JOURNAL_FILE, problem, movedTo }),
    skipped: (at): ArchiveMessage => ({ code: 'journal-line-skipped', file: ANNOTATIONS_JOURNAL_FILE, at, damagedDir: DAMAGED_DIR }),
  },
};

export class AnnotationsJournal extends Journal<AnnotationsFile, AnnotationOp> {
  constructor(libraryDir: string, db: GuardedDb<AnnotationsFile>, notices: ArchiveMessage[]) {
    super(libraryDir, db, notices, ANNOTATIONS_JOURNAL);
  }

  needsCompaction(): boolean {
    return this.pendingLines >= COMPACT_LINES || this.bytes >= COMPACT_BYTES;
  }
}

/** What is wrong with annotations.journal on disk now, for `verify`. */
export function inspectJournal(libraryDir: string, expected: number | undefined): JournalHealth {
  return inspectJournalFile(libraryDir, expected, ANNOTATIONS_JOURNAL);
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
  return parseEntry(line, ANNOTATIONS_JOURNAL)?.op ?? null;
}

function parseOp(entry: Readonly<Record<string, unknown>>): AnnotationOp | null {
  const id = entry['id'];
  if (entry['op'] === 'delete') return typeof id === 'string' && id !== '' ? { op: 'delete', id } : null;
  if (entry['op'] !== 'put') return null;
  const result = AnnotationSchema.safeParse(entry['annotation']);
  return result.success ? { op: 'put', annotation: result.data } : null;
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
