import { sayMessage } from '../../shared/message-text';
import type { ArchiveErrorCode, ArchiveMessage } from '../../shared/messages';

export type { ArchiveErrorCode };

/**
 * An expected failure a person can act on: a code for programs, a message for people.
 * Stack traces stay in the log; the message says which file, what is wrong, what to do.
 * `said` is that message as a code with parameters, so the interface and the command line can
 * say it in the reader's language; `message` is its English text, for logs and old callers.
 */
export class ArchiveError extends Error {
  constructor(
    readonly code: ArchiveErrorCode,
    message: string,
    readonly said?: ArchiveMessage,
  ) {
    super(message);
    this.name = 'ArchiveError';
  }

  /** The usual way to fail: a message by code, its English text derived from it. */
  static of(code: ArchiveErrorCode, said: ArchiveMessage): ArchiveError {
    return new ArchiveError(code, sayMessage('en', said), said);
  }
}

export function isArchiveError(error: unknown): error is ArchiveError {
  return error instanceof ArchiveError;
}
