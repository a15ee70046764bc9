/** The UI is served from `app://bundle/…`, never from file:// or the network. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;
/** Documents being printed to PDF (print-documents.ts): a host of their own, never a trusted page. */
export const PRINT_HOST = 'print';

export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** The app's own page (a reload), with no query: a hash is only a place inside it. */
export function isAppIndexUrl(url: string): boolean {
  if (!isAppUrl(url)) return false;
  const parsed = new URL(url);
  return (parsed.pathname === '/index.html' || parsed.pathname === '/') && parsed.search === '' && parsed.username === '' && parsed.password === '';
}

export function isPrintDocumentUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === PRINT_HOST;
  } catch {
    return false;
  }
}
