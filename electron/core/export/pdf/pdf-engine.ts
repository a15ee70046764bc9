import type { Browser, BrowserContext } from 'playwright-core';
import { ArchiveError } from '../../errors';
import { browserCandidates, findBrowser, noBrowserMessage } from './find-browser';

/** Prints a self-contained HTML page to PDF. Electron provides one of its own (printToPDF). */
export interface PdfEngine {
  pdf(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * A locally installed Chromium driven by playwright-core: launched on first use and kept, with
 * one locked-down browsing context, for the next print (the two passes of one document, a whole
 * `--all` export, the next export), until close(). Each print gets a fresh page in that context.
 * Pages run no script and may load nothing: the HTML is self-contained and the archive stays offline.
 */
export class ChromiumPdfEngine implements PdfEngine {
  private browser: Promise<Browser> | null = null;
  private context: Promise<BrowserContext> | null = null;
  private printed = 0;

  constructor(private readonly executablePath: string | null = findBrowser()) {}

  static available(): boolean {
    return findBrowser() !== null;
  }

  /** How many documents this engine has printed (tests count them). */
  get prints(): number {
    return this.printed;
  }

  async pdf(html: string): Promise<Uint8Array> {
    const context = await this.openContext();
    const page = await context.newPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
      this.printed += 1;
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      await page.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    const launching = this.browser;
    this.browser = null;
    this.context = null;
    if (launching) await (await launching.catch(() => null))?.close().catch(() => undefined);
  }

  /** The kept context; a new one (and browser) when the last was closed or its browser died. */
  private openContext(): Promise<BrowserContext> {
    this.context ??= this.launch().then(async (browser) => {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      await context.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
      context.once('close', () => {
        this.context = null;
      });
      return context;
    });
    this.context.catch(() => {
      this.context = null;
    });
    return this.context;
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
    this.browser.then(
      (browser) =>
        browser.once('disconnected', () => {
          this.browser = null;
          this.context = null;
        }),
      () => {
        this.browser = null;
      },
    );
    return this.browser;
  }
}
