import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The faces the archive carries for print (resources/fonts/, made by scripts/subset-print-fonts.py):
 * GB 2312 subsets of two OFL fonts, renamed as their licence asks of a modified version. They
 * stand in where a workstation has no 仿宋 or 小标宋 (every Linux desktop, and machines with no
 * Chinese font at all), so a printed page never falls back to a Song body or to empty boxes.
 * Official faces still win where installed: the bundled ones come after them in every stack.
 */
export const BUNDLED_FONTS = [
  // LXGW WenKai Regular: a 楷 face, the closest free relative of 仿宋 with GB 2312 coverage.
  { family: 'Bulletin Archive Kai GB', file: 'bulletin-kai-gb.woff2', weight: '400' },
  // Noto Serif CJK SC Bold: a heavy Song, standing in for 小标宋 (titles print at normal weight).
  { family: 'Bulletin Archive Serif GB', file: 'bulletin-serif-gb-bold.woff2', weight: '100 900' },
] as const;

export const BUNDLED_BODY_FAMILY = BUNDLED_FONTS[0].family;
export const BUNDLED_TITLE_FAMILY = BUNDLED_FONTS[1].family;

/** resources/fonts beside the source tree (development, CLI), the bundled main (out/main), or the packaged app. */
export function printFontsFolder(): string | null {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const packaged = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  const candidates = [
    path.resolve(here, '../../../../resources/fonts'),
    path.resolve(here, '../../resources/fonts'),
    ...(packaged ? [path.join(packaged, 'fonts')] : []),
  ];
  return candidates.find((c) => existsSync(path.join(c, BUNDLED_FONTS[0].file))) ?? null;
}

let cached: string | null = null;

/**
 * `@font-face` rules with the fonts inline (data: URLs): the print page loads nothing from disk
 * or network (its policy allows fonts from data: only), the exported HTML carries them, and
 * Chromium embeds in the PDF a subset of just the glyphs printed. Read once per process.
 */
export function bundledFontFaces(): string {
  cached ??= fontFacesFrom(printFontsFolder());
  return cached;
}

/** The rules for the fonts found in `folder`; none (system fonts only) when it has none. */
export function fontFacesFrom(folder: string | null): string {
  if (folder === null) return '';
  return BUNDLED_FONTS.flatMap((font) => {
    const file = path.join(folder, font.file);
    if (!existsSync(file)) return [];
    const data = readFileSync(file).toString('base64');
    return [
      `@font-face { font-family: "${font.family}"; src: url("data:font/woff2;base64,${data}") format("woff2"); font-weight: ${font.weight}; font-style: normal; font-display: block; }`,
    ];
  }).join('\n');
}
