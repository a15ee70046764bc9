import { ArchiveMessageSchema } from '../../../../shared/messages';
import { EXTRACT_FAILURE_CODES } from './types';
import type { ExtractedText, ParseOptions } from './types';

/** One file for the extraction worker to read. */
export interface WorkerRequest {
  name: string;
  bytes: Uint8Array;
  options: ParseOptions;
}

/** What the main thread posts to a warm worker: a file, numbered so the answer can be matched. */
export interface WorkerJob {
  job: number;
  request: WorkerRequest;
}

/** The worker's answer to one job, and how much of its heap it still holds afterwards. */
export interface WorkerAnswer {
  job: number;
  result: unknown;
  heapUsedBytes: number;
}

const CODES: ReadonlySet<string> = new Set(EXTRACT_FAILURE_CODES);

/** The envelope of an answer; its `result` is then checked by isExtractedText. */
export function isWorkerAnswer(value: unknown): value is WorkerAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return Number.isInteger(v.job) && typeof v.heapUsedBytes === 'number' && 'result' in v;
}

/** The worker's answer is checked, not trusted: a wrong shape is treated as a crash. */
export function isExtractedText(value: unknown): value is ExtractedText {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.ok === true) {
    return (
      (v.kind === 'pdf' || v.kind === 'docx') &&
      typeof v.text === 'string' &&
      (v.pageJoins === undefined || (Array.isArray(v.pageJoins) && v.pageJoins.every((at) => Number.isInteger(at)))) &&
      Array.isArray(v.warnings) &&
      v.warnings.every((w) => ArchiveMessageSchema.safeParse(w).success)
    );
  }
  return (
    v.ok === false && typeof v.code === 'string' && CODES.has(v.code) && typeof v.message === 'string' && ArchiveMessageSchema.safeParse(v.said).success
  );
}
