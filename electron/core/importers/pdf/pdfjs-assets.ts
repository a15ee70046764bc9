import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';

export interface PdfjsAssets {
  cMapUrl: string;
  standardFontDataUrl: string;
}

/**
 * The CMaps and standard fonts of the installed pdfjs-dist, as plain folder paths (pdf.js in
 * Node reads them with fs; a file:// URL is not understood). Without them pdf.js returns empty
 * text, and no error, for Chinese PDFs with predefined CMaps or non-embedded fonts.
 */
export function pdfjsAssets(): PdfjsAssets {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return {
    cMapUrl: join(root, 'cmaps') + sep,
    standardFontDataUrl: join(root, 'standard_fonts') + sep,
  };
}
