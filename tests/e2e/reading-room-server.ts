import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLibrary } from '../../electron/core/library';
import { AccountStore } from '../../electron/core/people';
import { startServer } from '../../electron/server';

/**
 * The reading room for reading-room.e2e.ts, in a process of its own (the core cannot be loaded
 * inside Playwright's test runner): the sample issue, three accounts, LAN mode on 127.0.0.1.
 * Prints `room <url> <issueId> <libraryDir>` once it listens; stops on SIGTERM.
 */
const [root = process.cwd(), password = ''] = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'reading-room-e2e-'));
const library = await openLibrary(join(dir, 'library'), { create: true });
const outcome = await library.importBulletin({
  name: 'kjqbck-2024-03.txt',
  bytes: readFileSync(join(root, 'resources/sample-kjqbck-2024-03.txt')),
});
if (outcome.status !== 'imported') throw new Error(outcome.message);
const accounts = new AccountStore(library.dir);
await accounts.add({ name: 'chief', role: 'admin', password });
await accounts.add({ name: 'li', role: 'reader', password, displayName: '李明' });
await accounts.add({ name: 'wang', role: 'cataloguer', password });
const server = await startServer({
  library,
  rendererDir: join(root, 'out/renderer'),
  port: 0,
  room: { hosts: ['127.0.0.1'], certificate: null },
});
process.stdout.write(`room ${server.url} ${outcome.issueId} ${dir}\n`);
process.once('SIGTERM', () => {
  void server
    .close()
    .then(() => library.close())
    .then(() => process.exit(0));
});
