import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../../../shared/format';
import { ArchiveError } from '../../core/errors';
import { startServer } from '../../server';
import { setHistoryProgram } from '../../core/library';
import { cliIo } from '../io';
import { openLibraryFor } from '../library-option';
import type { LibraryOption } from '../library-option';
import { openInBrowser } from '../open-browser';

export interface ServeOptions extends LibraryOption {
  port?: string;
  /** false with --no-open: print the address only. */
  open?: boolean;
  /** The built interface (default: out/renderer beside the sources). */
  renderer?: string;
}

export const DEFAULT_RENDERER_DIR = fileURLToPath(new URL('../../../out/renderer', import.meta.url));

/**
 * Browser mode, the one way it starts (`npm start` without Electron comes here too): the built
 * interface and the API on 127.0.0.1 only, until Ctrl+C. Another office workstation cannot reach
 * it; a browser on this one can, with the key in the printed address (server/session.ts).
 */
export async function serveCommand(options: ServeOptions, locale: Locale): Promise<number> {
  const io = cliIo();
  const port = options.port === undefined ? 0 : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw ArchiveError.of('bad-input', { code: 'bad-port', given: String(options.port) });
  }
  const rendererDir = options.renderer ?? DEFAULT_RENDERER_DIR;
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw ArchiveError.of('bad-input', { code: 'interface-not-built' });
  }
  // Changes made from the browser are recorded as such in the catalogue's history.
  setHistoryProgram('browser');
  const library = await openLibraryFor(options, 'write');
  const server = await startServer({ library, port, rendererDir, warmUpSearch: true });
  const opened = options.open !== false && openInBrowser(server.launchUrl, io.env);
  io.stdout.write(announce(server.launchUrl, library.dir, opened, locale));
  await new Promise<void>((resolve) => {
    const stop = io.onInterrupt(() => {
      stop();
      resolve();
    });
  });
  await server.close();
  await library.close();
  return 0;
}

function announce(url: string, libraryDir: string, opened: boolean, locale: Locale): string {
  // The "running at URL" line is the same in both languages: scripts and tests look for it.
  const lines =
    locale === 'zh'
      ? [
          '内刊档案已在浏览器模式下运行。',
          `Browser mode running at ${url}`,
          opened ? '已在默认浏览器中打开；也可把上面的地址粘贴到本机任一浏览器。' : '请把上面的地址粘贴到本机任一浏览器中打开。',
          '地址中的密钥只属于本次运行：首次打开时换成浏览器里的登录凭据（Cookie），本机其他程序和网页没有它就无法读取书库。请勿把地址发给他人。',
          `书库：${libraryDir}`,
          '按 Ctrl+C 停止。',
        ]
      : [
          'Bulletin Archive is running in browser mode.',
          `Browser mode running at ${url}`,
          opened ? 'Opened in your default browser; you can also paste the address into any browser on this computer.' : 'Paste the address into any browser on this computer.',
          "The key in the address belongs to this run only: on first load it becomes a cookie in that browser, and other programs and web pages on this computer cannot read the library without it. Do not share the address.",
          `Library: ${libraryDir}`,
          'Press Ctrl+C to stop.',
        ];
  return `${lines.join('\n')}\n`;
}
