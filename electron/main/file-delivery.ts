import { constants as fsConstants, promises as fs } from 'node:fs';
import path from 'node:path';
import type { ApiResult } from '../../shared/contract';
import type { DeliveryRequest, OpenedOriginal, PickedPackage, SavedExport } from '../../shared/contract/bridge';
import type { PickedFiles } from '../core/api/picked-files';
import { ArchiveError } from '../core/errors';
import { clearOrphanedExportTemps } from '../core/export/export-folder';
import type { ExportSpool } from '../core/export/export-spool';
import { syncFolder, tempPathFor } from '../core/library/durable-file';
import type { Library } from '../core/library';
import { readOriginal } from '../core/library/original-file';
import { placeOriginalCopy } from './original-copy';

/** What the desktop brings to delivery: its dialogs, its viewer, its folders (desktop-shell.ts). */
export interface DesktopShell {
  documentsDir: string;
  tempDir: string;
  /** The save dialog; the chosen path, or null when the person cancels. */
  chooseSavePath(defaultPath: string, ext: string): Promise<string | null>;
  /** The open dialog for a package (.zip, .tar); the chosen path, or null when the person cancels. */
  choosePackagePath(): Promise<string | null>;
  /** Opens a file with the system's viewer: '' on success, else why not (as shell.openPath). */
  openPath(file: string): Promise<string>;
}

export type DesktopDelivery = (request: DeliveryRequest, shell: DesktopShell) => Promise<ApiResult<SavedExport | OpenedOriginal | PickedPackage | null>>;

/**
 * FileDelivery in Electron. The bytes never cross IPC: a prepared export is taken from the spool
 * and written by this process where the person chose; an original is copied to a temporary
 * folder of our own and opened from there (the library's copy is never handed out). Expected
 * failures are thrown as ArchiveErrors: the IPC adapter makes them results.
 */
export function createDesktopDelivery(spool: ExportSpool, getLibrary: () => Library | null, picked?: PickedFiles): DesktopDelivery {
  return async (request, shell) => {
    switch (request.kind) {
      case 'save-export':
        return { ok: true, data: await saveExport(spool, request.token, shell) };
      case 'open-original':
        return openOriginal(getLibrary(), request.issueId, shell, request.sha256);
      case 'pick-package': {
        // The page learns a token for the file, never its path; the package calls name the token.
        const chosen = picked ? await shell.choosePackagePath() : null;
        return { ok: true, data: chosen === null || !picked ? null : picked.register(chosen) };
      }
      default: {
        const unreachable: never = request;
        return unreachable;
      }
    }
  };
}

async function saveExport(spool: ExportSpool, token: string, shell: DesktopShell): Promise<SavedExport> {
  const waiting = spool.describe(token);
  if (!waiting)
    throw new ArchiveError('not-found', 'This export is no longer available (it was already saved, or it expired). Export it again.');
  // The spool's name was made by the core (safeFileName), never by the page.
  const ext = path.extname(waiting.fileName).slice(1) || 'bin';
  const chosen = await shell.chooseSavePath(path.join(shell.documentsDir, waiting.fileName), ext);
  // Copied file to file, never read whole: a package (issue 15) may be several GB.
  const file = spool.claimFile(token);
  if (chosen === null) {
    await file.release();
    return { kind: 'cancelled' };
  }
  try {
    await clearOrphanedExportTemps(path.dirname(chosen));
    await copyFileDurably(file.file, chosen);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ArchiveError('io-error', `${chosen} could not be written (${reason}). Choose another folder.`);
  } finally {
    await file.release();
  }
  return { kind: 'saved', fileName: path.basename(chosen), path: chosen };
}

async function openOriginal(library: Library | null, issueId: string, shell: DesktopShell, sha256?: string): Promise<ApiResult<OpenedOriginal>> {
  if (!library) return { ok: false, error: { code: 'unavailable', message: 'The library is not open yet.' } };
  const original = await readOriginal(library, issueId, sha256);
  const file = await placeOriginalCopy(path.join(shell.tempDir, 'BulletinArchive-originals', issueId), original.name, original.bytes);
  const failure = await shell.openPath(file);
  // No program for this kind of file, or it refused: the person can still find the copy.
  if (failure) return { ok: false, error: { code: 'no-viewer', message: `${original.name}: ${failure} (${file})` } };
  return { ok: true, data: { kind: 'opened', fileName: path.basename(file) } };
}

/** As writeFileDurably, from a file: a temporary copy beside the target, synced, renamed into place. */
async function copyFileDurably(source: string, target: string): Promise<void> {
  const temp = tempPathFor(target);
  try {
    await fs.copyFile(source, temp, fsConstants.COPYFILE_EXCL);
    const handle = await fs.open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  await syncFolder(path.dirname(target));
}
