import type { Page } from 'playwright-core';

/**
 * Arms a page so that running any injected script shows: a dialog, a write to window.__xss,
 * (optionally) window.print, and any request `allowed` refuses are recorded in the list returned.
 */
export async function armTripwire(page: Page, options: { allowed: (url: string) => boolean; print?: boolean }): Promise<string[]> {
  const tripped: string[] = [];
  await page.exposeFunction('__tripwire', (what: string) => tripped.push(what));
  await page.addInitScript((tripPrint: boolean) => {
    const trip = (what: string) => () => (window as unknown as { __tripwire(w: string): void }).__tripwire(what);
    Object.defineProperty(window, '__xss', { set: trip('__xss'), get: () => undefined });
    window.alert = trip('alert');
    window.confirm = () => (trip('confirm')(), false);
    window.prompt = () => (trip('prompt')(), null);
    if (tripPrint) window.print = trip('print');
  }, options.print ?? false);
  page.on('dialog', (dialog) => {
    tripped.push(`dialog:${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (!options.allowed(request.url())) tripped.push(`request:${request.url()}`);
  });
  return tripped;
}
