import { randomBytes } from 'node:crypto';
import { PRINT_HOST, APP_SCHEME } from './app-url';

/**
 * HTML waiting to be printed by a hidden window, served by the app:// handler at
 * `app://print/<token>.html` for as long as the print takes. A data: URL would do for small
 * documents only: Chromium refuses URLs over 2 MB, which a large issue's print HTML exceeds.
 */
export class PrintDocuments {
  private readonly waiting = new Map<string, string>();

  add(html: string): string {
    const name = `${randomBytes(18).toString('base64url')}.html`;
    this.waiting.set(name, html);
    return `${APP_SCHEME}://${PRINT_HOST}/${name}`;
  }

  remove(url: string): void {
    this.waiting.delete(nameOf(url));
  }

  /** The document at `url`, or null (unknown, or already printed). */
  read(url: string): string | null {
    return this.waiting.get(nameOf(url)) ?? null;
  }
}

function nameOf(url: string): string {
  return new URL(url).pathname.replace(/^\//, '');
}
