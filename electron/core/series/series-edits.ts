import type { Catalog, Issue } from '../../../shared/catalog';
import type { SeriesFields, SeriesRecord } from '../../../shared/holdings-record';
import type { HistoryAction } from '../../../shared/history';
import { recordHistory } from '../library/history';
import { formatIssueRef } from '../library/issue-ref';
import type { Library } from '../library/library';
import { ArchiveError } from '../errors';
import { seriesRecordOf } from './series-records';

/**
 * Changes to series: each is one catalogue write under the library lock (catalog.json is the
 * commit point), so a refused or failed change leaves the library as it was. Each returns the
 * record as saved, for the caller to show; a rename or merge records every issue it moves in the
 * history (one line each, so each can be undone on its own). They all go
 * through `commitSeriesChange`, the series' one commit path beside the issues' commitIssue: a
 * rename or merge changes many issues at once, which must land in one write or not at all.
 */

/** Saves the archivist's description of a series (a derived record becomes a stored one). */
export function updateSeries(library: Library, name: string, fields: SeriesFields): Promise<SeriesRecord> {
  return commitSeriesChange(library, (catalog) => {
    const record: SeriesRecord = { ...seriesRecordOf(catalog, name), ...fields, name };
    store(catalog, record);
    return record;
  });
}

/** Renames a series: its record and every issue follow. Refuses a name another series has (merge instead). */
export function renameSeries(library: Library, from: string, to: string): Promise<SeriesRecord> {
  const target = to.trim();
  const moved: MovedIssue[] = [];
  return commitSeriesChange(library, (catalog) => {
    const record = seriesRecordOf(catalog, from);
    if (target === from) return record;
    if (exists(catalog, target)) throw ArchiveError.of('duplicate', { code: 'series-exists', series: target });
    const renamed = { ...record, name: target };
    catalog.series = catalog.series.filter((s) => s.name !== from);
    store(catalog, renamed);
    moveIssues(catalog, from, target, moved);
    return renamed;
  }, { action: 'series-rename', moved });
}

/**
 * Merges series `from` into `into`: every issue of `from` moves, `into` keeps its record and
 * gains `from`'s notes on missing issues. Refused, naming the issues, when two would then have
 * the same year and number (a 增刊 clashes only with a 增刊).
 */
export function mergeSeries(library: Library, from: string, into: string): Promise<SeriesRecord> {
  const moved: MovedIssue[] = [];
  return commitSeriesChange(library, (catalog) => {
    if (from === into) throw ArchiveError.of('bad-input', { code: 'series-same', series: from });
    const source = seriesRecordOf(catalog, from);
    const target = seriesRecordOf(catalog, into);
    const clashes = mergeClashes(catalog.issues, from, into);
    if (clashes.length > 0) {
      const shown = clashes.slice(0, 5).map((i) => formatIssueRef(i)).join(', ') + (clashes.length > 5 ? ', …' : '');
      throw ArchiveError.of('duplicate', { code: 'series-merge-clash', from, into, issues: shown, count: clashes.length });
    }
    const known = new Set(target.missingNotes.map((n) => `${n.year}:${n.number}`));
    const merged: SeriesRecord = {
      ...target,
      missingNotes: [...target.missingNotes, ...source.missingNotes.filter((n) => !known.has(`${n.year}:${n.number}`))],
    };
    catalog.series = catalog.series.filter((s) => s.name !== from);
    store(catalog, merged);
    moveIssues(catalog, from, into, moved);
    return merged;
  }, { action: 'series-merge', moved });
}

/** The issues of `from` whose year and number an issue of `into` already has. */
export function mergeClashes(issues: readonly Issue[], from: string, into: string): Issue[] {
  const key = (i: Issue) => `${i.year}:${i.number}:${i.supplement ? 's' : ''}`;
  const taken = new Set(issues.filter((i) => i.series === into && i.year !== null && i.number !== null).map(key));
  return issues.filter((i) => i.series === from && i.year !== null && i.number !== null && taken.has(key(i)));
}

/**
 * Records (or, with an empty note, removes) the archivist's note on a missing issue: where the
 * paper copy is, why it was never received. A note on a number that is held is refused.
 */
export function noteMissingIssue(library: Library, series: string, year: number, number: number, note: string): Promise<SeriesRecord> {
  return commitSeriesChange(library, (catalog) => {
    const record = seriesRecordOf(catalog, series);
    const held = catalog.issues.some(
      (i) => i.series === series && !i.supplement && i.year === year && i.number !== null && i.number <= number && number <= (i.numberTo ?? i.number),
    );
    const text = note.trim();
    if (held && text !== '') throw ArchiveError.of('bad-input', { code: 'holdings-number-held', series, year, number });
    const others = record.missingNotes.filter((n) => n.year !== year || n.number !== number);
    const missingNotes = text === '' ? others : [...others, { year, number, note: text }].sort((a, b) => a.year - b.year || a.number - b.number);
    const updated = { ...record, missingNotes };
    store(catalog, updated);
    return updated;
  });
}

interface MovedIssue {
  before: Issue;
  after: Issue;
}

/** Moves every issue of series `from` to `to`, noting each move for the history. */
function moveIssues(catalog: Catalog, from: string, to: string, moved: MovedIssue[]): void {
  catalog.issues = catalog.issues.map((issue) => {
    if (issue.series !== from) return issue;
    const after = { ...issue, series: to };
    moved.push({ before: structuredClone(issue), after: structuredClone(after) });
    return after;
  });
}

function commitSeriesChange(
  library: Library,
  change: (catalog: Catalog) => SeriesRecord,
  history?: { action: HistoryAction; moved: readonly MovedIssue[] },
): Promise<SeriesRecord> {
  return library.writeCatalog(
    async (catalog) => change(catalog),
    // Under the same lock, right after catalog.json, as commitIssue records its changes.
    async () => {
      if (!history) return;
      for (const { before, after } of history.moved) {
        await recordHistory(library.dir, { action: history.action, before: { issue: before }, after: { issue: after } });
      }
    },
  );
}

function exists(catalog: Catalog, name: string): boolean {
  return catalog.series.some((s) => s.name === name) || catalog.issues.some((i) => i.series === name);
}

function store(catalog: Catalog, record: SeriesRecord): void {
  const index = catalog.series.findIndex((s) => s.name === record.name);
  if (index < 0) catalog.series.push(record);
  else catalog.series[index] = record;
}
