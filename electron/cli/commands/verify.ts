import type { Locale } from '../../../shared/format';
import { verifyLibrary } from '../../core/library';
import { openLibraryFor } from '../library-option';
import type { LibraryOption } from '../library-option';
import { t } from '../locale';
import { cliIo } from '../io';

export async function verifyCommand(options: LibraryOption & { json?: boolean }, locale: Locale): Promise<number> {
  const library = await openLibraryFor(options, 'read');
  const report = await verifyLibrary(library);
  if (options.json) {
    cliIo().stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const head = report.problems.length === 0 ? t(locale, 'verifyOk') : t(locale, 'verifyBad');
    const lines = [`${head}: ${report.issues} ${t(locale, 'issues')}, ${report.originals} ${t(locale, 'originals')} — ${library.dir}`];
    for (const p of report.problems) lines.push(`  ✗ ${p.message}`);
    lines.push(t(locale, 'backupsUsage', { files: report.backups.files, size: megabytes(report.backups.bytes) }));
    cliIo().stdout.write(`${lines.join('\n')}\n`);
  }
  return report.problems.length === 0 ? 0 : 1;
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(2);
}
