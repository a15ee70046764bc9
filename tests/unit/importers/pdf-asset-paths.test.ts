import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { pdfjsAssets, pdfjsFolderUrl } from '../../../electron/core/importers/pdf/pdfjs-assets';

/** What pdf.js itself says of a factory URL (it validates them in getDocument, synchronously). */
function pdfjsRefuses(folderUrl: string): string | null {
  try {
    const task = getDocument({ data: new Uint8Array(0), cMapUrl: folderUrl, standardFontDataUrl: folderUrl });
    void task.destroy();
    void task.promise.catch(() => undefined);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

describe('pdf.js asset folders on Windows and on Linux', () => {
  const installs = [
    { platform: 'win32', paths: path.win32, root: 'C:\\Program Files\\内刊档案\\resources\\app.asar.unpacked\\node_modules\\pdfjs-dist' },
    { platform: 'posix', paths: path.posix, root: '/opt/Bulletin Archive/resources/app.asar.unpacked/node_modules/pdfjs-dist' },
  ] as const;

  it.each(installs)('a $platform folder becomes a URL pdf.js accepts', ({ platform, paths, root }) => {
    const folder = paths.join(root, 'cmaps');
    const url = pdfjsFolderUrl(folder, platform);
    expect(url.endsWith('/')).toBe(true);
    expect(url).not.toContain('\\');
    expect(pdfjsRefuses(url)).toBeNull();
    // pdf.js appends the CMap's file name; the result still names the same file.
    expect(paths.normalize(`${url}GBK-EUC-H.bcmap`)).toBe(paths.join(folder, 'GBK-EUC-H.bcmap'));
  });

  it('the folder ending in a backslash, as before, is what pdf.js refuses', () => {
    expect(pdfjsRefuses(`${path.win32.join(installs[0].root, 'cmaps')}\\`)).toMatch(/trailing slash/);
  });

  it.each(['win32', 'posix'] as const)('the installed pdfjs-dist resolves to accepted URLs as on %s', (platform) => {
    const assets = pdfjsAssets(platform);
    expect(pdfjsRefuses(assets.cMapUrl)).toBeNull();
    expect(pdfjsRefuses(assets.standardFontDataUrl)).toBeNull();
    expect(assets.cMapUrl).toMatch(/cmaps\/$/);
    expect(assets.standardFontDataUrl).toMatch(/standard_fonts\/$/);
  });
});
