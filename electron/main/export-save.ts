import { BrowserWindow, app, dialog, ipcMain } from 'electron';
import path from 'node:path';
import type { ApiResult } from '../../shared/contract';
import type { Dispatch } from '../core/api/dispatch';
import { safeFileName } from '../core/export';
import { writeFileDurably } from '../core/library/durable-file';
import { SAVE_EXPORT_CHANNEL } from './channels';
import { isTrustedSender } from './policies';

const TOKEN = /^[A-Za-z0-9_-]{20,64}$/;

/**
 * "Save the export": the page sends the spool token of a finished export and a suggested name.
 * The main process asks where to save it (the system dialog confirms before replacing a file),
 * takes the bytes from the spool and writes them whole (temp file + rename) where chosen.
 */
export function bindExportSave(dispatch: Dispatch): void {
  ipcMain.handle(SAVE_EXPORT_CHANNEL, async (event, token: unknown, suggested: unknown): Promise<ApiResult<{ path: string } | null>> => {
    if (!isTrustedSender(event.senderFrame)) {
      return { ok: false, error: { code: 'forbidden', message: 'This page may not use the archive.' } };
    }
    if (typeof token !== 'string' || !TOKEN.test(token)) return { ok: false, error: { code: 'bad-input', message: 'No such export.' } };
    const parsed = path.parse(typeof suggested === 'string' ? suggested.slice(0, 1000) : 'export');
    const ext =
      parsed.ext
        .replace(/^\./, '')
        .replace(/[^a-z0-9]/gi, '')
        .slice(0, 8) || 'bin';
    const name = safeFileName(parsed.name, ext);
    const owner = BrowserWindow.fromWebContents(event.sender);
    const options = { defaultPath: path.join(app.getPath('documents'), name), filters: [{ name: ext.toUpperCase(), extensions: [ext] }] };
    const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { ok: true, data: null };
    const taken = await dispatch('export.take', { token });
    if (!taken.ok) return taken;
    const data = taken.data;
    if (typeof data !== 'object' || data === null || !('dataBase64' in data) || typeof data.dataBase64 !== 'string') {
      return { ok: false, error: { code: 'internal', message: 'The export could not be read back.' } };
    }
    try {
      await writeFileDurably(choice.filePath, Buffer.from(data.dataBase64, 'base64'));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        error: { code: 'io-error', message: `${choice.filePath} could not be written (${reason}). Choose another folder.` },
      };
    }
    return { ok: true, data: { path: choice.filePath } };
  });
}
