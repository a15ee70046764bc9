import { DEFAULT_HIGHLIGHT_COLOR, HIGHLIGHT_COLORS } from '../../../shared/annotations';
import type { HighlightColor } from '../../../shared/annotations';
import type { Locale } from '../../../shared/format';
import { AnnotationStore } from '../../core/annotations';
import { ArchiveError } from '../../core/errors';
import { openLibraryFor } from '../library-option';
import type { LibraryOption } from '../library-option';
import { t } from '../locale';
import { cliIo } from '../io';

export interface AnnotateOptions extends LibraryOption {
  quote: string;
  occurrence?: string;
  note?: string;
  color?: string;
  tag?: string[];
  json?: boolean;
}

/** `annotate 科技情报参考:2024:3:4 --quote 一是深化金融赋能 [--occurrence N] [--note] [--color] [--tag]`. */
export async function annotateCommand(ref: string, options: AnnotateOptions, locale: Locale): Promise<number> {
  const occurrence = parseOccurrence(options.occurrence);
  const color = parseColor(options.color);
  const library = await openLibraryFor(options, 'read');
  const store = new AnnotationStore(library);
  const annotation = await store.highlightQuote(ref, options.quote, occurrence, {
    color,
    note: options.note ?? null,
    tags: options.tag ?? [],
  });
  if (options.json) {
    cliIo().stdout.write(`${JSON.stringify(annotation, null, 2)}\n`);
    return 0;
  }
  const position = annotation.target.selector?.[1];
  cliIo().stdout.write(`${t(locale, 'annotated', { ref, start: position?.start ?? 0, end: position?.end ?? 0, id: annotation.id })}\n`);
  return 0;
}

export function parseColor(value: string | undefined): HighlightColor {
  if (value === undefined) return DEFAULT_HIGHLIGHT_COLOR;
  const found = HIGHLIGHT_COLORS.find((c) => c === value.trim().toLowerCase());
  if (!found) throw new ArchiveError('bad-input', `Unknown colour "${value}". Use one of: ${HIGHLIGHT_COLORS.join(', ')}.`);
  return found;
}

function parseOccurrence(value: string | undefined): number {
  if (value === undefined) return 1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new ArchiveError('bad-input', `--occurrence must be a whole number from 1 (the first time the quote occurs), not "${value}".`);
  return n;
}
