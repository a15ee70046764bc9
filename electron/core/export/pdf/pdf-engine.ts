import type { Browser } from 'playwright-core';
import { ArchiveError } from '../../errors';
import { browserCandidates, findBrowser, noBrowserMessage } from './find-browser';

/** Prints a self-contained HTML page to PDF. Electron provides one of its own (printToPDF). */
export interface PdfEngine {
  pdf(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * A locally installed Chromium driven by playwright-core: launched on first use and kept for
 * the next (the two passes of one document, or a whole `--all` export). Pages run no script
 * and may load nothing: the HTML is self-contained and the archive stays offline.
 */
export class ChromiumPdfEngine implements PdfEngine {
  private browser: Promise<Browser> | null = null;

  constructor(private readonly executablePath: string | null = findBrowser()) {}

  static available(): boolean {
    return findBrowser() !== null;
  }

  async pdf(html: string): Promise<Uint8Array> {
    const browser = await this.launch();
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      await context.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      await context.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    const launching = this.browser;
    this.browser = null;
    if (launching) await (await launching.catch(() => null))?.close().catch(() => undefined);
  }

  private launch(): Promise<Browser> {
    if (!this.executablePath) throw new ArchiveError('not-found', noBrowserMessage(browserCandidates()));
    const executablePath = this.executablePath;
    this.browser ??= import('playwright-core').then(({ chromium }) =>
      chromium.launch({
        executablePath,
        headless: true,
        args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        // Root in containers and some kiosks has no usable sandbox; elsewhere keep it.
        chromiumSandbox: process.getuid?.() !== 0,
      }),
    );
    this.browser.catch(() => {
      this.browser = null;
    });
    return this.browser;
  }
}
