import type { ArchiveShell } from './bridge';
import { createHttpBridge, readPageToken } from './http';
import { stageAsBytes } from './stage-file';

/** Electron's preload provides window.archive; in browser mode the page builds an HTTP client. */
export function connectArchive(): ArchiveShell | null {
  if (window.archive) return { ...window.archive, stageFile: stageAsBytes, stagePackage: stageAsBytes };
  const token = readPageToken(document);
  return token ? createHttpBridge(token) : null;
}

export type { ArchiveShell } from './bridge';
