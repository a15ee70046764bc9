import { failure } from '../extract/types';
import type { ExtractFailure } from '../extract/types';

export function damagedDocx(name: string, detail: string): ExtractFailure {
  return failure('damaged-docx', { code: 'damaged-docx', file: name, detail });
}

export function docxTooLarge(name: string, megabytes: number): ExtractFailure {
  return failure('docx-too-large', { code: 'docx-too-large', file: name, megabytes });
}
