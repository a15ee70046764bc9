import type { ParsedIssue } from '../../../shared/bulletin';
import { blankCatalogueFields, CatalogueFieldSchemas } from '../../../shared/catalogue-fields';
import type { CatalogueFields } from '../../../shared/catalogue-fields';

/**
 * The catalogue fields a bulletin prints about itself: 密级 from the masthead, 准印证号, and the
 * closing block's distribution, print run and printer. Whatever the parser read that does not
 * fit a field's check is left blank for the archivist rather than refusing the import.
 */
export function catalogueFieldsOf(parsed: Pick<ParsedIssue, 'marks' | 'closing'>): CatalogueFields {
  const { marks, closing } = parsed;
  const security = splitSecurity(marks.security);
  return {
    ...blankCatalogueFields(),
    security: checked('security', security.level),
    securityTerm: checked('securityTerm', security.term),
    permit: checked('permit', marks.permit),
    distribution: checked('distribution', closing.distribution.filter((d) => d.recipients.length > 0)) ?? [],
    printRun: checked('printRun', closing.printRun),
    printedBy: checked('printedBy', closing.printedBy),
    printedOn: checked('printedOn', closing.printedOn),
  };
}

/** `秘密★1年` → 秘密 and 1年; a mark without a star is the level alone. */
export function splitSecurity(mark: string | null): { level: string | null; term: string | null } {
  if (mark === null || mark.trim() === '') return { level: null, term: null };
  const [level, term] = mark.split(/[★☆*]/, 2).map((part) => part.trim());
  return { level: level || null, term: term || null };
}

function checked<K extends keyof typeof CatalogueFieldSchemas>(field: K, value: unknown): CatalogueFields[K] | null {
  const result = CatalogueFieldSchemas[field].safeParse(value);
  return result.success ? (result.data as CatalogueFields[K]) : null;
}
