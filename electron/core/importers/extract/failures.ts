import { damagedDocx, docxDamageOf } from '../docx/docx-failures';
import { failure } from './types';
import type { DocumentKind } from './detect';
import type { ExtractFailure } from './types';

export function unsupported(name: string, oleFile: boolean): ExtractFailure {
  return failure('unsupported', { code: oleFile ? 'old-word-format' : 'unsupported-kind', file: name });
}

export function tooSlow(name: string, seconds: number): ExtractFailure {
  return failure('too-slow', { code: 'too-slow', file: name, seconds });
}

export function tooLargeFile(name: string, megabytes: number): ExtractFailure {
  return failure('too-large', { code: 'file-too-large', file: name, megabytes });
}

export function outOfMemory(name: string, megabytes: number): ExtractFailure {
  return failure('too-large', { code: 'out-of-memory', file: name, megabytes });
}

/** A compressed part of a PDF expands past what any bulletin needs (inflate-guard.ts). */
export function expandsTooFar(name: string, megabytes: number): ExtractFailure {
  return failure('too-large', { code: 'pdf-stream-too-large', file: name, megabytes });
}

export function readerCrashed(name: string, kind: DocumentKind, detail: string): ExtractFailure {
  // A Word reader that fell over on damage says so in its authors' words: said as damage instead.
  if (kind === 'docx' && docxDamageOf(detail) !== null) return damagedDocx(name, detail);
  const code = kind === 'pdf' ? 'damaged-pdf' : 'damaged-docx';
  return failure(code, { code: 'reader-crashed', file: name, kind, detail });
}
