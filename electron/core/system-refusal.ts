import type { ArchiveMessage, SystemRefusal } from '../../shared/messages';
import { ArchiveError } from './errors';

/**
 * The operating system's expected refusals (a full disk, a read-only or locked-down folder, a file
 * in use) as the archive's own coded messages. They are facts about the machine, not bugs: a
 * person can act on them, so they never reach anyone as a stack trace (issue 20, defects 2 and 10).
 */
const REFUSALS: Readonly<Record<string, SystemRefusal>> = {
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EFBIG: 'disk-full',
  EROFS: 'read-only',
  EACCES: 'no-permission',
  EPERM: 'no-permission',
  EBUSY: 'busy',
  ETXTBSY: 'busy',
};

/** The refusal behind an error from node:fs (by its errno code), or null for anything else. */
export function systemRefusalOf(error: unknown): SystemRefusal | null {
  if (typeof error !== 'object' || error === null || !('code' in error) || typeof error.code !== 'string') return null;
  return REFUSALS[error.code] ?? null;
}

/** True when a write failed because of the machine, not the archive: skip it and try again later. */
export function isSystemRefusal(error: unknown): boolean {
  return systemRefusalOf(error) !== null;
}

/** The error as an ArchiveError a person can act on, when it is a refusal; otherwise null (a bug). */
export function archiveErrorOfRefusal(error: unknown): ArchiveError | null {
  const refusal = systemRefusalOf(error);
  if (refusal === null) return null;
  const where = typeof error === 'object' && error !== null && 'path' in error && typeof error.path === 'string' ? error.path : 'the library';
  return ArchiveError.of('io-error', refusalMessage(refusal, where));
}

export function refusalMessage(refusal: SystemRefusal, path: string): ArchiveMessage {
  switch (refusal) {
    case 'disk-full':
      return { code: 'disk-full', path };
    case 'read-only':
      return { code: 'read-only', path };
    case 'no-permission':
      return { code: 'no-permission', path };
    case 'busy':
      return { code: 'file-busy', path };
    default: {
      const never: never = refusal;
      return never;
    }
  }
}

/** An ArchiveError as it is, a refusal as one, anything else unchanged (it is a bug, and is reported as one). */
export function asExpectedFailure(error: unknown): unknown {
  if (error instanceof ArchiveError) return error;
  return archiveErrorOfRefusal(error) ?? error;
}
