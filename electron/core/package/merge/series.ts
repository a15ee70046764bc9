import type { SeriesRecord } from '../../../../shared/holdings-record';
import type { Library } from '../../library';

/**
 * The package's series records that the library lacks are added; a series the library already
 * describes keeps its record, and the library keeps its own 档号 settings (全宗号, pattern):
 * they are the library's numbering, not the package's.
 */
export async function addMissingSeries(library: Library, records: readonly SeriesRecord[]): Promise<number> {
  const held = new Set(library.catalog().series.map((s) => s.name));
  if (records.every((r) => held.has(r.name))) return 0;
  return library.writeCatalog(async (catalog) => {
    const names = new Set(catalog.series.map((s) => s.name));
    const missing = records.filter((r) => !names.has(r.name));
    catalog.series.push(...missing.map((r) => structuredClone(r)));
    return missing.length;
  });
}
