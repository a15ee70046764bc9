import i18next from 'i18next';
import type { ApiResult } from '../../../shared/contract';
import type { PackageFile } from '../../../shared/contract/package';
import { getArchive } from '../store/api';

/** A chosen package, which each call (the dry run, then the merge) stages afresh. */
export interface PackageSource {
  name: string;
  stage(): Promise<ApiResult<PackageFile>>;
}

/**
 * The person chooses a package. In Electron the main process's open dialog picks it and the page
 * gets a token for it (the file is read where it lies, however large); in browser mode the page's
 * chooser picks it and each call streams it to the archive under the package limit. Null: cancelled.
 */
export async function choosePackage(): Promise<ApiResult<PackageSource | null>> {
  const archive = getArchive();
  if (!archive) return { ok: false, error: { code: 'unavailable', message: i18next.t('errors.noBridge') } };
  if (archive.pickPackage) {
    const picked = await archive.pickPackage();
    if (!picked.ok) return picked;
    const file = picked.data;
    return { ok: true, data: file === null ? null : { name: file.name, stage: async () => ({ ok: true, data: file }) } };
  }
  const file = await chooseFile();
  return { ok: true, data: file === null ? null : { name: file.name, stage: () => archive.stagePackage(file) } };
}

function chooseFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.zip,.tar,application/zip,application/x-tar';
    input.dataset['testid'] = 'package-file-input';
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}
