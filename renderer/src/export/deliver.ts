import type { ApiResult, SavedExport } from '../../../shared/contract';
import type { ExportFormat, PrintOptions, PrintTarget, TextEncoding } from '../../../shared/contract/export';
import { call, saveExport } from '../store/api';

export type Delivery = SavedExport;

/**
 * Makes an export and hands it to the person: the core writes the file into its spool and the
 * transport delivers it (Electron's save dialog, which asks before replacing a file; a browser's
 * download, which never overwrites silently).
 */
export async function exportAndDeliver(
  target: PrintTarget,
  format: ExportFormat,
  encoding: TextEncoding,
  options: PrintOptions,
): Promise<ApiResult<Delivery>> {
  const prepared = await call('export.prepare', { target, format, encoding, options });
  if (!prepared.ok) return prepared;
  return saveExport(prepared.data.token);
}
