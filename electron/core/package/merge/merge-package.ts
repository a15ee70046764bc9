import type { Annotation } from '../../../../shared/annotations';
import { issueFiles } from '../../../../shared/catalog';
import type { Issue, IssueFile } from '../../../../shared/catalog';
import type { HistoryEntry } from '../../../../shared/history';
import type { IssueMergeRow, MergeReport, PackageRun } from '../../../../shared/package';
import type { ArchiveMessage } from '../../../../shared/messages';
import { ArchiveError } from '../../errors';
import { commitIssue, readHistory } from '../../library';
import type { IssueOriginal, Library } from '../../library';
import { withLibraryLock } from '../../library/lock';
import { PACKAGE_MANIFEST_PATH } from '../package-manifest';
import type { PackagedIssue } from '../package-manifest';
import type { OpenedPackage } from '../verify-package';
import { planAnnotations } from './annotations';
import type { AnnotationPlan } from './annotations';
import { lastEdits } from './field-times';
import { resolveIssue } from './fields';
import { filesLacking, withFiles } from './files';
import { appendHistoryLines } from './history-lines';
import { freeIssueId, matchHeld } from './match';
import { annotationMoved, historyLineMoved, issueMoved, textsMoved } from './move-issue';
import { packagedFilePath, readPackagedIssue } from './packaged-issue';
import type { PackagedIssueData } from './packaged-issue';
import { MergeProgress, packageKey } from './resume';
import { addMissingSeries } from './series';

export interface MergeOptions extends PackageRun {
  dryRun?: boolean;
}

/**
 * The library a merge works on. A real run reads the library as it is (under its lock) for each
 * issue; a dry run keeps what it would have written in memory instead (`simulated`), so later
 * issues of the package see earlier ones (an id taken, an issue added), and nothing touches the disk.
 */
interface MergeState {
  issues(): readonly Issue[];
  annotations(): readonly Annotation[];
  /** The library's history lines by issue id, and every line's id (kept up to date as lines are copied). */
  history: Map<string, HistoryEntry[]>;
  historyIds: Set<string>;
  simulated: { issues: Issue[]; annotations: Map<string, Annotation> } | null;
}

/** Merges an opened package into the library, issue by issue (docs/package-format.md). */
export async function mergePackage(library: Library, opened: OpenedPackage, options: MergeOptions = {}): Promise<MergeReport> {
  const dryRun = options.dryRun ?? false;
  const manifest = opened.manifest;
  const progress = dryRun ? null : await MergeProgress.read(library.dir, packageKey(await opened.readBytes(PACKAGE_MANIFEST_PATH)));
  const resumed = (progress?.done.size ?? 0) > 0;
  if (!dryRun) await addMissingSeries(library, manifest.series);
  const state = await stateOf(library, dryRun);
  const rows: IssueMergeRow[] = [];
  const total = manifest.issues.length;
  for (const [index, entry] of manifest.issues.entries()) {
    if (options.signal?.aborted) throw ArchiveError.of('bad-input', { code: 'package-merge-cancelled', done: index, total });
    options.onProgress?.({ phase: 'merge', done: index, total, item: entry.ref });
    const recorded = progress?.done.get(entry.id);
    if (recorded) {
      rows.push(recorded);
      continue;
    }
    let row: IssueMergeRow;
    try {
      const data = await readPackagedIssue(opened, entry);
      // One issue at a time under the lock: no other program changes it between deciding and writing.
      row = dryRun ? await mergeIssue(library, opened, data, state, true) : await withLibraryLock(library.dir, () => mergeIssue(library, opened, data, state, false));
    } catch (error) {
      row = failedRow(entry, error);
    }
    rows.push(row);
    if (progress && row.action !== 'failed') await progress.record(row);
  }
  options.onProgress?.({ phase: 'merge', done: total, total });
  await progress?.clear();
  return report(opened, dryRun, resumed, rows);
}

async function stateOf(library: Library, dryRun: boolean): Promise<MergeState> {
  const { entries } = await readHistory(library.dir);
  const history = new Map<string, HistoryEntry[]>();
  for (const entry of entries) {
    if (entry.issueId === null) continue;
    const lines = history.get(entry.issueId);
    if (lines) lines.push(entry);
    else history.set(entry.issueId, [entry]);
  }
  const historyIds = new Set(entries.map((e) => e.id));
  if (!dryRun) return { issues: () => library.issues(), annotations: () => library.annotations.annotations, history, historyIds, simulated: null };
  const simulated = { issues: [...library.issues()], annotations: new Map(library.annotations.annotations.map((a) => [a.id, a])) };
  return { issues: () => simulated.issues, annotations: () => [...simulated.annotations.values()], history, historyIds, simulated };
}

/** Decides one issue's merge and, unless it is a dry run, writes it: history lines, the commit, then the annotations. */
async function mergeIssue(library: Library, opened: OpenedPackage, data: PackagedIssueData, state: MergeState, dryRun: boolean): Promise<IssueMergeRow> {
  const match = matchHeld(state.issues(), data.issue);
  if (!match) return addIssue(library, opened, data, state, dryRun);
  const ours = match.issue;
  const moved = movedTo(data, ours.id);
  const theirLines = new Set(data.history.map((l) => l.id));
  const resolved = resolveIssue(
    { issue: ours, texts: await library.getTexts(ours.id), edits: lastEdits(state.history.get(ours.id) ?? [], theirLines) },
    { issue: moved.issue, texts: moved.texts, edits: lastEdits(moved.history) },
    referencesOf(state.issues(), ours.id),
  );
  const lacking = filesLacking(resolved.issue, moved.issue);
  const changed = resolved.changed || lacking.length > 0;
  const row = mergeRow(data.entry, {
    issueId: ours.id,
    action: 'unchanged',
    matchedBy: match.by,
    filesAttached: lacking.length,
    fieldsTaken: resolved.fieldsTaken,
    conflicts: resolved.conflicts,
  });
  const issue = withFiles(resolved.issue, lacking);
  if (changed) {
    // The lines the library lacks come along with what is taken: they carry the times of its values.
    const lines = moved.history.filter((l) => !state.historyIds.has(l.id));
    if (state.simulated) replaceIn(state.simulated.issues, issue);
    else {
      const originals = await originalsOf(opened, data.issue.id, lacking);
      await appendHistoryLines(library.dir, lines);
      await commitIssue(library, () => ({ issue, ...(resolved.texts && { texts: resolved.texts }), originals, replaces: ours.id, action: 'package-merge' }));
    }
    remember(state, ours.id, lines);
  }
  return finished(row, changed, await mergeAnnotations(library, state, moved.annotations));
}

async function addIssue(library: Library, opened: OpenedPackage, data: PackagedIssueData, state: MergeState, dryRun: boolean): Promise<IssueMergeRow> {
  const id = freeIssueId(state.issues(), data.issue.id);
  const moved = movedTo(data, id);
  // A 档号 another issue of this library holds is left for the library's own pattern to give.
  const issue = moved.issue.reference !== null && referencesOf(state.issues(), id).has(moved.issue.reference) ? { ...moved.issue, reference: null } : moved.issue;
  const lines = moved.history.filter((l) => !state.historyIds.has(l.id));
  if (dryRun) state.simulated?.issues.push(issue);
  else {
    const originals = await originalsOf(opened, data.issue.id, issueFiles(data.issue));
    await appendHistoryLines(library.dir, lines);
    await commitIssue(library, () => ({ issue, texts: moved.texts, originals, action: 'package-merge', ...(data.scan && { scan: data.scan }) }));
  }
  remember(state, id, lines);
  // An issue added brings all its files with it; only files attached to an issue held count.
  const row = mergeRow(data.entry, { issueId: id, action: 'added', matchedBy: null });
  return { ...finished(row, true, await mergeAnnotations(library, state, moved.annotations)), action: 'added' };
}

/** All of an issue's annotation changes in one append to the journal (or, in a dry run, in memory). */
async function mergeAnnotations(library: Library, state: MergeState, theirs: readonly Annotation[]): Promise<AnnotationPlan> {
  if (state.simulated) {
    const plan = planAnnotations(state.annotations(), theirs);
    for (const op of plan.ops) if (op.op === 'put') state.simulated.annotations.set(op.annotation.id, op.annotation);
    return plan;
  }
  if (theirs.length === 0) return planAnnotations([], []);
  return library.changeAnnotations((current) => {
    const plan = planAnnotations(current, theirs);
    return { ops: plan.ops, result: plan };
  });
}

function movedTo(data: PackagedIssueData, id: string): { issue: Issue; texts: PackagedIssueData['texts']; annotations: Annotation[]; history: HistoryEntry[] } {
  const from = data.issue.id;
  return {
    issue: issueMoved(data.issue, id),
    texts: textsMoved(data.texts, from, id),
    annotations: data.annotations.map((a) => annotationMoved(a, from, id)),
    history: data.history.map((l) => historyLineMoved(l, from, id)),
  };
}

function finished(row: IssueMergeRow, changed: boolean, plan: AnnotationPlan): IssueMergeRow {
  const annotationsChanged = plan.ops.length > 0;
  return { ...row, annotations: plan.counts, tagsAdded: plan.tagsAdded, action: changed || annotationsChanged ? 'merged' : 'unchanged' };
}

async function originalsOf(opened: OpenedPackage, packageIssueId: string, files: readonly IssueFile[]): Promise<IssueOriginal[]> {
  const out: IssueOriginal[] = [];
  for (const f of files) out.push({ sha256: f.sha256, ext: f.ext, bytes: await opened.readBytes(packagedFilePath(packageIssueId, f)) });
  return out;
}

function referencesOf(issues: readonly Issue[], except: string): Set<string> {
  return new Set(issues.flatMap((i) => (i.id !== except && i.reference !== null ? [i.reference] : [])));
}

function replaceIn(issues: Issue[], issue: Issue): void {
  const index = issues.findIndex((i) => i.id === issue.id);
  if (index >= 0) issues[index] = issue;
}

function remember(state: MergeState, issueId: string, lines: readonly HistoryEntry[]): void {
  if (lines.length === 0) return;
  state.history.set(issueId, [...(state.history.get(issueId) ?? []), ...lines]);
  for (const line of lines) state.historyIds.add(line.id);
}

function failedRow(entry: PackagedIssue, error: unknown): IssueMergeRow {
  const said: ArchiveMessage =
    error instanceof ArchiveError && error.said ? error.said : { code: 'package-merge-failed', ref: entry.ref, detail: error instanceof Error ? error.message : String(error) };
  return mergeRow(entry, { issueId: null, action: 'failed', matchedBy: null, error: said });
}

/** A row of the report for a packaged issue: nothing attached, taken or counted unless said. */
function mergeRow(entry: PackagedIssue, row: Pick<IssueMergeRow, 'issueId' | 'action' | 'matchedBy'> & Partial<IssueMergeRow>): IssueMergeRow {
  return {
    ref: entry.ref,
    packageIssueId: entry.id,
    filesAttached: 0,
    fieldsTaken: [],
    conflicts: [],
    annotations: { added: 0, updated: 0, unchanged: 0, conflicted: 0 },
    tagsAdded: 0,
    ...row,
  };
}

function report(opened: OpenedPackage, dryRun: boolean, resumed: boolean, rows: IssueMergeRow[]): MergeReport {
  const count = (action: IssueMergeRow['action']) => rows.filter((r) => r.action === action).length;
  const sum = (of: (r: IssueMergeRow) => number) => rows.reduce((n, r) => n + of(r), 0);
  return {
    path: opened.path,
    dryRun,
    source: {
      organization: opened.bagInfo['Source-Organization'] ?? null,
      baggingDate: opened.bagInfo['Bagging-Date'] ?? null,
      kind: opened.manifest.kind,
      createdAt: opened.manifest.createdAt,
    },
    resumed,
    issues: rows,
    totals: {
      added: count('added'),
      merged: count('merged'),
      unchanged: count('unchanged'),
      failed: count('failed'),
      filesAttached: sum((r) => (r.action === 'failed' ? 0 : r.filesAttached)),
      conflicts: sum((r) => r.conflicts.length),
      annotationsAdded: sum((r) => r.annotations.added),
      annotationsConflicted: sum((r) => r.annotations.conflicted),
    },
  };
}
