import type { Locale } from '../../../shared/format';
import { verifyLibrary } from '../../core/library';
import type { VerifyProblem } from '../../core/library';
import { repairLibrary } from '../../core/library/repair';
import type { IssueRepair } from '../../core/library/repair';
import { checkSearchIndex, LibrarySearch } from '../../core/search';
import { openLibraryFor } from '../library-option';
import type { LibraryOption } from '../library-option';
import { sayMessage, t } from '../locale';
import { cliIo } from '../io';

export interface VerifyOptions extends LibraryOption {
  json?: boolean;
  repair?: boolean;
  /** Files or folders that may hold lost originals (matched by checksum). */
  from?: string[];
}

/**
 * `verify [--repair [--from FILE_OR_FOLDER…]]`: proves the library sound, or says what is not.
 * With --repair, texts are rebuilt from their originals, lost originals restored from the given
 * files whose checksums match, and a damaged search index rebuilt; then the library is checked again.
 */
export async function verifyCommand(options: VerifyOptions, locale: Locale): Promise<number> {
  const library = await openLibraryFor(options, options.repair ? 'write' : 'read');
  let repairs: IssueRepair[] = [];
  let indexRebuilt = false;
  if (options.repair) {
    repairs = await repairLibrary(library, options.from ?? []);
    if ((await checkSearchIndex(library.dir)).length > 0) {
      // Opening the search thoroughly rebuilds every segment that fails its checksums.
      const search = await LibrarySearch.open(library, undefined, { thorough: true });
      await search.settled();
      search.close();
      indexRebuilt = true;
    }
  }
  const report = await verifyLibrary(library);
  const index = await checkSearchIndex(library.dir);
  const indexProblems: VerifyProblem[] = index.map((p) => ({
    kind: 'index-damaged',
    path: p.path,
    message: `${p.path}: the search index is damaged (${p.problem}); it is rebuilt at the next search, or now with verify --repair.`,
  }));
  const problems = [...report.problems, ...indexProblems];
  if (options.json) {
    cliIo().stdout.write(`${JSON.stringify({ ...report, problems, repairs, indexRebuilt }, null, 2)}\n`);
  } else {
    const lines: string[] = [];
    for (const r of repairs) {
      const done = [r.texts ? t(locale, 'repairedTexts') : '', r.original ? t(locale, 'repairedOriginal') : ''].filter((s) => s !== '');
      if (done.length > 0) lines.push(`  ✓ ${r.ref}: ${done.join(', ')}`);
      if (r.unresolved !== null) lines.push(`  ✗ ${r.ref}: ${t(locale, 'notRepaired')} — ${r.unresolved}`);
    }
    if (indexRebuilt) lines.push(`  ✓ ${t(locale, 'indexRebuilt')}`);
    const head = problems.length === 0 ? t(locale, 'verifyOk') : t(locale, 'verifyBad');
    lines.push(`${head}: ${report.issues} ${t(locale, 'issues')}, ${report.originals} ${t(locale, 'originals')} — ${library.dir}`);
    for (const p of problems) lines.push(`  ✗ ${'said' in p && p.said ? sayMessage(locale, p.said) : p.message}`);
    lines.push(t(locale, 'backupsUsage', { files: report.backups.files, size: megabytes(report.backups.bytes) }));
    cliIo().stdout.write(`${lines.join('\n')}\n`);
  }
  return problems.length === 0 ? 0 : 1;
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(2);
}
