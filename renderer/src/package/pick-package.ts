import type { ApiResult } from '../../../shared/contract';
import type { PackageFile } from '../../../shared/contract/package';
import { getArchive } from '../store/api';
import i18next from 'i18next';

/**
 * The person chooses a package. In Electron the main process's open dialog picks it and the page
 * gets a token for it (the file is read where it lies, however large); in browser mode the page's
 * chooser picks it and it is streamed to the archive under the package limit. Null: cancelled.
 */
export async function pickPackage(): Promise<ApiResult<PackageFile> | null> {
  const archive = getArchive();
  if (!archive) return { ok: false, error: { code: 'unavailable', message: i18next.t('errors.noBridge') } };
  if (archive.pickPackage) {
    const picked = await archive.pickPackage();
    if (!picked.ok) return picked;
    return picked.data === null ? null : { ok: true, data: picked.data };
  }
  const file = await chooseFile();
  if (!file) return null;
  return archive.stagePackage(file);
}

function chooseFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.zip,.tar,application/zip,application/x-tar';
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}
