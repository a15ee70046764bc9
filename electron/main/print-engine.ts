import { BrowserWindow } from 'electron';
import type { PdfEngine } from '../core/export';
import type { PrintDocuments } from './print-documents';

/**
 * PDFs in Electron: the print document in a hidden window of Electron's own Chromium, no script
 * and no network, printed with webContents.printToPDF. The same HTML and stylesheet as the print
 * view, so the measured page numbers are those the printout has. The HTML is served by the app
 * protocol for the duration (print-documents.ts): a data: URL fails above 2 MB.
 */
export class ElectronPdfEngine implements PdfEngine {
  constructor(private readonly documents: PrintDocuments) {}

  async pdf(html: string): Promise<Uint8Array> {
    const url = this.documents.add(html);
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
      this.documents.remove(url);
      window.destroy();
    }
  }

  async close(): Promise<void> {}
}
