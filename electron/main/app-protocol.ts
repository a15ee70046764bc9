import { protocol } from 'electron';
import { readStaticFile } from '../server/static-files';
import { APP_HOST, APP_SCHEME } from './app-url';
import { APP_CONTENT_SECURITY_POLICY } from './csp';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false, codeCache: true } },
  ]);
}

/** Serves the built renderer from `rendererDir`; anything outside it is a 404. */
export function serveAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? await readStaticFile(rendererDir, url.pathname) : null;
    const headers = {
      'Content-Security-Policy': APP_CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Content-Type': file?.contentType ?? 'text/plain; charset=utf-8',
    };
    if (!file) return new Response('Not found', { status: 404, headers });
    return new Response(new Uint8Array(file.body), { status: 200, headers });
  });
}
