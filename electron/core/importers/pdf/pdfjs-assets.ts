import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface PdfjsAssets {
  cMapUrl: string;
  standardFontDataUrl: string;
}

type Platform = 'win32' | 'posix';

/**
 * The CMaps and standard fonts of the installed pdfjs-dist, as plain folder paths (pdf.js in
 * Node reads them with fs; a file:// URL is not understood). Without them pdf.js returns empty
 * text, and no error, for Chinese PDFs with predefined CMaps or non-embedded fonts.
 */
export function pdfjsAssets(platform: Platform = process.platform === 'win32' ? 'win32' : 'posix'): PdfjsAssets {
  const paths = platform === 'win32' ? path.win32 : path.posix;
  const root = paths.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return {
    cMapUrl: pdfjsFolderUrl(unpacked(paths.join(root, 'cmaps')), platform),
    standardFontDataUrl: pdfjsFolderUrl(unpacked(paths.join(root, 'standard_fonts')), platform),
  };
}

/**
 * pdf.js 5 refuses a factory "URL" that does not end in `/` ("must include trailing slash"), and
 * appends file names to it with `/`. Windows' fs reads `C:/…/cmaps/GBK-EUC-H.bcmap` as well as
 * backslashes, so the folder is written with forward slashes on every platform: ending it with
 * the platform's separator made every PDF import fail on Windows.
 */
export function pdfjsFolderUrl(folder: string, platform: Platform): string {
  const slashed = platform === 'win32' ? folder.replaceAll('\\', '/') : folder;
  return slashed.endsWith('/') ? slashed : `${slashed}/`;
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
