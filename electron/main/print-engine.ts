import { BrowserWindow } from 'electron';
import type { PdfEngine } from '../core/export';
import { ArchiveError } from '../core/errors';

/** Chromium refuses longer URLs; a document this large is exported as HTML instead. */
const MAX_DATA_URL = 2 * 1024 * 1024 - 64;

/**
 * PDFs in Electron: the print document in a hidden window of Electron's own Chromium, no script
 * and no network, printed with webContents.printToPDF. The same HTML and stylesheet as the print
 * view, so the measured page numbers are those the printout has.
 */
export class ElectronPdfEngine implements PdfEngine {
  async pdf(html: string): Promise<Uint8Array> {
    const url = `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
    if (url.length > MAX_DATA_URL) {
      throw new ArchiveError(
        'bad-input',
        'This document is too large to print in one piece. Print fewer articles at a time, or export it as HTML.',
      );
    }
    const window = new BrowserWindow({
      show: false,
      webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true },
    });
    try {
      await window.loadURL(url);
      const pdf = await window.webContents.printToPDF({
        preferCSSPageSize: true,
        printBackground: true,
        generateDocumentOutline: true,
        generateTaggedPDF: true,
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      window.destroy();
    }
  }

  async close(): Promise<void> {}
}
