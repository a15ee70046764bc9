import { app, ipcMain, shell } from 'electron';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ApiResult } from '../../shared/contract';
import { IssueIdSchema } from '../../shared/contract/library';
import { isArchiveError } from '../core/errors';
import type { Library } from '../core/library';
import { readOriginal } from '../core/library/original-file';
import { OPEN_ORIGINAL_CHANNEL } from './channels';
import { isTrustedSender } from './policies';

/**
 * "Open the original": the page sends an issue id, nothing more. The main process chooses the
 * path (a folder of its own under the system's temp folder), copies the original there, never
 * touching the library's copy, and hands it to the system's viewer. The copy's extension comes
 * from the file's contents (pdf, docx or txt), so what opens is a document, never a program.
 */
export function bindOpenOriginal(getLibrary: () => Library | null): void {
  ipcMain.handle(OPEN_ORIGINAL_CHANNEL, async (event, issueId: unknown): Promise<ApiResult<{ opened: string }>> => {
    if (!isTrustedSender(event.senderFrame)) {
      return { ok: false, error: { code: 'forbidden', message: 'This page may not use the archive.' } };
    }
    const id = IssueIdSchema.safeParse(issueId);
    const library = getLibrary();
    if (!id.success || !library) return { ok: false, error: { code: 'bad-input', message: 'No such issue.' } };
    try {
      const original = await readOriginal(library, id.data);
      const folder = path.join(app.getPath('temp'), 'BulletinArchive-originals', id.data);
      await fs.mkdir(folder, { recursive: true });
      const file = path.join(folder, original.name);
      await fs.writeFile(file, original.bytes);
      const failure = await shell.openPath(file);
      if (failure) return { ok: false, error: { code: 'no-viewer', message: `${original.name}: ${failure}` } };
      return { ok: true, data: { opened: original.name } };
    } catch (error) {
      if (isArchiveError(error)) return { ok: false, error: { code: error.code, message: error.message } };
      console.error('open original failed', error);
      return { ok: false, error: { code: 'internal', message: 'The original could not be opened. The details are in the log.' } };
    }
  });
}
