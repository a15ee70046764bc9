import { ANNOTATIONS_SCHEMA_VERSION, CATALOG_SCHEMA_VERSION } from '../../../shared/catalog';
import { ArchiveError } from '../errors';

/**
 * Saved formats carry a schema version. A step here turns version N into N+1; the loader runs
 * them in order before the schema check. A file from a newer app is refused, never rewritten.
 */
type Step = (raw: Record<string, unknown>) => Record<string, unknown>;

const catalogSteps: Record<number, Step> = {
  // 1: (raw) => ({ ...raw, schemaVersion: 2, collections: [] }),
};
const annotationSteps: Record<number, Step> = {};

export function migrateCatalog(raw: unknown): unknown {
  return migrate('catalog.json', raw, CATALOG_SCHEMA_VERSION, catalogSteps);
}

export function migrateAnnotations(raw: unknown): unknown {
  return migrate('annotations.json', raw, ANNOTATIONS_SCHEMA_VERSION, annotationSteps);
}

function migrate(name: string, raw: unknown, current: number, steps: Record<number, Step>): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  let data = raw as Record<string, unknown>;
  const found = data['schemaVersion'];
  if (typeof found !== 'number') return raw;
  let version: number = found;
  if (version > current) {
    throw new ArchiveError(
      'library-too-new',
      `${name} was written by a newer version of Bulletin Archive (format ${version}, this version reads up to ${current}). Update the app to open this library.`,
    );
  }
  while (version < current) {
    const step = steps[version];
    if (!step) return data; // the schema check reports the gap
    data = step(data);
    const next = data['schemaVersion'];
    if (typeof next !== 'number' || next <= version) return data;
    version = next;
  }
  return data;
}
