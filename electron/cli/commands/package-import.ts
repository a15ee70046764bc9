import type { Command } from 'commander';
import type { Locale } from '../../../shared/format';
import type { FieldConflict, IssueMergeRow, MergeReport } from '../../../shared/package';
import { importPackage } from '../../core/package/import-package';
import { cliIo } from '../io';
import { openLibraryFor } from '../library-option';
import type { LibraryOption } from '../library-option';
import { sayMessage } from '../locale';

export interface PackageImportCommandOptions extends LibraryOption {
  dryRun?: boolean;
  json?: boolean;
}

/** `package import PATH [--dry-run] [--json]`: merges a package and prints the merge report. */
export async function packageImportCommand(bag: string, options: PackageImportCommandOptions, locale: Locale): Promise<number> {
  const library = await openLibraryFor(options, options.dryRun ? 'read' : 'write', locale);
  const report = await importPackage(library, bag, { dryRun: options.dryRun ?? false });
  cliIo().stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : mergeReportText(report, locale));
  return report.totals.failed > 0 ? 1 : 0;
}

/** Adds `import` to the `package` command group (created here when the group is not there yet). */
export function registerPackageImport(program: Command, run: (bag: string, options: PackageImportCommandOptions) => Promise<void>, libraryHelp: string): void {
  const group = program.commands.find((c) => c.name() === 'package') ?? program.command('package').description('export, verify and import packages (BagIt) to move a library or hand it to an archive');
  group
    .command('import')
    .description('merge a package into the library: nothing duplicated, conflicts listed (--dry-run shows what would change)')
    .argument('<path>', 'the package: a folder, .zip or .tar')
    .option('--dry-run', 'show the merge report without changing the library')
    .option('--json', 'print the merge report as JSON')
    .option('--library <dir>', libraryHelp)
    .action(run);
}

const words = {
  zh: {
    dryRun: '试运行（书库未被改动）',
    merged: '合并',
    from: '来自',
    resumed: '接续上次中断的合并',
    totals: '新增 {added} 期，合并 {merged} 期，无变化 {unchanged} 期，失败 {failed} 期；附加文件 {files} 个，字段冲突 {conflicts} 处，新增批注 {notes} 条，批注冲突 {noteConflicts} 条',
    added: '新增',
    mergedRow: '合并',
    unchanged: '无变化',
    failed: '失败',
    files: '附加文件 {count} 个',
    taken: '补入字段：{fields}',
    annotations: '批注：新增 {added}，更新 {updated}，冲突 {conflicted}',
    kept: '保留',
    ours: '本书库',
    theirs: '数据包',
    newer: '较新的修改',
    noHistory: '双方均无修改记录，保留本书库的值',
    empty: '（空）',
  },
  en: {
    dryRun: 'dry run (the library was not changed)',
    merged: 'Merged',
    from: 'from',
    resumed: 'went on with a merge that was interrupted',
    totals: '{added} added, {merged} merged, {unchanged} unchanged, {failed} failed; {files} files attached, {conflicts} field conflicts, {notes} annotations added, {noteConflicts} annotation conflicts',
    added: 'added',
    mergedRow: 'merged',
    unchanged: 'unchanged',
    failed: 'failed',
    files: '{count} files attached',
    taken: 'fields filled in: {fields}',
    annotations: 'annotations: {added} added, {updated} updated, {conflicted} in conflict',
    kept: 'kept',
    ours: 'the library',
    theirs: 'the package',
    newer: 'the newer edit',
    noHistory: "no edit on either side: the library's value stays",
    empty: '(empty)',
  },
} as const;

type Word = keyof (typeof words)['en'];

function say(locale: Locale, key: Word, params: Record<string, string | number> = {}): string {
  return words[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** The merge report as a person reads it: the totals, then each issue that is not unchanged, with its conflicts. */
export function mergeReportText(report: MergeReport, locale: Locale): string {
  const t = report.totals;
  const lines = [
    `${report.dryRun ? `${say(locale, 'dryRun')}\n` : ''}${say(locale, 'merged')} ${report.path}${report.source.organization ? ` (${say(locale, 'from')} ${report.source.organization})` : ''}`,
    ...(report.resumed ? [say(locale, 'resumed')] : []),
    say(locale, 'totals', {
      added: t.added,
      merged: t.merged,
      unchanged: t.unchanged,
      failed: t.failed,
      files: t.filesAttached,
      conflicts: t.conflicts,
      notes: t.annotationsAdded,
      noteConflicts: t.annotationsConflicted,
    }),
  ];
  for (const row of report.issues) if (row.action !== 'unchanged' || row.conflicts.length > 0) lines.push(...rowLines(row, locale));
  return `${lines.join('\n')}\n`;
}

function rowLines(row: IssueMergeRow, locale: Locale): string[] {
  const mark = { added: '+', merged: '~', unchanged: '=', failed: '✗' }[row.action];
  const action = say(locale, row.action === 'merged' ? 'mergedRow' : row.action);
  const lines = [`${mark} ${row.ref}  ${action}${row.issueId && row.issueId !== row.packageIssueId ? ` (${row.packageIssueId} → ${row.issueId})` : ''}`];
  if (row.error) lines.push(`    ${sayMessage(locale, row.error)}`);
  if (row.action === 'merged' && row.filesAttached > 0) lines.push(`    ${say(locale, 'files', { count: row.filesAttached })}`);
  if (row.fieldsTaken.length > 0) lines.push(`    ${say(locale, 'taken', { fields: row.fieldsTaken.join(', ') })}`);
  const a = row.annotations;
  if (a.added + a.updated + a.conflicted > 0) lines.push(`    ${say(locale, 'annotations', { added: a.added, updated: a.updated, conflicted: a.conflicted })}`);
  for (const c of row.conflicts) lines.push(...conflictLines(c, locale));
  return lines;
}

function conflictLines(c: FieldConflict, locale: Locale): string[] {
  const value = (v: string) => (v === '' ? say(locale, 'empty') : `“${v}”`);
  const when = (at: string | null) => (at === null ? '' : ` @ ${at.slice(0, 16).replace('T', ' ')}`);
  const why = c.rule === 'newer-edit' ? say(locale, 'newer') : say(locale, 'noHistory');
  return [
    `    ! ${c.field}: ${say(locale, 'ours')} ${value(c.ours)}${when(c.oursAt)} · ${say(locale, 'theirs')} ${value(c.theirs)}${when(c.theirsAt)}`,
    `      → ${say(locale, 'kept')} ${say(locale, c.kept)} (${why})`,
  ];
}
