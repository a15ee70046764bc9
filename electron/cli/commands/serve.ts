import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../../../shared/format';
import { ArchiveError } from '../../core/errors';
import { startServer } from '../../server';
import { openLibraryFor } from '../library-option';
import type { LibraryOption } from '../library-option';

/**
 * Browser mode from the command line: the built interface and the API on 127.0.0.1 only,
 * until Ctrl+C. Another office workstation cannot reach it; a browser on this one can.
 */
export async function serveCommand(options: LibraryOption & { port?: string }, locale: Locale): Promise<number> {
  const port = options.port === undefined ? 0 : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ArchiveError('bad-input', `--port must be a number from 0 to 65535, not "${options.port}".`);
  }
  const rendererDir = fileURLToPath(new URL('../../../out/renderer', import.meta.url));
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new ArchiveError('bad-input', 'The interface has not been built yet: run "npm run build" once (npm start does it for you), then try again.');
  }
  const library = await openLibraryFor(options, 'write');
  const server = await startServer({ library, port, rendererDir, warmUpSearch: true });
  process.stdout.write(
    locale === 'zh'
      ? `内刊档案已在浏览器模式下运行：${server.url}\n书库：${library.dir}\n按 Ctrl+C 停止。\n`
      : `Bulletin Archive browser mode running at ${server.url}\nLibrary: ${library.dir}\nPress Ctrl+C to stop.\n`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return 0;
}
