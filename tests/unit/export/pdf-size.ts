import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The first page's size in points, read with pdf.js. */
export const PDFDocument = {
  async firstPageSize(bytes: Uint8Array): Promise<{ width: number; height: number }> {
    const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
    try {
      const page = await doc.getPage(1);
      const [, , width = 0, height = 0] = page.view;
      return { width, height };
    } finally {
      await doc.destroy();
    }
  },
};
