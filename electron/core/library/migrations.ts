import { ANNOTATIONS_SCHEMA_VERSION, CATALOG_SCHEMA_VERSION } from '../../../shared/catalog';
import type { ArchiveMessage } from '../../../shared/messages';
import { ArchiveError } from '../errors';
import { addCatalogueFields } from './catalogue-migration';
import { addSeriesRecords } from './series-migration';

/**
 * Saved formats carry a schema version. A step here turns version N into N+1; the loader runs
 * them in order before the schema check. A file from a newer app is refused, never rewritten.
 */
type Step = (raw: Record<string, unknown>) => Record<string, unknown>;

const catalogSteps: Record<number, Step> = {
  // 1 → 2: warnings were English prose; now they are message codes. Old prose is kept word for
  // word as a legacy message (it cannot be translated after the fact, but is never lost).
  1: (raw) => ({ ...raw, schemaVersion: 2, issues: Array.isArray(raw['issues']) ? raw['issues'].map(warningsAsMessages) : raw['issues'] }),
  // 2 → 3 (issue 14): series become records, issues say whether they are a 合刊 or a 增刊, and
  // issues gain their catalogue fields; each part of the step is its own function.
  2: (raw) => ({ ...addCatalogueFields(addSeriesRecords(raw)), schemaVersion: 3 }),
  // 3 → 4 (issue 19): the base may name its journal's generation (catalog-journal.ts); a version-3
  // file names none and has no journal. The first change writes the base again as version 4.
  3: (raw) => ({ ...raw, schemaVersion: 4 }),
};
const annotationSteps: Record<number, Step> = {
  // 1 → 2: the snapshot may name its journal's generation (annotations-journal.ts); a version-1
  // file names none, and its journal is read as it is. The version is raised so that an older app
  // says "update" instead of taking the new field for damage.
  1: (raw) => ({ ...raw, schemaVersion: 2 }),
};

function warningsAsMessages(issue: unknown): unknown {
  if (typeof issue !== 'object' || issue === null || !('warnings' in issue) || !Array.isArray(issue.warnings)) return issue;
  const warnings: unknown[] = issue.warnings;
  return { ...issue, warnings: warnings.map((w) => (typeof w === 'string' ? ({ code: 'legacy', text: w } satisfies ArchiveMessage) : w)) };
}

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
    throw ArchiveError.of('library-too-new', { code: 'library-too-new', file: name, found: version, readable: current });
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
