import { blankCatalogueFields, defaultCatalogueSettings } from '../../../shared/catalogue-fields';

/**
 * Catalogue 2 → 3, the issue record's part (issue 14): every entry gains the archivist's fields,
 * blank, and an empty list of further files; the catalogue gains its 档号 settings. Nothing that
 * was there is changed: ids, articles, texts and annotations stay as they were.
 */
export function addCatalogueFields(raw: Record<string, unknown>): Record<string, unknown> {
  const issues = Array.isArray(raw['issues']) ? raw['issues'].map(withCatalogueFields) : raw['issues'];
  const settings = isRecord(raw['settings']) ? raw['settings'] : defaultCatalogueSettings();
  return { ...raw, issues, settings };
}

function withCatalogueFields(issue: unknown): unknown {
  if (!isRecord(issue)) return issue;
  // Fields already there (a hand-edited file, a half-done earlier run) are kept as they are.
  return { ...blankCatalogueFields(), files: [], ...issue };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
