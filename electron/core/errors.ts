/**
 * An expected failure a person can act on: a code for programs, a message for people.
 * Stack traces stay in the log; the message says which file, what is wrong, what to do.
 */
export class ArchiveError extends Error {
  constructor(
    readonly code: ArchiveErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ArchiveError';
  }
}

export type ArchiveErrorCode =
  | 'not-found'
  | 'not-a-library'
  | 'library-too-new'
  | 'library-locked'
  | 'library-damaged'
  | 'bad-input'
  | 'empty-file'
  | 'binary-file'
  | 'not-a-bulletin'
  | 'unreadable-file'
  | 'duplicate'
  | 'io-error'
  | 'scanned-pdf'
  | 'encrypted-pdf'
  | 'damaged-pdf'
  | 'damaged-docx'
  | 'docx-too-large'
  | 'too-slow'
  | 'too-large'
  | 'unsupported';

export function isArchiveError(error: unknown): error is ArchiveError {
  return error instanceof ArchiveError;
}
