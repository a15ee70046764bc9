import { Command, CommanderError, Option } from 'commander';
import { setBugStacks } from '../core/bug-log';
import { ArchiveError } from '../core/errors';
import { asExpectedFailure } from '../core/system-refusal';
import { setHistoryProgram, setLockProgramName } from '../core/library';
import { annotateCommand } from './commands/annotate';
import type { AnnotateOptions } from './commands/annotate';
import { annotationsExportCommand, annotationsImportCommand, annotationsListCommand } from './commands/annotations';
import type { AnnotationsExportOptions } from './commands/annotations';
import { exportCommand } from './commands/export';
import type { ExportCommandOptions } from './commands/export';
import { holdingsCommand } from './commands/holdings';
import { importCommand } from './commands/import';
import type { ImportCommandOptions } from './commands/import';
import { listCommand } from './commands/list';
import { parseCommand } from './commands/parse';
import type { ParseOptions } from './commands/parse';
import { searchCommand } from './commands/search';
import type { SearchCommandOptions } from './commands/search';
import { serveCommand } from './commands/serve';
import type { ServeOptions } from './commands/serve';
import { usersAddCommand, usersDisableCommand, usersListCommand, usersPasswdCommand, usersRemoveCommand, usersRoleCommand } from './commands/users';
import type { UsersOptions } from './commands/users';
import { showCommand } from './commands/show';
import { verifyCommand } from './commands/verify';
import { backupCommand, backupListCommand } from './commands/backup';
import type { BackupCommandOptions } from './commands/backup';
import type { VerifyOptions } from './commands/verify';
import { editCommand } from './commands/edit';
import type { EditOptions } from './commands/edit';
import { historyCommand, recycleCommand, settingsCommand, undoCommand } from './commands/history';
import { packageExportCommand, packageVerifyCommand } from './commands/package';
import type { PackageExportCommandOptions } from './commands/package';
import { packageImportCommand, registerPackageImport } from './commands/package-import';
import type { PackageImportCommandOptions } from './commands/package-import';
import { registerRestore, restoreCommand } from './commands/restore';
import type { RestoreCommandOptions } from './commands/restore';
import { LIBRARY_OPTION_HELP } from './library-option';
import { sayDetail, systemLocale, t } from './locale';
import { processIo, resolveArg, withCliIo } from './io';
import type { CliIo } from './io';

/**
 * `bulletin-archive`: the archive from the command line. Expected failures (ArchiveError) print
 * their message and exit 1; anything else is a bug and prints its stack. `main` runs one command
 * line and returns its exit status: the binary passes the process's own streams and arguments,
 * tests call it in-process with buffers (io.ts), so nothing here may exit the process.
 */
export async function main(argv: readonly string[], given: Partial<CliIo> = {}): Promise<number> {
  const io: CliIo = { ...processIo(), ...given };
  // --debug may stand anywhere on the line (before or after the command): it is taken out here.
  const debug = argv.includes(DEBUG_FLAG) || io.env['BULLETIN_ARCHIVE_DEBUG'] === '1';
  setBugStacks(debug);
  return withCliIo(io, () => runCommandLine(argv.filter((arg) => arg !== DEBUG_FLAG), io, debug));
}

const DEBUG_FLAG = '--debug';

async function runCommandLine(argv: readonly string[], io: CliIo, debug: boolean): Promise<number> {
  const locale = systemLocale(io.env);
  setLockProgramName('bulletin-archive command line');
  setHistoryProgram('cli');
  const at = (given: string): string => resolveArg(io, given);
  const atOption = <O extends { library?: string; out?: string }>(options: O): O => ({
    ...options,
    ...(options.library !== undefined && { library: at(options.library) }),
    ...(options.out !== undefined && { out: at(options.out) }),
  });

  const program = new Command()
    .name('bulletin-archive')
    .description('内刊档案 Bulletin Archive — keep internal bulletins as a searchable archive, offline.')
    .option(DEBUG_FLAG, 'on an unexpected error, print its details (stack trace) for a bug report')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (text) => void io.stdout.write(text), writeErr: (text) => void io.stderr.write(text) });

  let exitCode = 0;
  const run =
    <A extends unknown[]>(action: (...args: A) => Promise<number>) =>
    async (...args: A) => {
      exitCode = await action(...args);
    };

  program
    .command('parse')
    .description('show how a bulletin file is read: masthead, contents, articles (nothing is imported)')
    .argument('<file>', 'bulletin file: text (UTF-8, UTF-16 or GB18030), PDF, Word (.docx) or a JSON issue export')
    .option('--json', 'print the parsed bulletin as JSON')
    .option('--text', 'print the text as the importer read it, before bulletin parsing (works on any readable file)')
    .action(run((file: string, options: ParseOptions) => parseCommand(at(file), options, locale)));

  program
    .command('import')
    .description('import bulletin files, or whole folders of them (recursively), into the library; one line per file')
    .argument('<paths...>', 'bulletin files (.txt, .pdf, .docx) or folders')
    .option('--library <dir>', LIBRARY_OPTION_HELP)
    .option('--json', 'print the outcomes as JSON')
    .option('--as-document', 'keep each file as one document (all its text, one article) even if it does not look like a bulletin; needs --series')
    .option('--series <name>', 'with --as-document: the series (刊名) to keep it under')
    .option('--year <year>', 'with --as-document: the year')
    .option('--number <n>', 'with --as-document: the issue number')
    .option('--date <YYYY-MM-DD>', 'with --as-document: the date')
    .option('--publisher <name>', 'with --as-document: the issuing unit')
    .option('--title <text>', "with --as-document: the document's title (default: its first heading line, else the file name)")
    .option('--attach', 'another file of an issue already held (a PDF beside the text, a better scan): attach it to that issue')
    .option('--replace-text', 'another file of an issue already held: make it the issue\'s source and replace the text from it')
    .option('--variant', 'another file of an issue already held: keep it beside the issue as a variant')
    .action(run((files: string[], options: ImportCommandOptions) => importCommand(files.map(at), atOption(options), locale)));

  program
    .command('list')
    .description('list the series and issues in the library')
    .option('--library <dir>', LIBRARY_OPTION_HELP)
    .option('--json', 'print the issues as JSON')
    .action(run((options: { library?: string; json?: boolean }) => listCommand(atOption(options), locale)));

  program
    .command('holdings')
    .description('the run of a series: held and missing issues year by year (gaps from the frequency, the numbering and 总第)')
    .argument('[series]', 'one series by its name (default: every series)')
    .option('--library <dir>', LIBRARY_OPTION_HELP)
    .option('--json', 'print, per series and year, the held and missing numbers as JSON')
    .action(run((series: string | undefined, options: { library?: string; json?: boolean }) => holdingsCommand(series, atOption(options), locale)));

  program
    .command('show')
    .description('show one issue: masthead and articles')
    .argument('<issue>', 'issue id, or series:year:number such as 科技情报参考:2024:3')
    .option('--library <dir>', LIBRARY_OPTION_HELP)
    .option('--json', 'print the issue as JSON')
    .action(run((ref: string, options: { library?: string; json?: boolean }) => showCommand(ref, atOption(options), locale)));

  program
    .command('export')
    .description('export an issue, articles or the whole library: pdf, docx, html, md, txt, json (lossless), csv or xlsx (catalogue)')
    .argument('[issue]', 'issue id, or series:year:number')
    .requiredOption('--format <format>', 'pdf, docx, html, md, txt, json, csv or xlsx')
    .option('--all', 'every issue (one file per issue; csv and xlsx: one catalogue)')
    .option('--article <ids...>', 'one article, or several (a selection printed together)')
    .option('--out <path>', 'folder (or, for one file, file) to write; md, txt and json default to standard output')
    .option('--force', 'replace files that already exist')
    .option('--encoding <encoding>', 'txt: utf-8 (default) or gb18030')
    .option('--paper <size>', 'pdf, html, docx: A4 (default) or A5')
    .option('--font-size <pt>', 'pdf, html, docx: body size 12, 14, 16 (default) or 18')
    .option('--annotations', 'pdf, html: print highlights and notes')
    .option('--library <dir>', LIBRARY_OPTION_HELP)
    .action(run((ref: string | undefined, options: ExportCommandOptions) => exportCommand(ref, atOption(options))));

  program
    .command('search')
    .description('search every article: words (all must occur), "phrases", -exclusions, filters 系列: 年份: 地区: 栏目:')
    .argument('<query>', 'what to look for, e.g. 稀土 or "成果转化" 年份:2023-2024 (a query starting with - goes after --)')
    .option('--series <series>', 'only this series (part of its name is enough)')
    .option('--year <years>', 'a year or a range: 2023 or 2023-2024')
    .option('--limit <n>', 'how many hits to print (default 20)')
    .option('--library <dir>', LIBRARY_OPTION_HELP)
    .option('--json', 'print the hits as JSON')
    .action(run((query: string, options: SearchCommandOptions) => searchCommand(query, atOption(options), locale)));

  const field = (flag: string, help: string) => new Option(flag, help);
  program
    .command('edit')
    .description('change catalogue fields of one issue (an empty value clears a field); recorded in the history')
    .argument('<issue>', 'issue id, or series:year:number such as 科技情报参考:2024:3')
    .addOption(field('--series <name>', 'series'))
    .addOption(field('--year <year>', 'year'))
    .addOption(field('--number <n>', 'issue number (期号)'))
    .addOption(field('--total-number <n>', 'total number (总第)'))
    .addOption(field('--date <yyyy-mm-dd>', 'date of the issue'))
    .addOption(field('--publisher <text>', 'editing organisation'))
    .addOption(field('--editor <name>', 'editor'))
    .addOption(field('--reviewer <name>', 'reviewer'))
    .addOption(field('--phone <text>', 'phone'))
    .addOption(field('--pages <n>', 'number of pages'))
    .addOption(field('--room <text>', 'paper copy: room'))
    .addOption(field('--cabinet <text>', 'paper copy: cabinet'))
    .addOption(field('--box <text>', 'paper copy: box'))
    .addOption(field('--accession-number <text>', 'accession number (登记号)'))
    .addOption(field('--retention <code>', 'retention period (保管期限): Y, D30, D10 (DA/T 22), optionally with a label: D30:长期30年'))
    .addOption(field('--security <level>', 'security mark (密级): 内部, 秘密, 机密, 绝密'))
    .addOption(field('--security-term <term>', 'term of the security mark (保密期限), e.g. 1年'))
    .option('--distribution <line>', 'a distribution line such as 报:市委办公室、市政府办公室 (repeat for more; "" clears)', (value: string, previous: string[] = []) => [...previous, value])
    .addOption(field('--print-run <n>', 'print run (印数)'))
    .addOption(field('--printed-by <text>', 'printed by (印发单位)'))
    .addOption(field('--printed-on <yyyy-mm-dd>', 'printed on (印发日期)'))
    .addOption(field('--permit <text>', 'permit number (准印证号)'))
    .addOption(field('--remarks <text>', 'remarks (备注)'))
    .addOption(field('--reference <code>', 'archival reference code (档号); "auto" generates it from the library\'s pattern'))
    .option('--library <dir>', LIBRARY_OPTION_HELP)
    .option('--json', 'print the issue as JSON')
    .action(run((ref: string, options: EditOptions) => editCommand(ref, atOption(options), locale)));

  program
    .command('history')
    .description('the catalogue\'s history of changes, newest first (all, one issue\'s, or one series\'), or export it')
    .argument('[issue]', 'issue id, or series:year:number')
    .option('--series <name>', 'only this series')
    .option('--format <format>', 'export as csv or json')
    .option('--out <file>', 'with --format: the file to write (default: standard output)')
    .option('--force', 'replace the --out file if it exists')
    .option('--library <dir>', LIBRARY_OPTION_HELP)
    .option('--json', 'print the changes as JSON')
    .action(run((ref: string | undefined, options: { library?: string; json?: boolean; series?: string; format?: string; out?: string; force?: boolean }) => historyCommand(ref, atOption(options), locale)));

  program
    .command('undo')
    .description('undo the last change to the catalogue (or the change named by its history id); the undo is recorded too')
    .argument('[entry]', 'history entry id (see: bulletin-archive history)')
    .option('--library <dir>', LIBRARY_OPTION_HELP)
    .option('--json', 'print the outcome as JSON')
    .action(run((entry: string | undefined, options: { library?: string; json?: boolean }) => undoCommand(entry, atOption(options), locale)));

  program
    .command('recycle')
    .description('list deleted issues, or restore one with --restore ID')
    .option('--restore <issue-id>', 'bring this issue back into the catalogue')
    .option('--library <dir>', LIBRARY_OPTION_HELP)
    .option('--json', 'print the list as JSON')
    .action(run((options: { library?: string; json?: boolean; restore?: string }) => recycleCommand(atOption(options), locale)));

  program
    .command('settings')
    .description('the library\'s reference code (档号) settings: pattern, fonds (全宗号) and category (门类代码)')
    .option('--fonds <code>', 'fonds number (全宗号); "" clears it')
    .option('--category <code>', 'category code (门类代码), WS by default')
    .option('--reference-pattern <pattern>', 'e.g. {fonds}-{category}·{year}-{retention}-{item:4}')
    .option('--library <dir>', LIBRARY_OPTION_HELP)
    .option('--json', 'print the settings as JSON')
    .action(run((options: { library?: string; json?: boolean; fonds?: string; category?: string; referencePattern?: string }) => settingsCommand(atOption(options), locale)));

  program
    .command('verify')
    .description('prove the library sound: originals present and unchanged, texts readable, nothing orphaned; --repair fixes what it can')
    .option('--repair', 'rebuild damaged texts from their originals, restore lost originals (with --from), rebuild the search index')
    .option('--from <paths...>', 'with --repair: files or folders that may hold lost originals (matched by checksum)')
    .option('--library <dir>', LIBRARY_OPTION_HELP)
    .option('--json', 'print the report as JSON')
    .action(run((options: VerifyOptions) => verifyCommand({ ...atOption(options), ...(options.from !== undefined && { from: options.from.map(at) }) }, locale)));

  const backup = program
    .command('backup')
    .description('write a dated backup package of the library into its backup folder (beside the library by default); keeps the last N full backups')
    .option('--incremental', 'only what changed since the last backup (a full backup when there is none yet)')
    .option('--folder <dir>', 'where backups go (remembered in the library\'s backup.json; never inside the library)')
    .option('--keep <n>', 'how many full backups to keep, each with its incrementals (remembered; default 5)')
    .option('--library <dir>', LIBRARY_OPTION_HELP)
    .option('--json', 'print the backup written as JSON')
    .action(run((options: BackupCommandOptions) => backupCommand({ ...atOption(options), ...(options.folder !== undefined && { folder: at(options.folder) }) }, locale)));
  backup
    .command('list')
    .description('the backups in the backup folder, oldest first, and whether one is due')
    .option('--library <dir>', LIBRARY_OPTION_HELP)
    .option('--json', 'print the backup status as JSON')
    // `backup` has --library and --json too, and commander gives them to it: they are read from there as well.
    .action(run((options: { library?: string; json?: boolean }) => backupListCommand(atOption({ ...backup.opts<{ library?: string; json?: boolean }>(), ...options }), locale)));

  program
    .command('annotate')
    .description('highlight a passage of an article, with an optional note, colour and tags')
    .argument('<article>', 'series:year:number:article, such as 科技情报参考:2024:3:4 (or an article id)')
    .requiredOption('--quote <text>', 'the passage, exactly as it is in the article')
    .option('--occurrence <n>', 'which occurrence of the quote, when it occurs more than once (default 1)')
    .option('--note <text>', 'a note on the passage')
    .option('--color <color>', 'yellow, green, blue, pink or purple (default yellow)')
    .option('--tag <tag>', 'a tag on the highlight (repeat for more)', (value: string, previous: string[] = []) => [...previous, value])
    .option('--library <dir>', LIBRARY_OPTION_HELP)
    .option('--json', 'print the new annotation (W3C Web Annotation) as JSON')
    .action(run((ref: string, options: AnnotateOptions) => annotateCommand(ref, atOption(options), locale)));

  const annotations = program.command('annotations').description('list, export and import highlights, notes, tags and bookmarks');
  annotations
    .command('list')
    .description('every highlight and note, newest first')
    .option('--library <dir>', LIBRARY_OPTION_HELP)
    .option('--json', 'print the annotations as JSON')
    .action(run((options: { library?: string; json?: boolean }) => annotationsListCommand(atOption(options), locale)));
  annotations
    .command('export')
    .description('export annotations as Markdown (to read) or W3C Web Annotation JSON-LD (to import elsewhere)')
    .option('--format <format>', 'md or jsonld (default md)')
    .option('--out <path>', 'file or folder to write (default: standard output)')
    .option('--force', 'replace the --out file if it exists')
    .option('--issue <issue>', 'only this issue (id or series:year:number)')
    .option('--article <article>', 'only this article (series:year:number:article)')
    .option('--library <dir>', LIBRARY_OPTION_HELP)
    .action(run((options: AnnotationsExportOptions) => annotationsExportCommand(atOption(options), locale)));
  annotations
    .command('import')
    .description('import annotations from a JSON-LD file written by "annotations export --format jsonld"')
    .argument('<file>', 'the .jsonld file')
    .option('--library <dir>', LIBRARY_OPTION_HELP)
    .option('--json', 'print the outcome as JSON')
    .action(run((file: string, options: { library?: string; json?: boolean }) => annotationsImportCommand(at(file), atOption(options), locale)));

  const repeated = (value: string, previous: string[] = []): string[] => [...previous, value];
  const packages = program.command('package').description('BagIt packages (RFC 8493): move a library between workstations, hand it to an archive system');
  packages
    .command('export')
    .description('write the library, or a series, years or issues, as one package: a folder, or a .zip or .tar file')
    .requiredOption('--out <path>', 'the package to write: a new folder, or a file ending in .zip or .tar')
    .option('--series <name>', 'only this series (repeat for more)', repeated)
    .option('--year <years>', 'only these years: 2019 or 2019-2021')
    .option('--issue <issue>', 'only this issue: id or series:year:number (repeat for more)', repeated)
    .option('--organization <name>', 'Source-Organization in bag-info.txt')
    .option('--description <text>', 'External-Description in bag-info.txt')
    .option('--library <dir>', LIBRARY_OPTION_HELP)
    .option('--json', 'print the report as JSON')
    .action(run((options: PackageExportCommandOptions) => packageExportCommand(atOption(options), locale)));
  packages
    .command('verify')
    .description('check a package: every checksum, Payload-Oxum, paths, links, size; exit 1 and list the bad files when damaged')
    .argument('<path>', 'the package: a folder, .zip or .tar')
    .option('--json', 'print the report as JSON')
    .action(run((bag: string, options: { json?: boolean }) => packageVerifyCommand(at(bag), options, locale)));
  // Packages (issue 15): the merge side of the `package` group, and restore from backups.
  registerPackageImport(program, run((bag: string, options: PackageImportCommandOptions) => packageImportCommand(at(bag), atOption(options), locale)), LIBRARY_OPTION_HELP);
  registerRestore(program, run((paths: string[], options: RestoreCommandOptions) => restoreCommand(paths.map(at), atOption(options), locale)), LIBRARY_OPTION_HELP);

  program
    .command('serve')
    .description('browser mode: open the archive in a browser on this computer (127.0.0.1 only); with --lan, the office reading room')
    .option('--port <port>', 'port to listen on (default: any free port)')
    .option('--lan', 'the office reading room: colleagues sign in with accounts (see "users"), on the --host addresses, over HTTPS')
    .option('--host <address>', 'with --lan: an address of this computer to serve on, 0.0.0.0 for all, 127.0.0.1 for this computer only (repeat for more)', repeated)
    .option('--name <dns-name>', 'with --lan: a name colleagues use for this computer (accepted in addresses; repeat for more)', repeated)
    .option('--cert <file>', "with --lan: the office's certificate (PEM); default: one generated on first start")
    .option('--key <file>', 'with --cert: its private key (PEM)')
    .option('--http', 'with --lan: plain HTTP, only when every --host is loopback (tests, a reverse proxy on this computer)')
    .option('--forget-sessions', 'with --lan: sign everyone out at start')
    .option('--no-open', 'print the address only; do not open the default browser')
    .option('--library <dir>', LIBRARY_OPTION_HELP)
    .addOption(new Option('--renderer <dir>', 'the built interface (default: out/renderer)').hideHelp())
    .action(
      run((options: ServeOptions) =>
        serveCommand(
          {
            ...atOption(options),
            ...(options.renderer !== undefined && { renderer: at(options.renderer) }),
            ...(options.cert !== undefined && { cert: at(options.cert) }),
            ...(options.key !== undefined && { key: at(options.key) }),
          },
          locale,
        ),
      ),
    );

  // The reading room's accounts (issue 18).
  const users = program.command('users').description("the office reading room's accounts: add, list, remove, change password or role");
  users
    .command('add')
    .description('create an account; the password is asked for (not shown), or read from standard input')
    .argument('<name>', 'account name: letters, digits, dot, underscore or hyphen')
    .requiredOption('--role <role>', 'reader, cataloguer or admin')
    .option('--display-name <text>', 'the name shown in the interface and the audit trail (default: the account name)')
    .option('--library <dir>', LIBRARY_OPTION_HELP)
    .option('--json', 'print the account as JSON')
    .action(run((name: string, options: UsersOptions) => usersAddCommand(name, atOption(options), locale)));
  users
    .command('list')
    .description('the accounts, their roles and last sign-in')
    .option('--library <dir>', LIBRARY_OPTION_HELP)
    .option('--json', 'print the accounts as JSON')
    .action(run((options: UsersOptions) => usersListCommand(atOption(options), locale)));
  users
    .command('remove')
    .description('remove an account; its sessions end at once')
    .argument('<name>', 'account name')
    .option('--library <dir>', LIBRARY_OPTION_HELP)
    .action(run((name: string, options: UsersOptions) => usersRemoveCommand(name, atOption(options), locale)));
  users
    .command('passwd')
    .description("change an account's password (asked for, or read from standard input); its sessions end")
    .argument('<name>', 'account name')
    .option('--library <dir>', LIBRARY_OPTION_HELP)
    .action(run((name: string, options: UsersOptions) => usersPasswdCommand(name, atOption(options), locale)));
  users
    .command('role')
    .description("change an account's role")
    .argument('<name>', 'account name')
    .argument('<role>', 'reader, cataloguer or admin')
    .option('--library <dir>', LIBRARY_OPTION_HELP)
    .action(run((name: string, role: string, options: UsersOptions) => usersRoleCommand(name, role, atOption(options), locale)));
  for (const [command, disabled] of [['disable', true], ['enable', false]] as const) {
    users
      .command(command)
      .description(disabled ? 'stop an account from signing in (kept, with its annotations); its sessions end' : 'let a disabled account sign in again')
      .argument('<name>', 'account name')
      .option('--library <dir>', LIBRARY_OPTION_HELP)
      .action(run((name: string, options: UsersOptions) => usersDisableCommand(name, disabled, atOption(options))));
  }

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (thrown) {
    // A full disk, a read-only folder or a file in use is the machine's answer, not a bug.
    const error = asExpectedFailure(thrown);
    if (error instanceof CommanderError) {
      exitCode = error.exitCode;
    } else if (error instanceof ArchiveError) {
      io.stderr.write(`bulletin-archive: ${sayDetail(locale, error)}\n`);
      exitCode = 1;
    } else {
      const detail = debug ? (error instanceof Error ? (error.stack ?? error.message) : String(error)) : `${error instanceof Error ? error.message : String(error)}\n${t(locale, 'debugHint')}`;
      io.stderr.write(`bulletin-archive: ${t(locale, 'unexpected')}\n${detail}\n`);
      exitCode = 70;
    }
  }
  return exitCode;
}
