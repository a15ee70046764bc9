import type { PrintOptions } from '../../../../shared/contract/export';
import { BUNDLED_BODY_FAMILY, BUNDLED_TITLE_FAMILY } from './print-fonts';

/**
 * The print stylesheet, in the spirit of GB/T 9704 (党政机关公文格式): A4 with a type area of
 * 156 × 225 mm (margins: top 37, bottom 35, left 28, right 26 mm), titles in 小标宋 or another
 * Song face, body in 仿宋 where installed, page numbers as `— 3 —` under the type area, and a
 * running header naming the series and issue. Every font stack reaches a face the archive
 * bundles (GB 2312), so nothing prints as boxes on a machine without Chinese fonts.
 */
export interface PageHeaders {
  /** Running header of the pages that are not a cover, by CSS page name. */
  groups: readonly { pageName: string; header: string }[];
  /** Running header of pages outside any group (basket cover, endnotes). */
  fallback: string;
}

const PAPER = {
  A4: { size: 'A4', margin: '37mm 26mm 35mm 28mm', width: '210mm', header: '9pt', footer: '14pt', headerGap: '10mm', footerGap: '7mm' },
  A5: { size: 'A5', margin: '25mm 18mm 24mm 20mm', width: '148mm', header: '8pt', footer: '11pt', headerGap: '7mm', footerGap: '5mm' },
} as const;

/*
 * Font stacks in GB/T 9704 order: the official faces first (仿宋_GB2312 and 方正小标宋简体, as
 * government workstations have them), then the Windows and macOS relatives, then the faces the
 * archive bundles (print-fonts.ts), which cover GB 2312 on any machine; the rest catch rarer
 * characters outside GB 2312 where the system has a Chinese font at all.
 */
const RARE_SERIF = '"Noto Serif CJK SC", "Source Han Serif SC", "Source Han Serif CN", "SimSun", "宋体", "Songti SC"';
export const TITLE_FONTS = `"方正小标宋简体", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05", "方正小标宋_GBK", "STZhongsong", "华文中宋", "${BUNDLED_TITLE_FAMILY}", ${RARE_SERIF}, serif`;
export const BODY_FONTS = `"仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "华文仿宋", "${BUNDLED_BODY_FAMILY}", ${RARE_SERIF}, serif`;
export const HEI_FONTS = `"SimHei", "黑体", "STHeiti", "Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "Microsoft YaHei", "微软雅黑", "${BUNDLED_TITLE_FAMILY}", sans-serif`;
const SONG_FONTS = `"SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", "${BUNDLED_BODY_FAMILY}", serif`;

export function printCss(options: Pick<PrintOptions, 'paper' | 'fontSize'>, headers: PageHeaders): string {
  const paper = PAPER[options.paper];
  const header = (content: string): string =>
    `@top-center { content: ${cssString(content)}; font-family: ${BODY_FONTS}; font-size: ${paper.header}; color: #333; vertical-align: bottom; padding-bottom: ${paper.headerGap}; }`;
  const groupPages = headers.groups
    .map((g) => `.pd .${g.pageName} { page: ${g.pageName}; }\n@page ${g.pageName} { ${header(g.header)} }`)
    .join('\n');
  return `
@page {
  size: ${paper.size};
  margin: ${paper.margin};
  ${header(headers.fallback)}
  @bottom-center { content: "— " counter(page) " —"; font-family: ${SONG_FONTS}; font-size: ${paper.footer}; vertical-align: top; padding-top: ${paper.footerGap}; }
}
@page pd-cover { @top-center { content: none; } }
${groupPages}

.pd {
  --pd-size: ${options.fontSize}pt;
  color: #000;
  background: #fff;
  font-family: ${BODY_FONTS};
  font-size: var(--pd-size);
  line-height: 1.8;
  text-align: justify;
  font-kerning: none;
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}
.pd * { box-sizing: border-box; }
.pd h1, .pd h2, .pd h3, .pd p, .pd ol { margin: 0; padding: 0; }
.pd .pd-cover { page: pd-cover; }

.pd .pd-masthead { text-align: center; padding-bottom: 0.6em; margin-bottom: 1.6em; border-bottom: 2.5pt solid #c00; position: relative; }
.pd .pd-masthead::after { content: ""; position: absolute; left: 0; right: 0; bottom: -5pt; border-bottom: 0.75pt solid #c00; }
.pd .pd-series { font-family: ${TITLE_FONTS}; font-weight: normal; color: #c00; font-size: calc(var(--pd-size) * 2.6); line-height: 1.3; letter-spacing: 0.12em; margin: 0.4em 0 0.3em; }
.pd .pd-number { font-size: var(--pd-size); margin-bottom: 1.2em; }
.pd .pd-mastline { display: flex; justify-content: space-between; font-size: calc(var(--pd-size) * 0.875); }

.pd .pd-toc { margin-top: 1em; }
.pd .pd-toc-title { font-family: ${HEI_FONTS}; font-weight: normal; text-align: center; font-size: calc(var(--pd-size) * 1.125); margin-bottom: 0.8em; }
.pd .pd-toc-list { list-style: none; }
.pd .pd-toc-entry { display: flex; align-items: last baseline; gap: 0.25em; margin-bottom: 0.35em; break-inside: avoid; }
.pd .pd-toc-text { flex: 0 1 auto; padding-left: 1.25em; text-indent: -1.25em; }
.pd .pd-toc-star { display: inline-block; width: 1.25em; text-indent: 0; }
.pd .pd-toc-issue { font-size: 0.8em; color: #333; }
.pd .pd-toc-leader { flex: 1 1 2em; border-bottom: 1.2pt dotted #000; margin: 0 0.2em; min-width: 2em; transform: translateY(-0.3em); }
.pd .pd-toc-page { flex: none; min-width: 2em; text-align: right; font-variant-numeric: tabular-nums; }

.pd .pd-article { margin-bottom: 1.6em; }
.pd .pd-head { break-inside: avoid; }
.pd .pd-title { position: relative; font-family: ${TITLE_FONTS}; font-weight: normal; text-wrap: balance; font-size: calc(var(--pd-size) * 1.375); line-height: 1.45; text-align: center; margin: 0.6em 0 0.5em; break-after: avoid; }
.pd .pd-facts { text-align: center; font-family: ${HEI_FONTS}; font-size: calc(var(--pd-size) * 0.75); color: #333; margin-bottom: 0.6em; break-after: avoid; }
.pd .pd-heading { font-family: ${HEI_FONTS}; font-weight: normal; font-size: var(--pd-size); text-indent: 2em; margin: 0.2em 0; break-after: avoid; }
.pd .pd-p { text-indent: 2em; orphans: 2; widows: 2; }
.pd .pd-source { text-align: right; }
.pd .pd-hl { background: #e6e6e6; color: inherit; text-decoration: underline; text-decoration-thickness: 0.8pt; text-underline-offset: 0.2em; }
.pd .pd-noteref { font-size: 0.6em; line-height: 0; vertical-align: super; margin: 0 0.1em; }

.pd .pd-colophon { display: flex; flex-wrap: wrap; gap: 0 2em; border-top: 0.75pt solid #000; border-bottom: 0.75pt solid #000; padding: 0.3em 0.5em; margin-top: 2em; font-size: calc(var(--pd-size) * 0.875); break-inside: avoid; }

.pd .pd-endnotes { break-before: page; }
.pd .pd-endnotes-title { font-family: ${HEI_FONTS}; font-weight: normal; text-align: center; font-size: calc(var(--pd-size) * 1.125); margin-bottom: 0.8em; }
.pd .pd-endnote-list { list-style: none; font-size: calc(var(--pd-size) * 0.875); }
.pd .pd-endnote { margin-bottom: 0.4em; break-inside: avoid; }
.pd .pd-endnote-number { margin-right: 0.4em; }
.pd .pd-endnote-where { font-family: ${HEI_FONTS}; margin-right: 0.5em; }

@media screen {
  .pd { width: ${paper.width}; margin: 0 auto; padding: ${paper.margin}; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.25); }
  /* On screen there are no pages: a dashed rule marks where paper starts a new one. */
  .pd .pd-cover { border-bottom: 1px dashed #aaa; padding-bottom: 2em; margin-bottom: 2em; }
  .pd .pd-issue + .pd-issue, .pd .pd-endnotes { border-top: 1px dashed #aaa; padding-top: 2em; margin-top: 2em; }
}
@media print {
  .pd { width: auto; margin: 0; padding: 0; box-shadow: none; }
}
`;
}

/**
 * A CSS string literal for generated content (series names and titles come from bulletins):
 * every character that is not a letter or digit is written as a hex escape, so no quote,
 * backslash, newline or `</style>` can end the string or the stylesheet.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const char of text) {
    out += /^[\p{L}\p{N}]$/u.test(char) ? char : `\\${(char.codePointAt(0) ?? 0x3f).toString(16)} `;
  }
  return `${out}"`;
}
