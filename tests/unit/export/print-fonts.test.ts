import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../../electron/core/export/pdf/find-browser';
import { convert } from 'fontverter';
import type { PrintElement } from '../../../shared/contract/export';
import { Blob as FontBlob, Face } from 'harfbuzzjs';
import { documentCharacters, documentFontFaces, subsetsCutSoFar } from '../../../electron/core/export/print/document-fonts';
import { BODY_FONTS, printCss, TITLE_FONTS } from '../../../electron/core/export/print/print-css';
import { layOutPrintDocument } from '../../../electron/core/export/print/print-document';
import { BUNDLED_BODY_FAMILY, BUNDLED_TITLE_FAMILY, printFontsFolder } from '../../../electron/core/export/print/print-fonts';
import { printHtmlPage, STANDALONE_CSP } from '../../../electron/core/export/print/print-html';
import { loadPrintSource } from '../../../electron/core/export/print/print-source';
import { libraryWithSample, tempDir } from '../../helpers/temp-library';
import { options, SAMPLE_TITLES } from './helpers';

/** The characters a face maps (its cmap), as a sorted string. */
const charactersOf = (font: Uint8Array): string =>
  [...new Face(new FontBlob(font)).collectUnicodes()]
    .map((cp) => String.fromCodePoint(cp))
    .sort()
    .join('');

/** The inlined face of `family` in a page's font rules, decoded. */
const inlinedFace = (rules: string, family: string): Uint8Array => {
  const found = new RegExp(`font-family: "${family}"; src: url\\("data:font/[\\w-]+;base64,([A-Za-z0-9+/=]+)"`).exec(rules);
  if (!found) throw new Error(`no inlined ${family}`);
  return Buffer.from(found[1]!, 'base64');
};

const families = (stack: string): string[] => stack.split(',').map((f) => f.trim().replace(/^"|"$/g, ''));

describe('print fonts', () => {
  it('names the official faces first in GB/T 9704 order, then the bundled face, for body and titles', () => {
    const body = families(BODY_FONTS);
    expect(body.indexOf('仿宋_GB2312')).toBe(0);
    expect(body.indexOf('仿宋_GB2312')).toBeLessThan(body.indexOf('FangSong'));
    expect(body.indexOf('FangSong')).toBeLessThan(body.indexOf('STFangsong'));
    expect(body.indexOf('STFangsong')).toBeLessThan(body.indexOf(BUNDLED_BODY_FAMILY));
    // No Song face comes before the bundled 仿宋 stand-in: a Song body is what the issue reported.
    expect(body.slice(0, body.indexOf(BUNDLED_BODY_FAMILY)).some((f) => /Song(?!_)|Serif|宋体|SimSun/i.test(f) && !/Fang/i.test(f))).toBe(
      false,
    );
    const title = families(TITLE_FONTS);
    expect(title.indexOf('方正小标宋简体')).toBe(0);
    expect(title.indexOf('FZXiaoBiaoSong-B05S')).toBeLessThan(title.indexOf(BUNDLED_TITLE_FAMILY));
    expect(title.indexOf(BUNDLED_TITLE_FAMILY)).toBeLessThan(title.indexOf('Noto Serif CJK SC'));
  });

  it('inlines both bundled faces in the print page, which its policy lets load from data: only', () => {
    expect(printFontsFolder()).not.toBeNull();
    const html = printHtmlPage({ title: 't', root: { tag: 'div', children: ['正文'] }, css: '' });
    for (const family of [BUNDLED_BODY_FAMILY, BUNDLED_TITLE_FAMILY]) {
      expect(html).toMatch(new RegExp(`@font-face \\{ font-family: "${family}"; src: url\\("data:font/woff2;base64,[A-Za-z0-9+/]{1000,}`));
    }
    expect(STANDALONE_CSP).toContain('font-src data:');
    expect(html).not.toMatch(/file:|https?:/);
  });

  it('cuts each bundled face to exactly the characters the document prints; one outside GB 2312 is left to the next font', async () => {
    const css = printCss(options(), { groups: [], fallback: '科技情报参考' });
    const root: PrintElement = {
      tag: 'div',
      cls: 'pd',
      children: [
        { tag: 'h1', cls: 'pd-title', children: ['标题甲乙'] },
        // 堃 is GBK, not GB 2312; 𠮷 is outside the BMP: neither is in the bundled faces.
        { tag: 'p', cls: 'pd-para', children: ['正文丙丁，堃𠮷。'] },
      ],
    };
    const chars = documentCharacters(root, css);
    const rules = await documentFontFaces(chars);
    const folder = printFontsFolder()!;
    const body = inlinedFace(rules, BUNDLED_BODY_FAMILY);
    const bodyWhole = new Set(charactersOf(await convert(readFileSync(path.join(folder, 'bulletin-kai-gb.woff2')), 'sfnt')));
    expect(bodyWhole.size).toBeGreaterThan(6000);
    const expected = [...chars.body].filter((c) => bodyWhole.has(c)).join('');
    expect(charactersOf(body)).toBe(expected);
    for (const c of '标题甲乙正文丙丁，。— 0123456789科技情报参考') expect(charactersOf(body)).toContain(c);
    expect(charactersOf(body)).not.toMatch(/[堃𠮷]/u);
    expect(body.length).toBeLessThan(100_000);

    // The title face keeps the titles (and page-number digits), not the body text.
    const title = charactersOf(inlinedFace(rules, BUNDLED_TITLE_FAMILY));
    for (const c of '标题甲乙0123456789') expect(title).toContain(c);
    expect(title).not.toMatch(/[丙丁]/);

    // Past the bundled face the stack still names fonts to try (the no-CJK print below shows the rest).
    expect(families(BODY_FONTS).indexOf(BUNDLED_BODY_FAMILY)).toBeLessThan(families(BODY_FONTS).length - 1);
  }, 120_000);

  it('lays out an issue with its fonts cut once: a small page, the same subset again for a second print', async () => {
    const { library, issueId } = await libraryWithSample();
    try {
      const source = await loadPrintSource(library, { kind: 'issue', issueId });
      const first = await layOutPrintDocument(source, options(), { marks: [], warnings: [] }, null, { pdf: false });
      const cut = subsetsCutSoFar();
      const again = await layOutPrintDocument(source, options(), { marks: [], warnings: [] }, null, { pdf: false });
      expect(subsetsCutSoFar()).toBe(cut);
      expect(again.fontFaces).toBe(first.fontFaces);
      const page = printHtmlPage(first.view, first.fontFaces);
      const whole = printHtmlPage(first.view);
      expect(whole.length).toBeGreaterThan(5_000_000);
      expect(page.length).toBeLessThan(whole.length / 5);
      for (const t of SAMPLE_TITLES) for (const c of t) expect(charactersOf(inlinedFace(first.fontFaces, BUNDLED_TITLE_FAMILY))).toContain(c);
    } finally {
      await library.close();
    }
  }, 120_000);

  it.skipIf(findBrowser() === null)(
    'prints 楷/仿宋-style body and bold-serif titles from the bundled fonts, embedded as subsets, where the system has no Chinese font',
    async () => {
      // Fontconfig sees only DejaVu (no CJK): the workstation of the issue.
      const dir = tempDir();
      const conf = path.join(dir, 'fonts.conf');
      mkdirSync(path.join(dir, 'cache'));
      writeFileSync(
        conf,
        `<?xml version="1.0"?><fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>${path.join(dir, 'cache')}</cachedir></fontconfig>`,
      );
      const cjk = execFileSync('fc-list', [':lang=zh', 'family'], { env: { ...process.env, FONTCONFIG_FILE: conf }, encoding: 'utf8' });
      expect(cjk.trim()).toBe('');

      const { library, issueId } = await libraryWithSample();
      const source = await loadPrintSource(library, { kind: 'issue', issueId });
      const { view, fontFaces } = await layOutPrintDocument(source, options(), { marks: [], warnings: [] }, null, { pdf: false });
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({
        executablePath: findBrowser()!,
        env: { ...process.env, FONTCONFIG_FILE: conf, HOME: dir },
        args: ['--disable-gpu', '--no-first-run'],
        chromiumSandbox: process.getuid?.() !== 0,
      });
      try {
        const page = await (await browser.newContext({ javaScriptEnabled: false, offline: true })).newPage();
        // The page as the app prints it: the bundled faces cut to this issue's characters.
        await page.setContent(printHtmlPage(view, fontFaces), { waitUntil: 'load' });
        const file = path.join(dir, 'issue.pdf');
        writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));

        const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
        // Embedded (emb) subsets (sub, and the ABCDEF+ prefix) of the two bundled faces.
        const embeddedSubset = (name: string) => new RegExp(`^[A-Z]{6}\\+${name}\\s.*\\byes\\s+yes\\s+yes\\s+\\d+\\s+\\d+\\s*$`, 'm');
        expect(fonts.join('\n')).toMatch(embeddedSubset('BulletinArchiveKaiGB-Regular'));
        expect(fonts.join('\n')).toMatch(embeddedSubset('BulletinArchiveSerifGB-Bold'));
        expect(fonts.some((line) => /Noto|WenQuanYi|Droid/i.test(line))).toBe(false);

        // The text is there to read (not boxes): titles and body come back out of the PDF.
        const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '').normalize('NFKC');
        for (const title of SAMPLE_TITLES) expect(text).toContain(title.normalize('NFKC'));
        expect(text).toContain('编辑：李涛'.normalize('NFKC'));
      } finally {
        await browser.close();
        await library.close();
      }
    },
    120_000,
  );
});
