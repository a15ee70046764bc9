import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../../../shared/format';
import { ArchiveError } from '../../core/errors';
import { startServer } from '../../server';
import type { RunningServer } from '../../server';
import { isLoopback, isOwnAddress, WILDCARD_HOSTS } from '../../server/addresses';
import { generatedCertificate, officeCertificate } from '../../server/certificate';
import type { ServerCertificate } from '../../server/certificate';
import { AccountStore, readingRoomDir } from '../../core/people';
import { setHistoryProgram } from '../../core/library';
import { cliIo } from '../io';
import { openLibraryFor } from '../library-option';
import type { LibraryOption } from '../library-option';
import { openInBrowser } from '../open-browser';

export interface ServeOptions extends LibraryOption {
  port?: string;
  /** The office reading room (issue 18): accounts, roles, audit, on the --host addresses. */
  lan?: boolean;
  host?: string[];
  name?: string[];
  cert?: string;
  key?: string;
  /** Plain HTTP, allowed only when every host is loopback. */
  http?: boolean;
  forgetSessions?: boolean;
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
  if (options.lan || options.host !== undefined) return serveReadingRoom(options, port, rendererDir, locale);
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

/**
 * `serve --lan --host ADDRESS… [--port N] [--cert FILE --key FILE] [--http] [--forget-sessions]`:
 * the office reading room. Every refusal is said before anything listens; the certificate is
 * the office's or the one generated on first start (its fingerprint printed for colleagues to check).
 */
async function serveReadingRoom(options: ServeOptions, port: number, rendererDir: string, locale: Locale): Promise<number> {
  const io = cliIo();
  const hosts = [...new Set(options.host ?? [])];
  if (!options.lan || hosts.length === 0) throw ArchiveError.of('bad-input', { code: 'lan-needs-host' });
  for (const host of hosts) if (!isOwnAddress(host)) throw ArchiveError.of('bad-input', { code: 'bad-host', given: host });
  if ((options.cert === undefined) !== (options.key === undefined)) throw ArchiveError.of('bad-input', { code: 'cert-needs-key' });
  const offLoopback = hosts.find((h) => !isLoopback(h));
  if (options.http && offLoopback !== undefined) throw ArchiveError.of('bad-input', { code: 'plain-http-off-loopback', host: offLoopback });
  setHistoryProgram('browser');
  const library = await openLibraryFor(options, 'write');
  try {
    if (!(await new AccountStore(library.dir).hasAdmin())) throw ArchiveError.of('bad-input', { code: 'no-admin-account' });
    const names = options.name ?? [];
    const certificate = options.http
      ? null
      : options.cert !== undefined && options.key !== undefined
        ? await officeCertificate(options.cert, options.key)
        : await generatedCertificate(readingRoomDir(library.dir), [...hosts.filter((h) => !WILDCARD_HOSTS.includes(h)), ...names]);
    const server = await startServer({ library, port, rendererDir, warmUpSearch: true, room: { hosts, names, certificate, forgetSessions: options.forgetSessions ?? false } });
    io.stdout.write(announceRoom(server, certificate, library.dir, locale));
    await new Promise<void>((resolve) => {
      const stop = io.onInterrupt(() => {
        stop();
        resolve();
      });
    });
    await server.close();
  } finally {
    await library.close();
  }
  return 0;
}

function announceRoom(server: RunningServer, certificate: ServerCertificate | null, libraryDir: string, locale: Locale): string {
  const zh = locale === 'zh';
  const lines = [
    zh ? '内刊档案阅览室已启动。' : 'The Bulletin Archive reading room is running.',
    // The same in both languages: scripts and tests look for it.
    `Reading room running at ${server.url}`,
    zh ? '请把以下地址告诉同事（在浏览器中打开）：' : 'Give colleagues this address (to open in their browser):',
    ...server.addresses.map((a) => `  ${a}`),
  ];
  if (certificate) {
    lines.push(
      zh
        ? `证书（${certificate.origin === 'office' ? '单位提供' : '首次启动时生成，保存在 ' + certificate.file}）的 SHA-256 指纹：`
        : `The certificate's SHA-256 fingerprint (${certificate.origin === 'office' ? "the office's" : `generated on first start, kept in ${certificate.file}`}):`,
      `  ${certificate.fingerprint}`,
      zh
        ? '同事首次打开时浏览器会提示证书不受信任：请核对浏览器显示的指纹与上面一致后再继续。'
        : 'On first visit a browser warns that the certificate is not trusted: check that the fingerprint it shows is the one above before going on.',
    );
  } else {
    lines.push(zh ? '明文 HTTP，仅限本机。' : 'Plain HTTP, this computer only.');
  }
  lines.push(zh ? `书库：${libraryDir}` : `Library: ${libraryDir}`, zh ? '按 Ctrl+C 停止。' : 'Press Ctrl+C to stop.');
  return `${lines.join('\n')}\n`;
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
