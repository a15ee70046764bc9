import { MastheadFieldSchemas } from '../../../shared/masthead';
import type { DocumentMasthead } from '../../core/importers/as-document';
import { ArchiveError } from '../../core/errors';

/** `import --as-document` and the masthead options that come with it, as typed. */
export interface AsDocumentOptions {
  asDocument?: boolean;
  series?: string;
  year?: string;
  number?: string;
  date?: string;
  publisher?: string;
  title?: string;
}

/**
 * The masthead a document is kept under, checked before any file is read: the series is
 * required (as on the review screen), the rest is checked against the masthead's own schemas.
 * Undefined when --as-document was not given.
 */
export function documentMasthead(options: AsDocumentOptions, firstFile: string): DocumentMasthead | undefined {
  if (options.asDocument !== true) return undefined;
  if (options.series === undefined || options.series.trim() === '') {
    throw ArchiveError.of('bad-input', { code: 'document-needs-series', file: firstFile });
  }
  return {
    series: checked('--series', options.series, (given) => MastheadFieldSchemas.series.safeParse(given)),
    year: options.year === undefined ? null : checked('--year', options.year, (given) => MastheadFieldSchemas.year.safeParse(whole(given))),
    number: options.number === undefined ? null : checked('--number', options.number, (given) => MastheadFieldSchemas.number.safeParse(whole(given))),
    date: options.date === undefined ? null : checked('--date', options.date, (given) => MastheadFieldSchemas.date.safeParse(given)),
    publisher: options.publisher === undefined ? null : checked('--publisher', options.publisher, (given) => MastheadFieldSchemas.publisher.safeParse(given)),
    title: options.title?.trim() || null,
  };
}

function checked<T>(option: string, given: string, parse: (given: string) => { success: true; data: T } | { success: false }): T {
  const result = parse(given);
  if (!result.success) throw ArchiveError.of('bad-input', { code: 'document-option-invalid', option, given });
  return result.data;
}

/** A whole number as typed, or NaN (which the schema refuses). */
function whole(given: string): number {
  return /^\s*\d{1,7}\s*$/.test(given) ? Number(given) : Number.NaN;
}
