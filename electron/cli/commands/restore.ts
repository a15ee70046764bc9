import type { Command } from 'commander';
import type { Locale } from '../../../shared/format';
import { defaultLibraryDir } from '../../core/library';
import { restorePackages } from '../../core/package/restore-packages';
import { cliIo } from '../io';
import { mergeReportText } from './package-import';

export interface RestoreCommandOptions {
  library?: string;
  intoExisting?: boolean;
  json?: boolean;
}

/** `restore PATH… --library DIR [--into-existing] [--json]`: a library back from a full backup and its incrementals. */
export async function restoreCommand(packages: string[], options: RestoreCommandOptions, locale: Locale): Promise<number> {
  const dir = options.library ?? defaultLibraryDir(cliIo().env);
  const report = await restorePackages(dir, packages, { intoExisting: options.intoExisting ?? false });
  if (options.json) {
    cliIo().stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const lines = report.merges.map((m) => mergeReportText(m, locale).trimEnd());
    for (const gone of report.deleted) lines.push(locale === 'zh' ? `- ${gone.ref} 已移入回收区（备份记录它已被删除）` : `- ${gone.ref} moved to the recycle area (deleted, as the backup records)`);
    lines.push(locale === 'zh' ? `已恢复到 ${report.library}` : `Restored into ${report.library}`);
    cliIo().stdout.write(`${lines.join('\n')}\n`);
  }
  return report.merges.some((m) => m.totals.failed > 0) ? 1 : 0;
}

export function registerRestore(program: Command, run: (packages: string[], options: RestoreCommandOptions) => Promise<void>, libraryHelp: string): void {
  if (program.commands.some((c) => c.name() === 'restore')) return;
  program
    .command('restore')
    .description('bring a library back from backups: a full one, then its incremental ones, oldest first')
    .argument('<paths...>', 'the backup packages (folders, .zip or .tar)')
    .option('--library <dir>', `${libraryHelp}; must be empty or new unless --into-existing`)
    .option('--into-existing', 'merge the backups into a library that already holds issues')
    .option('--json', 'print what was restored as JSON')
    .action(run);
}
