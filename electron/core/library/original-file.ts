import { promises as fs } from 'node:fs';
import path from 'node:path';
import { issueFiles } from '../../../shared/catalog';
import { ArchiveError } from '../errors';
import { detectDocumentKind } from '../importers/extract/detect';
import { isMissing } from './json-store';
import { originalFile } from './layout';
import type { Library } from './library';

/**
 * The original file of an issue, as it was imported, for a person to open in another program.
 * What kind of file it is comes from its bytes, never from its name: a text bulletin imported
 * as `notes.exe` is handed over as `.txt`, so opening it can never run anything.
 */
export type OriginalKind = 'pdf' | 'docx' | 'txt';

export interface OriginalCopy {
  /** A file name safe on every system, with the extension of its kind. */
  name: string;
  mime: string;
  kind: OriginalKind;
  bytes: Uint8Array;
}

const MIME: Record<OriginalKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain',
};

/** The issue's original, or (given its checksum) another of its files (issue 14: several files per issue). */
export async function readOriginal(library: Library, issueId: string, chosen?: string): Promise<OriginalCopy> {
  const issue = library.getIssue(issueId);
  const found = chosen === undefined ? issue.original : issueFiles(issue).find((f) => f.sha256 === chosen);
  if (!found) throw ArchiveError.of('not-found', { code: 'issue-file-not-found', issueId, sha256: chosen ?? '' });
  const { sha256, ext, name } = found;
  const file = path.join(library.dir, originalFile(sha256, ext));
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    if (isMissing(error)) {
      throw ArchiveError.of('library-damaged', { code: 'original-missing', name, file: originalFile(sha256, ext) });
    }
    throw error;
  }
  const kind = originalKind(bytes);
  return { name: originalFileName(name, kind), mime: MIME[kind], kind, bytes };
}

export function originalKind(bytes: Uint8Array): OriginalKind {
  return detectDocumentKind(bytes) ?? 'txt';
}

/** The imported name without characters that are unsafe in a file name, ending in the kind's extension. */
export function originalFileName(imported: string, kind: OriginalKind): string {
  const base = path.basename(imported.replace(/\\/g, '/'));
  // Control characters, path separators and the characters Windows forbids; no leading dots.
  const cleaned = base.replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_').replace(/^[.\s]+/, '').trim();
  const stem = cleaned.replace(/\.[^.]*$/, '').replace(/[.\s]+$/, '').slice(0, 120) || 'original';
  // CON, NUL, COM1…: names Windows keeps for devices.
  return `${/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(stem) ? `_${stem}` : stem}.${kind}`;
}
