import i18next from 'i18next';
import type { ImportOutcome } from '../../../shared/contract';
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/limits';
import { call } from './api';
import { refreshIssues } from './library';
import { navigate } from './navigation';
import type { ImportJob } from './state';
import { getState, setState } from './store';

const pendingFiles = new Map<number, File>();
let nextJobId = 1;
let draining = false;

/** Files chosen or dropped: each becomes a job, imported one after another. */
export function importFiles(files: readonly File[]): void {
  if (files.length === 0) return;
  const jobs: ImportJob[] = files.map((file) => {
    const id = nextJobId++;
    pendingFiles.set(id, file);
    return { id, name: file.name, size: file.size, status: 'waiting', message: null, code: null, issueId: null };
  });
  setState((current) => ({ imports: [...current.imports, ...jobs] }));
  if (getState().view.kind !== 'import') navigate({ kind: 'import' });
  void drain();
}

export async function importSample(): Promise<ImportJob> {
  const result = await call('import.sample', {});
  const job = jobFromOutcome(result.ok ? result.data : null, result.ok ? null : result.error.message);
  setState((current) => ({ imports: [...current.imports, job] }));
  await refreshIssues();
  return job;
}

export function clearFinishedImports(): void {
  setState((current) => ({ imports: current.imports.filter((job) => !isFinished(job)) }));
}

export function isFinished(job: ImportJob): boolean {
  return job.status === 'imported' || job.status === 'duplicate' || job.status === 'failed';
}

async function drain(): Promise<void> {
  if (draining) return;
  draining = true;
  try {
    for (;;) {
      const job = getState().imports.find((candidate) => candidate.status === 'waiting');
      if (!job) break;
      await importOne(job);
      pendingFiles.delete(job.id);
    }
  } finally {
    draining = false;
  }
  await refreshIssues();
}

async function importOne(job: ImportJob): Promise<void> {
  const file = pendingFiles.get(job.id);
  if (!file) return update(job.id, { status: 'failed', message: i18next.t('import.unreadable', { reason: '—' }) });
  if (file.size > MAX_IMPORT_FILE_BYTES) {
    return update(job.id, { status: 'failed', message: i18next.t('import.tooLarge', { limit: MAX_IMPORT_FILE_BYTES / 1024 / 1024 }) });
  }
  update(job.id, { status: 'reading' });
  let dataBase64: string;
  try {
    dataBase64 = await readAsBase64(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return update(job.id, { status: 'failed', message: i18next.t('import.unreadable', { reason }) });
  }
  update(job.id, { status: 'importing' });
  const result = await call('import.bulletins', { files: [{ name: file.name, dataBase64 }] });
  const outcome = result.ok ? (result.data[0] ?? null) : null;
  const { status, message, code, issueId } = jobFromOutcome(outcome, result.ok ? null : result.error.message);
  update(job.id, { status, message, code: code ?? (result.ok ? null : result.error.code), issueId });
}

function jobFromOutcome(outcome: ImportOutcome | null, error: string | null): ImportJob {
  const id = nextJobId++;
  if (!outcome) {
    return { id, name: '', size: 0, status: 'failed', message: error ?? i18next.t('errors.title'), code: null, issueId: null };
  }
  switch (outcome.status) {
    case 'imported':
    case 'duplicate':
      return { id, name: outcome.file, size: 0, status: outcome.status, message: outcome.message, code: null, issueId: outcome.issueId };
    case 'failed':
      return { id, name: outcome.file, size: 0, status: 'failed', message: outcome.message, code: outcome.code, issueId: null };
    default: {
      const unreachable: never = outcome;
      return unreachable;
    }
  }
}

function update(id: number, patch: Partial<Omit<ImportJob, 'id' | 'name' | 'size'>>): void {
  setState((current) => ({ imports: current.imports.map((job) => (job.id === id ? { ...job, ...patch } : job)) }));
}

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
