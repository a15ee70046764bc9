import i18next from 'i18next';
import type { ImportOutcome, IncomingFile, SameIssueChoice } from '../../../shared/contract';
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/limits';
import { detailOf } from '../i18n/messages';
import { fieldsFrom } from '../review/masthead-fields';
import type { DroppedFile } from '../review/dropped-files';
import type { ReviewMode } from '../review/types';
import { call, stageFile } from './api';
import { refreshIssues } from './library';
import { navigate } from './navigation';
import type { ImportJob } from './state';
import { getState, setState } from './store';
import { isBulletinFileName, isIssueExportName } from '../../../shared/formats';
import { sayErrorNow } from '../i18n/messages';

/**
 * The import queue. Files chosen, dropped or found in a folder become jobs, handled one after
 * another: imported straight away, or read and shown on the review screen first (State.review)
 * and saved only when the cataloguer says so. One failure never stops the rest; Cancel stops
 * after the current file, and what was imported before stays imported.
 */
const pendingFiles = new Map<number, File>();
/** Files refused as not bulletins, kept so the person can review them as documents (issue 13). */
const documentFiles = new Map<number, File>();
/** Other files of issues held, kept so the person can attach them, take the text or keep a variant. */
const sameIssueFiles = new Map<number, File>();
let nextJobId = 1;
let draining = false;
/** Resolves when the review open now is saved or discarded. */
let reviewSettled: (() => void) | null = null;

/** What the app can read (what the core imports); anything else is listed as skipped, never sent. */
export function isReadableName(name: string): boolean {
  return isBulletinFileName(name);
}

/** Paths inside folders dropped on the window (a chosen folder's files carry theirs). */
const droppedPaths = new WeakMap<File, string>();

/** How a file is named in the list: its path inside a chosen or dropped folder, or its name. */
export function displayName(file: File): string {
  return file.webkitRelativePath || droppedPaths.get(file) || file.name;
}

/** Files dropped on the window, folders included. */
export function importDropped(dropped: readonly DroppedFile[]): void {
  for (const { file, path } of dropped) droppedPaths.set(file, path);
  importFiles(dropped.map(({ file }) => file));
}

export function setReviewMode(reviewMode: ReviewMode): void {
  setState({ reviewMode });
}

/** Files chosen or dropped: each becomes a job. Folders arrive as many files, in path order. */
export function importFiles(files: readonly File[]): void {
  if (files.length === 0) return;
  const ordered = [...files].sort((a, b) => displayName(a).localeCompare(displayName(b), 'zh-CN', { numeric: true }));
  const readable = ordered.filter((file) => isReadableName(file.name)).length;
  const { reviewMode } = getState();
  const review = reviewMode === 'always' || (reviewMode === 'single' && readable === 1);
  const jobs: ImportJob[] = ordered.map((file) => {
    const id = nextJobId++;
    const base = { id, name: displayName(file), size: file.size, message: null, code: null, issueId: null };
    if (!isReadableName(file.name)) return { ...base, status: 'skipped', message: i18next.t('review.skippedReason') };
    pendingFiles.set(id, file);
    // An issue exported as JSON is restored exactly as it was: there is nothing to review.
    return { ...base, status: 'waiting', review: review && !isIssueExportName(file.name) };
  });
  const firstJobId = jobs[0]?.id ?? nextJobId;
  setState((current) => ({
    imports: [...current.imports, ...jobs],
    importRun:
      current.importRun && current.importRun.finishedAt === null
        ? current.importRun
        : { firstJobId, startedAt: Date.now(), finishedAt: null, cancelRequested: false, currentJobId: null, reviewMs: 0 },
  }));
  if (getState().view.kind !== 'import') navigate({ kind: 'import' });
  void drain();
}

export async function importSample(): Promise<ImportJob> {
  const result = await call('import.sample', {});
  const job = jobFromOutcome(result.ok ? result.data : null, result.ok ? null : sayErrorNow(result.error));
  setState((current) => ({ imports: [...current.imports, job] }));
  await refreshIssues();
  return job;
}

/** Stops after the current file; files still waiting are listed as cancelled. */
export function cancelImports(): void {
  setState((current) => (current.importRun ? { importRun: { ...current.importRun, cancelRequested: true } } : {}));
}

export function clearFinishedImports(): void {
  for (const job of getState().imports) {
    if (!isFinished(job)) continue;
    documentFiles.delete(job.id);
    sameIssueFiles.delete(job.id);
  }
  setState((current) => ({
    imports: current.imports.filter((job) => !isFinished(job)),
    importRun: current.importRun?.finishedAt === null ? current.importRun : null,
  }));
}

export function isFinished(job: ImportJob): boolean {
  switch (job.status) {
    case 'waiting':
    case 'reading':
    case 'importing':
    case 'reviewing':
      return false;
    case 'imported':
    case 'duplicate':
    case 'failed':
    case 'skipped':
    case 'cancelled':
    case 'discarded':
      return true;
    default: {
      const unreachable: never = job.status;
      return unreachable;
    }
  }
}

/** Called by the review screen when its draft is saved or discarded: the queue moves on. */
export function settleReview(jobId: number, patch: Partial<Omit<ImportJob, 'id' | 'name' | 'size'>>): void {
  update(jobId, patch);
  setState({ review: null });
  const settle = reviewSettled;
  reviewSettled = null;
  settle?.();
}

async function drain(): Promise<void> {
  if (draining) return;
  draining = true;
  try {
    for (;;) {
      if (getState().importRun?.cancelRequested) {
        cancelWaiting();
        break;
      }
      const job = getState().imports.find((candidate) => candidate.status === 'waiting');
      if (!job) break;
      setRun({ currentJobId: job.id });
      if (job.review) await reviewOne(job);
      else await importOne(job);
      pendingFiles.delete(job.id);
      // The sidebar and the list name each new issue as soon as it is in.
      if (getState().imports.some((done) => done.id === job.id && done.status === 'imported')) void refreshIssues();
    }
  } finally {
    draining = false;
    setRun({ currentJobId: null, finishedAt: Date.now() });
  }
  await refreshIssues();
}

function cancelWaiting(): void {
  const message = i18next.t('review.cancelledReason');
  setState((current) => ({
    imports: current.imports.map((job) => (job.status === 'waiting' ? { ...job, status: 'cancelled', message } : job)),
  }));
  for (const job of getState().imports) if (job.status === 'cancelled') pendingFiles.delete(job.id);
}

async function importOne(job: ImportJob): Promise<void> {
  const data = await readJob(job);
  if (data === null) return;
  update(job.id, { status: 'importing' });
  const result = await call('import.bulletins', { files: [data] });
  const outcome = result.ok ? (result.data[0] ?? null) : null;
  const { status, message, code, issueId, clash, said } = jobFromOutcome(outcome, result.ok ? null : detailOf(result.error));
  const file = pendingFiles.get(job.id);
  if (code === 'not-a-bulletin' && file) documentFiles.set(job.id, file);
  if (clash === 'same-issue' && file) sameIssueFiles.set(job.id, file);
  update(job.id, { status, message, code: code ?? (result.ok ? null : result.error.code), issueId, clash, said });
}

/** Whether a job is another file of an issue held whose file is still here to send again. */
export function canChooseSameIssue(jobId: number): boolean {
  return sameIssueFiles.has(jobId);
}

/**
 * The person's answer to another file of an issue held: the same file goes again (staged anew:
 * an upload is consumed by the call that names it) with the choice, and the row says what came of it.
 */
export async function chooseSameIssue(jobId: number, sameIssue: SameIssueChoice): Promise<void> {
  const file = sameIssueFiles.get(jobId);
  if (!file) return;
  sameIssueFiles.delete(jobId);
  update(jobId, { status: 'importing' });
  const staged = await stageFile(file);
  if (!staged.ok) {
    sameIssueFiles.set(jobId, file);
    return update(jobId, { status: 'duplicate', message: i18next.t('import.unreadable', { reason: detailOf(staged.error) }) });
  }
  const result = await call('import.bulletins', { files: [staged.data], sameIssue });
  const outcome = result.ok ? (result.data[0] ?? null) : null;
  const { status, message, code, issueId, clash, said } = jobFromOutcome(outcome, result.ok ? null : detailOf(result.error));
  // Refused again (the issue was deleted meanwhile, a failure): the choices stay offered.
  if (status !== 'imported') sameIssueFiles.set(jobId, file);
  update(jobId, { status, message, code: code ?? (result.ok ? null : result.error.code), issueId, clash, said, chosen: status === 'imported' ? sameIssue : undefined });
  await refreshIssues();
}

/** Whether a file refused as not a bulletin can still be opened for review as a document. */
export function canReviewAsDocument(jobId: number): boolean {
  return documentFiles.has(jobId);
}

/**
 * Nothing is refused for its shape: a file that did not look like a bulletin goes to the review
 * screen as one document, where the person fills in its masthead before it is saved.
 */
export function reviewAsDocument(jobId: number): void {
  const file = documentFiles.get(jobId);
  if (!file) return;
  documentFiles.delete(jobId);
  pendingFiles.set(jobId, file);
  update(jobId, { status: 'waiting', review: true, message: null, code: null });
  setState((current) => ({
    importRun:
      current.importRun && current.importRun.finishedAt === null
        ? current.importRun
        : { firstJobId: jobId, startedAt: Date.now(), finishedAt: null, cancelRequested: false, currentJobId: null, reviewMs: 0 },
  }));
  void drain();
}

async function reviewOne(job: ImportJob): Promise<void> {
  const data = await readJob(job);
  if (data === null) return;
  update(job.id, { status: 'reading' });
  const result = await call('import.preview', { file: data });
  if (!result.ok) return update(job.id, { status: 'failed', message: detailOf(result.error), code: result.error.code });
  const view = result.data;
  const waitStarted = Date.now();
  const settled = new Promise<void>((resolve) => {
    reviewSettled = resolve;
  });
  update(job.id, { status: 'reviewing' });
  setState({
    review: {
      jobId: job.id,
      view,
      fields: fieldsFrom(view.parsed),
      articles: view.parsed.articles,
      history: [],
      unplaced: view.parsed.unplaced,
      saving: false,
      checked: false,
      failure: null,
      notice: null,
    },
  });
  navigate({ kind: 'review' });
  await settled;
  setRun({ reviewMs: (getState().importRun?.reviewMs ?? 0) + (Date.now() - waitStarted) });
}

/** The file as an import call takes it (uploaded, or its bytes), or null when the job failed here. */
async function readJob(job: ImportJob): Promise<IncomingFile | null> {
  const file = pendingFiles.get(job.id);
  if (!file) {
    update(job.id, { status: 'failed', message: i18next.t('import.unreadable', { reason: '—' }) });
    return null;
  }
  if (file.size > MAX_IMPORT_FILE_BYTES) {
    update(job.id, { status: 'failed', message: i18next.t('import.tooLarge', { limit: MAX_IMPORT_FILE_BYTES / 1024 / 1024 }) });
    return null;
  }
  update(job.id, { status: 'reading' });
  const staged = await stageFile(file);
  if (staged.ok) return staged.data;
  update(job.id, { status: 'failed', message: i18next.t('import.unreadable', { reason: detailOf(staged.error) }), code: staged.error.code });
  return null;
}

function jobFromOutcome(outcome: ImportOutcome | null, error: string | null): ImportJob {
  const id = nextJobId++;
  if (!outcome) {
    return { id, name: '', size: 0, status: 'failed', message: error ?? i18next.t('errors.title'), code: null, issueId: null };
  }
  switch (outcome.status) {
    case 'imported':
      // `said`: a file attached or a text replaced (issue 14), told as such rather than "imported".
      return { id, name: outcome.file, size: 0, status: 'imported', message: detailOf(outcome), code: null, issueId: outcome.issueId, said: outcome.said };
    case 'duplicate':
      return { id, name: outcome.file, size: 0, status: 'duplicate', message: detailOf(outcome), code: null, issueId: outcome.issueId, clash: outcome.clash, said: outcome.said };
    case 'failed':
      return { id, name: outcome.file, size: 0, status: 'failed', message: detailOf(outcome), code: outcome.code, issueId: null };
    default: {
      const unreachable: never = outcome;
      return unreachable;
    }
  }
}

function update(id: number, patch: Partial<Omit<ImportJob, 'id' | 'name' | 'size'>>): void {
  setState((current) => ({ imports: current.imports.map((job) => (job.id === id ? { ...job, ...patch } : job)) }));
}

function setRun(patch: Partial<NonNullable<ReturnType<typeof getState>['importRun']>>): void {
  setState((current) => (current.importRun ? { importRun: { ...current.importRun, ...patch } } : {}));
}
