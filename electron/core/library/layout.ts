import path from 'node:path';
import envPaths from 'env-paths';

/**
 * The library folder (DESIGN.md, "Library on disk"). Every path inside it is relative, so the
 * folder can be copied to a USB stick and opened on another workstation.
 */
export const CATALOG_FILE = 'catalog.json';
export const ANNOTATIONS_FILE = 'annotations.json';
/** Changes to annotations.json since it was last written, one JSON line each (annotations-journal.ts). */
export const ANNOTATIONS_JOURNAL_FILE = 'annotations.journal';
/** Changes to catalog.json since it was last written (compacted), one JSON line each (catalog-journal.ts). */
export const CATALOG_JOURNAL_FILE = 'catalog.journal';
export const TEXTS_DIR = 'texts';
export const FILES_DIR = 'files';
export const BACKUPS_DIR = 'backups';
/** Files that failed their check on load are moved here untouched, for a person to look at. */
export const DAMAGED_DIR = 'damaged';
/** Files on their way in from browser mode, until the import call that names them (api/uploads.ts). */
export const UPLOADS_DIR = '.uploads';
/** Every catalogue change, one JSON line each, appended and never rewritten (history.ts). */
export const HISTORY_FILE = 'history.jsonl';
/** Deleted issues (entry and texts), from which they can be restored (recycle.ts). */
export const RECYCLE_DIR = 'recycle';
/** What OCR read on each page of a scanned issue, `<issueId>.json` (shared/scan.ts, issue 16). */
export const SCANS_DIR = 'scans';
/** The reading room's accounts (password hashes only) and its append-only audit trail (issue 18). */
export const ACCOUNTS_FILE = 'accounts.json';
export const AUDIT_FILE = 'audit.jsonl';

export const LIBRARY_ENV = 'BULLETIN_ARCHIVE_LIBRARY';

export function defaultLibraryDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env[LIBRARY_ENV];
  if (fromEnv && fromEnv.trim() !== '') return path.resolve(fromEnv);
  return path.join(envPaths('BulletinArchive', { suffix: '' }).data, 'library');
}

export function textsFile(issueId: string): string {
  return path.join(TEXTS_DIR, `${issueId}.json`);
}

export function originalFile(sha256: string, ext: string): string {
  return path.join(FILES_DIR, `${sha256}.${ext}`);
}

export function recycledFile(issueId: string): string {
  return path.join(RECYCLE_DIR, `${issueId}.json`);
}
