import { failure } from '../extract/types';
import type { ExtractFailure } from '../extract/types';

export function damagedDocx(name: string, detail: string): ExtractFailure {
  return failure(
    'damaged-docx',
    `${name} is damaged and cannot be read as a Word document (${detail}). Open it in Word or WPS, save it again as .docx, and import that.`,
  );
}

export function docxTooLarge(name: string, megabytes: number): ExtractFailure {
  return failure(
    'docx-too-large',
    `${name} expands to over ${megabytes} MB when unpacked, far more than a bulletin: it may be a zip bomb; not imported.`,
  );
}
