import { Command, CommanderError } from 'commander';
import { ArchiveError } from '../core/errors';
import { setLockProgramName } from '../core/library';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { listCommand } from './commands/list';
import { parseCommand } from './commands/parse';
import { serveCommand } from './commands/serve';
import { showCommand } from './commands/show';
import { verifyCommand } from './commands/verify';
import { LIBRARY_OPTION_HELP } from './library-option';
import { systemLocale } from './locale';

/**
 * `bulletin-archive`: the archive from the command line. Expected failures (ArchiveError) print
 * their message and exit 1; anything else is a bug and prints its stack.
 */
const locale = systemLocale();
setLockProgramName('bulletin-archive command line');

const program = new Command()
  .name('bulletin-archive')
  .description('内刊档案 Bulletin Archive — keep internal bulletins as a searchable archive, offline.')
  .showHelpAfterError()
  .exitOverride();

let exitCode = 0;
const run =
  <A extends unknown[]>(action: (...args: A) => Promise<number>) =>
  async (...args: A) => {
    exitCode = await action(...args);
  };

program
  .command('parse')
  .description('show how a bulletin file is read: masthead, contents, articles (nothing is imported)')
  .argument('<file>', 'bulletin text file (UTF-8, UTF-16 or GB18030)')
  .option('--json', 'print the parsed bulletin as JSON')
  .action(run((file: string, options: { json?: boolean }) => parseCommand(file, options, locale)));

program
  .command('import')
  .description('import bulletin files, or whole folders of them (recursively), into the library; one line per file')
  .argument('<paths...>', 'bulletin files (.txt, .pdf, .docx) or folders')
  .option('--library <dir>', LIBRARY_OPTION_HELP)
  .option('--json', 'print the outcomes as JSON')
  .action(run((files: string[], options: { library?: string; json?: boolean }) => importCommand(files, options, locale)));

program
  .command('list')
  .description('list the series and issues in the library')
  .option('--library <dir>', LIBRARY_OPTION_HELP)
  .option('--json', 'print the issues as JSON')
  .action(run((options: { library?: string; json?: boolean }) => listCommand(options, locale)));

program
  .command('show')
  .description('show one issue: masthead and articles')
  .argument('<issue>', 'issue id, or series:year:number such as 科技情报参考:2024:3')
  .option('--library <dir>', LIBRARY_OPTION_HELP)
  .option('--json', 'print the issue as JSON')
  .action(run((ref: string, options: { library?: string; json?: boolean }) => showCommand(ref, options, locale)));

program
  .command('export')
  .description('export one issue as JSON (lossless), Markdown or plain text')
  .argument('<issue>', 'issue id, or series:year:number')
  .requiredOption('--format <format>', 'json, md or txt')
  .option('--out <path>', 'file or folder to write (default: standard output)')
  .option('--force', 'replace the --out file if it exists')
  .option('--library <dir>', LIBRARY_OPTION_HELP)
  .action(run((ref: string, options: { library?: string; format: string; out?: string; force?: boolean }) => exportCommand(ref, options)));

program
  .command('verify')
  .description('prove the library sound: originals present and unchanged, texts readable, nothing orphaned')
  .option('--library <dir>', LIBRARY_OPTION_HELP)
  .option('--json', 'print the report as JSON')
  .action(run((options: { library?: string; json?: boolean }) => verifyCommand(options, locale)));

program
  .command('serve')
  .description('browser mode: open the archive in a browser on this computer (127.0.0.1 only)')
  .option('--port <port>', 'port to listen on (default: any free port)')
  .option('--library <dir>', LIBRARY_OPTION_HELP)
  .action(run((options: { library?: string; port?: string }) => serveCommand(options, locale)));

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    exitCode = error.exitCode;
  } else if (error instanceof ArchiveError) {
    process.stderr.write(`bulletin-archive: ${error.message}\n`);
    exitCode = 1;
  } else {
    process.stderr.write(`bulletin-archive: unexpected error — please report it.\n${error instanceof Error ? error.stack : String(error)}\n`);
    exitCode = 70;
  }
}
process.exitCode = exitCode;
