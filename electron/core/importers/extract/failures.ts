import { failure } from './types';
import type { DocumentKind } from './detect';
import type { ExtractFailure } from './types';

export function unsupported(name: string, oleFile: boolean): ExtractFailure {
  if (oleFile) {
    return failure(
      'unsupported',
      `${name} is an old-format Word document (.doc) or a password-protected Word file. Open it in Word or WPS, save it as .docx without a password, and import that.`,
    );
  }
  return failure(
    'unsupported',
    `${name} is neither a PDF nor a Word (.docx) document, so it cannot be imported as one. Check that it is the bulletin file.`,
  );
}

export function tooSlow(name: string, seconds: number): ExtractFailure {
  return failure(
    'too-slow',
    `${name} took more than ${seconds} s to read and was stopped: it is very large or damaged. Try saving it again as a new PDF or .docx and import that.`,
  );
}

export function tooLargeFile(name: string, megabytes: number): ExtractFailure {
  return failure('too-large', `${name} is larger than ${megabytes} MB, far more than a bulletin; not imported.`);
}

export function outOfMemory(name: string, megabytes: number): ExtractFailure {
  return failure(
    'too-large',
    `${name} needed more than ${megabytes} MB of memory to read and was stopped: it is too large or built to exhaust memory; not imported.`,
  );
}

export function readerCrashed(name: string, kind: DocumentKind, detail: string): ExtractFailure {
  const code = kind === 'pdf' ? 'damaged-pdf' : 'damaged-docx';
  return failure(
    code,
    `${name} could not be read: the reader stopped with an error (${detail}). Try saving it again as a new file and import that.`,
  );
}
