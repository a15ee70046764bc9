/**
 * Browser mode: `node --import tsx electron/server/main.ts [--library DIR] [--port N]`.
 * Serves the built renderer and the API on 127.0.0.1 and prints the URL.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sayMessage } from '../../shared/message-text';
import { defaultLibraryDir, openLibrary } from '../core/library';
import { startServer } from './index';

const { values } = parseArgs({
  options: {
    library: { type: 'string' },
    port: { type: 'string' },
    renderer: { type: 'string' },
  },
});

const port = values.port === undefined ? 0 : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number between 0 and 65535, not "${values.port}".`);
  process.exit(2);
}

const libraryDir = values.library ?? defaultLibraryDir();
const rendererDir = values.renderer ?? fileURLToPath(new URL('../../out/renderer', import.meta.url));

const library = await openLibrary(libraryDir, { create: true });
const server = await startServer({ library, port, rendererDir, warmUpSearch: true });
for (const notice of library.notices) console.log(`注意：${sayMessage('zh', notice)}\nNotice: ${sayMessage('en', notice)}`);
console.log(`内刊档案 Bulletin Archive — library: ${library.dir}`);
console.log(`Browser mode running at ${server.url}`);
console.log('Press Ctrl+C to stop.');

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await server.close();
  await library.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
