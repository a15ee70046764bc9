import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../../electron/core/export/pdf/find-browser';
import { BODY_FONTS, TITLE_FONTS } from '../../../electron/core/export/print/print-css';
import { layOutPrintDocument } from '../../../electron/core/export/print/print-document';
import { BUNDLED_BODY_FAMILY, BUNDLED_TITLE_FAMILY, printFontsFolder } from '../../../electron/core/export/print/print-fonts';
import { printHtmlPage, STANDALONE_CSP } from '../../../electron/core/export/print/print-html';
import { loadPrintSource } from '../../../electron/core/export/print/print-source';
import { libraryWithSample, tempDir } from '../../helpers/temp-library';
import { options, SAMPLE_TITLES } from './helpers';

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
      const { view } = await layOutPrintDocument(source, options(), { marks: [], warnings: [] }, null, { pdf: false });
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({
        executablePath: findBrowser()!,
        env: { ...process.env, FONTCONFIG_FILE: conf, HOME: dir },
        args: ['--disable-gpu', '--no-first-run'],
        chromiumSandbox: process.getuid?.() !== 0,
      });
      try {
        const page = await (await browser.newContext({ javaScriptEnabled: false, offline: true })).newPage();
        await page.setContent(printHtmlPage(view), { waitUntil: 'load' });
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
