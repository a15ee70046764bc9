import { isAppIndexUrl, isAppUrl, isPrintDocumentUrl } from './app-url';

/**
 * Security decisions as pure functions, so that they are unit-tested rather than trusted to a
 * static scanner. The app is offline by design: anything not its own is refused.
 */

/**
 * The page never navigates away: views change inside the single page, and dropped files, links
 * and redirects go nowhere. The one exception is the app's own index, so that reloading (the
 * error screen's "Reload" button) is not refused.
 */
export function allowNavigation(url: string): boolean {
  return isAppIndexUrl(url);
}

/** window.open and target=_blank open nothing. */
export function windowOpenDecision(_url: string): { action: 'deny' } {
  return { action: 'deny' };
}

/** Camera, notifications, clipboard-read, fullscreen from the page…: all denied. */
export function allowPermission(_permission: string): false {
  return false;
}

/** Only the app's own resources, its print documents (and the dev tools' pages) may load. */
export function allowRequest(url: string): boolean {
  if (isAppUrl(url) || isPrintDocumentUrl(url)) return true;
  try {
    const protocol = new URL(url).protocol;
    return protocol === 'devtools:' || protocol === 'data:';
  } catch {
    return false;
  }
}

/** An IPC message is answered only when it comes from the app's own page in its main frame. */
export function isTrustedSender(frame: { url: string; parent: object | null } | null): boolean {
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}
