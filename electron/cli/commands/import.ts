import path from 'node:path';
import { issueTitle } from '../../../shared/format';
import type { Locale } from '../../../shared/format';
import { formatIssueRef } from '../../core/library';
import type { Library } from '../../core/library';
import type { ImportOutcome } from '../../../shared/contract';
import { ArchiveError } from '../../core/errors';
import { readInputFile } from '../input-file';
import { openLibraryFor } from '../library-option';
import type { LibraryOption } from '../library-option';
import { t } from '../locale';

/** One line per file; exit status 1 when any file failed (duplicates are not failures). */
export async function importCommand(files: string[], options: LibraryOption & { json?: boolean }, locale: Locale): Promise<number> {
  const library = await openLibraryFor(options, 'write');
  const outcomes: ImportOutcome[] = [];
  for (const file of files) {
    let outcome: ImportOutcome;
    try {
      const bytes = await readInputFile(file);
      outcome = await library.importBulletin({ name: path.basename(file), bytes });
    } catch (error) {
      if (!(error instanceof ArchiveError)) throw error;
      outcome = { status: 'failed', file: path.basename(file), code: error.code, message: error.message };
    }
    outcomes.push({ ...outcome, file });
    if (!options.json) process.stdout.write(`${describe(outcome, file, locale, library)}\n`);
  }
  const count = (status: ImportOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  if (options.json) process.stdout.write(`${JSON.stringify(outcomes, null, 2)}\n`);
  else if (files.length > 1) {
    process.stdout.write(`${t(locale, 'summary', { imported: count('imported'), duplicate: count('duplicate'), failed: count('failed') })}\n`);
  }
  return count('failed') > 0 ? 1 : 0;
}

/** Imported and duplicate lines are worded here, in the user's language, from the issue itself. */
function describe(outcome: ImportOutcome, file: string, locale: Locale, library: Library): string {
  switch (outcome.status) {
    case 'imported': {
      const issue = library.getIssue(outcome.issueId);
      return `${t(locale, 'imported')}: ${file} → ${issueTitle(issue, locale)}, ${issue.articles.length} ${t(locale, 'articles')} [${issue.id}]`;
    }
    case 'duplicate': {
      const issue = library.getIssue(outcome.issueId);
      return `${t(locale, 'duplicate')}: ${file} — ${t(locale, 'alreadyThere', { issue: issueTitle(issue, locale), ref: formatIssueRef(issue), id: issue.id, from: issue.original.name })}`;
    }
    case 'failed':
      return `${t(locale, 'failed')}: ${file} — ${outcome.message}`;
    default: {
      const never: never = outcome;
      return String(never);
    }
  }
}
