import type { IssuePatch } from '../../../shared/contract';
import { IssuePatchSchema } from '../../../shared/contract';
import { RETENTION_PERIODS } from '../../../shared/catalogue-fields';
import type { Distribution, RetentionCode } from '../../../shared/catalogue-fields';
import type { Locale } from '../../../shared/format';
import { ArchiveError } from '../../core/errors';
import { formatIssueRef } from '../../core/library';
import { openLibraryFor } from '../library-option';
import type { LibraryOption } from '../library-option';
import { cliIo } from '../io';
import { catalogueLines } from './catalogue-lines';

/**
 * `bulletin-archive edit ISSUE --field value…`: every masthead and catalogue field from the
 * command line. An empty value clears a field; `--reference auto` clears the 档号 so the library
 * generates it again. The change goes through the same path as the app's (checked, recorded in
 * the history with program `cli`), and a bad value changes nothing.
 */
export interface EditOptions extends LibraryOption {
  json?: boolean;
  series?: string;
  year?: string;
  number?: string;
  totalNumber?: string;
  date?: string;
  publisher?: string;
  editor?: string;
  reviewer?: string;
  phone?: string;
  pages?: string;
  room?: string;
  cabinet?: string;
  box?: string;
  accessionNumber?: string;
  retention?: string;
  security?: string;
  securityTerm?: string;
  distribution?: string[];
  printRun?: string;
  printedBy?: string;
  printedOn?: string;
  permit?: string;
  remarks?: string;
  reference?: string;
}

/** The options that are plain text fields, by the field they set. */
const TEXT_FIELDS = ['series', 'date', 'publisher', 'editor', 'reviewer', 'phone', 'accessionNumber', 'security', 'securityTerm', 'printedBy', 'printedOn', 'permit', 'remarks'] as const;
const NUMBER_FIELDS = ['year', 'number', 'totalNumber', 'pages', 'printRun'] as const;

export async function editCommand(ref: string, options: EditOptions, locale: Locale): Promise<number> {
  const library = await openLibraryFor(options, 'write');
  const issue = library.findIssue(ref);
  const raw: Record<string, unknown> = {};
  for (const field of TEXT_FIELDS) if (options[field] !== undefined) raw[field] = blank(options[field]);
  for (const field of NUMBER_FIELDS) if (options[field] !== undefined) raw[field] = whole(field, options[field]);
  if (options.room !== undefined || options.cabinet !== undefined || options.box !== undefined) {
    raw['location'] = {
      room: options.room === undefined ? issue.location.room : blank(options.room),
      cabinet: options.cabinet === undefined ? issue.location.cabinet : blank(options.cabinet),
      box: options.box === undefined ? issue.location.box : blank(options.box),
    };
  }
  if (options.retention !== undefined) raw['retention'] = retention(options.retention);
  if (options.distribution !== undefined) raw['distribution'] = options.distribution.filter((d) => d.trim() !== '').map(distribution);
  if (options.reference !== undefined) raw['reference'] = options.reference === 'auto' ? null : blank(options.reference);
  if (Object.keys(raw).length === 0) throw ArchiveError.of('bad-input', { code: 'edit-nothing-to-change' });
  const patch = checked(raw);
  const updated = await library.updateIssue(issue.id, patch);
  if (options.json) cliIo().stdout.write(`${JSON.stringify(updated, null, 2)}\n`);
  else cliIo().stdout.write(`${[formatIssueRef(updated), ...catalogueLines(updated, locale)].join('\n')}\n`);
  return 0;
}

function checked(raw: Record<string, unknown>): IssuePatch {
  const result = IssuePatchSchema.safeParse(raw);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  const field = String(first?.path[0] ?? '');
  throw ArchiveError.of('bad-input', { code: 'edit-value-bad', field, value: JSON.stringify(raw[field] ?? null), detail: first?.message ?? 'invalid' });
}

function blank(value: string): string | null {
  return value.trim() === '' ? null : value;
}

function whole(field: string, value: string): number | null {
  if (value.trim() === '') return null;
  if (!/^\d+$/.test(value.trim())) throw ArchiveError.of('bad-input', { code: 'edit-value-bad', field, value, detail: 'a whole number is needed' });
  return Number(value);
}

/** `Y`, `D30`, `D10` (DA/T 22), or `D30:长期30年` with the label as the archive writes it. */
function retention(value: string): { code: RetentionCode; label: string } | null {
  if (value.trim() === '') return null;
  const [code = '', label] = value.split(/[:：]/, 2);
  const known = Object.hasOwn(RETENTION_PERIODS, code.trim().toUpperCase()) ? (code.trim().toUpperCase() as RetentionCode) : null;
  if (!known) throw ArchiveError.of('bad-input', { code: 'edit-value-bad', field: 'retention', value, detail: `one of ${Object.keys(RETENTION_PERIODS).join(', ')}` });
  return { code: known, label: label?.trim() || RETENTION_PERIODS[known].zh };
}

/** `报:市委办公室、市政府办公室` → the 报 line with its recipients. */
function distribution(value: string): Distribution {
  const [role = '', list = ''] = value.split(/[:：]/, 2);
  return { role: role.trim(), recipients: list.split(/[、，,;；]/).map((r) => r.trim()).filter(Boolean) };
}
