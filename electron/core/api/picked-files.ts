import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { ArchiveError } from '../errors';

/** How long a picked file waits for the call that names it. */
const LIFETIME_MS = 30 * 60_000;

/**
 * Files the person chose in Electron's open dialog (a package of several GB), known to the page
 * only by an unguessable token: the main process registers the path the dialog returned, the
 * package calls name the token, and the core reads the file where it lies. The page cannot name
 * a path of its own choosing; a token serves the dry run and then the merge, until it expires.
 */
export class PickedFiles {
  private readonly picked = new Map<string, { file: string; expires: number }>();

  constructor(private readonly clock: () => number = Date.now) {}

  register(file: string): { name: string; picked: string } {
    const picked = randomBytes(24).toString('base64url');
    this.picked.set(picked, { file, expires: this.clock() + LIFETIME_MS });
    return { name: path.basename(file), picked };
  }

  /** The path behind a token; `name` is for the message when it is unknown or expired. */
  take(picked: string, name: string): string {
    const entry = this.picked.get(picked);
    if (!entry || entry.expires < this.clock()) throw ArchiveError.of('not-found', { code: 'package-file-unknown', file: name });
    return entry.file;
  }
}
