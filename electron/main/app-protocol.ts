import { protocol } from 'electron';
import { readStaticFile } from '../server/static-files';
import { APP_HOST, APP_SCHEME, PRINT_HOST } from './app-url';
import { APP_CONTENT_SECURITY_POLICY, PRINT_CONTENT_SECURITY_POLICY } from './csp';
import type { PrintDocuments } from './print-documents';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false, codeCache: true } },
  ]);
}

/**
 * Serves the built renderer from `rendererDir` at app://bundle/ and the documents being printed
 * at app://print/; anything else is a 404.
 */
export function serveAppScheme(rendererDir: string, printDocuments: PrintDocuments): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host === PRINT_HOST) {
      const html = printDocuments.read(request.url);
      return html === null
        ? new Response('Not found', { status: 404, headers: headers(PRINT_CONTENT_SECURITY_POLICY, 'text/plain; charset=utf-8') })
        : new Response(html, { status: 200, headers: headers(PRINT_CONTENT_SECURITY_POLICY, 'text/html; charset=utf-8') });
    }
    const file = url.host === APP_HOST ? await readStaticFile(rendererDir, url.pathname) : null;
    if (!file)
      return new Response('Not found', { status: 404, headers: headers(APP_CONTENT_SECURITY_POLICY, 'text/plain; charset=utf-8') });
    return new Response(new Uint8Array(file.body), { status: 200, headers: headers(APP_CONTENT_SECURITY_POLICY, file.contentType) });
  });
}

function headers(policy: string, contentType: string): Record<string, string> {
  return { 'Content-Security-Policy': policy, 'X-Content-Type-Options': 'nosniff', 'Content-Type': contentType };
}
