import { existsSync } from 'node:fs';
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
    cMapUrl: unpacked(join(root, 'cmaps')) + sep,
    standardFontDataUrl: unpacked(join(root, 'standard_fonts')) + sep,
  };
}

/**
 * In a packaged app the folders sit inside app.asar; electron-builder's asarUnpack puts real
 * copies beside it in app.asar.unpacked. Read those when present, so this does not depend on
 * asar support in the worker thread's fs.
 */
function unpacked(folder: string): string {
  const candidate = folder.replace(/\.asar(?=[\\/])/, '.asar.unpacked');
  return candidate !== folder && existsSync(candidate) ? candidate : folder;
}
