import type { CatalogueSettings, CatalogueSettingsPatch } from '../../../shared/catalogue-fields';
import { checkReferencePattern } from '../../../shared/reference-code';
import { ArchiveError } from '../errors';
import type { Library } from './library';

/** The library's 档号 settings (pattern, 全宗号, 门类代码), kept in catalog.json so they travel with it. */
export function catalogueSettings(library: Library): CatalogueSettings {
  library.issues(); // refreshes the catalogue from disk when another process changed it
  return library.catalogSettings();
}

export async function setCatalogueSettings(library: Library, patch: CatalogueSettingsPatch): Promise<CatalogueSettings> {
  if (patch.referencePattern !== undefined) {
    const { unknown } = checkReferencePattern(patch.referencePattern);
    if (unknown.length > 0) throw ArchiveError.of('bad-input', { code: 'reference-pattern-bad', pattern: patch.referencePattern, unknown: unknown.join(', ') });
  }
  return library.writeCatalog(async (catalog) => {
    catalog.settings = { ...catalog.settings, ...patch };
    return { ...catalog.settings };
  });
}
