import { defaultLibraryDir, openLibrary } from '../core/library';
import type { Library } from '../core/library';
import type { Locale } from '../../shared/format';
import { cliIo } from './io';
import { sayMessage, systemLocale } from './locale';

export interface LibraryOption {
  library?: string;
}

export const LIBRARY_OPTION_HELP = 'library folder (default: $BULLETIN_ARCHIVE_LIBRARY or the per-user data folder)';

/**
 * The default library is created on first use; a folder named with --library must already be
 * a library unless the command is one that fills it (import).
 */
export async function openLibraryFor(options: LibraryOption, purpose: 'read' | 'write', locale: Locale = systemLocale(cliIo().env)): Promise<Library> {
  const dir = options.library ?? defaultLibraryDir(cliIo().env);
  const library = await openLibrary(dir, { create: purpose === 'write' || options.library === undefined });
  for (const notice of library.notices) cliIo().stderr.write(`! ${sayMessage(locale, notice)}\n`);
  return library;
}
