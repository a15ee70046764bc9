import { ArchiveMessageSchema } from '../../../../shared/messages';
import { EXTRACT_FAILURE_CODES } from './types';
import type { ExtractedText, ParseOptions } from './types';

/** What the main thread hands the extraction worker (as workerData). */
export interface WorkerRequest {
  name: string;
  bytes: Uint8Array;
  options: ParseOptions;
}

const CODES: ReadonlySet<string> = new Set(EXTRACT_FAILURE_CODES);

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
