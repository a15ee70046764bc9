import type { ApiResult } from '../../../shared/contract';
import type { ExportFormat, PrintOptions, PrintTarget, TextEncoding } from '../../../shared/contract/export';
import { call, getArchive } from '../store/api';
import { downloadBase64 } from '../files/download';

export type Delivery = { kind: 'downloaded'; fileName: string } | { kind: 'saved'; path: string } | { kind: 'cancelled' };

/**
 * Makes an export and hands it to the person: the core writes the file into its spool; in
 * Electron the main process asks where to save it (the save dialog also asks before replacing
 * a file); in a browser it arrives as a download (the browser never overwrites silently).
 */
export async function exportAndDeliver(
  target: PrintTarget,
  format: ExportFormat,
  encoding: TextEncoding,
  options: PrintOptions,
): Promise<ApiResult<Delivery>> {
  const prepared = await call('export.prepare', { target, format, encoding, options });
  if (!prepared.ok) return prepared;
  const shell = getArchive();
  if (shell?.saveExport) {
    const saved = await shell.saveExport(prepared.data.token, prepared.data.fileName);
    if (!saved.ok) return saved;
    return { ok: true, data: saved.data === null ? { kind: 'cancelled' } : { kind: 'saved', path: saved.data.path } };
  }
  const taken = await call('export.take', { token: prepared.data.token });
  if (!taken.ok) return taken;
  downloadBase64(taken.data.fileName, taken.data.mime, taken.data.dataBase64);
  return { ok: true, data: { kind: 'downloaded', fileName: taken.data.fileName } };
}
