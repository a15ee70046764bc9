import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocx } from '../../../electron/core/importers/docx/extract-docx';
import { readBulletin } from '../../../electron/core/importers/read-bulletin';
import { ArchiveError } from '../../../electron/core/errors';
import { sayMessage } from '../../../shared/message-text';
import { cli } from '../../helpers/cli';
import { tempDir } from '../../helpers/temp-library';
import { docxFixture } from './helpers/fixtures';

/**
 * Issue 20, defect 12: messages leaked the libraries' internals ("[xmldom error]… line:undefined",
 * "Bug : uncompressed data size mismatch", "Cannot read properties of undefined") or misled ("Word
 * import is not yet supported" for ZIP and OFD files, although Word import works).
 */
const SHARED = path.resolve(__dirname, '../../../../shared/fixtures');
const fixture = (...parts: string[]) => new Uint8Array(readFileSync(path.join(SHARED, ...parts)));
const INTERNALS = /xmldom|line:\s*undefined|Bug :|Cannot read propert|undefined|\[object|at .+\.js:\d+/;

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seeded mutants of a real Word file: bytes overwritten (1 to 16 of them) or the file cut short. */
function mutants(bytes: Uint8Array, count: number, seed: number): Uint8Array[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, (_, i) => {
    if (i % 10 === 9) return bytes.slice(0, Math.floor(random() * bytes.length));
    const copy = bytes.slice();
    const n = 1 + Math.floor(random() * 16);
    for (let k = 0; k < n; k++) copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256);
    return copy;
  });
}

describe('a damaged Word file is said as damage, in plain words', () => {
  it('no mutant of test11.docx leaks a library internal, in either language', async () => {
    for (const [i, bytes] of mutants(docxFixture('test11.docx'), 120, 12).entries()) {
      const result = await extractDocx(`m${i}.docx`, bytes);
      const said = result.ok ? result.warnings : [result.said];
      for (const message of said) {
        for (const locale of ['en', 'zh'] as const) expect(sayMessage(locale, message), `mutant ${i}`).not.toMatch(INTERNALS);
      }
    }
  });

  it('maps the internals seen in the campaign to what the person can do', async () => {
    const { damagedDocx } = await import('../../../electron/core/importers/docx/docx-failures');
    const cases = {
      '[xmldom error]\tunclosed xml attribute\n@#[line:undefined,col:undefined]': 'broken-xml',
      'Bug : uncompressed data size mismatch': 'corrupt-zip',
      "Cannot read properties of undefined (reading 'children')": 'incomplete',
    } as const;
    for (const [detail, damage] of Object.entries(cases)) {
      const failure = damagedDocx('简报.docx', detail);
      expect(failure.said).toEqual({ code: 'damaged-docx-content', file: '简报.docx', damage });
      expect(failure.message).toMatch(/^简报\.docx is damaged .*Open it in Word or WPS.*save it again as \.docx/);
      expect(sayMessage('zh', failure.said)).toMatch(/损坏的 Word 文件.*另存为 \.docx/);
    }
  });
});

describe('ZIP archives and OFD documents are said as what they are', () => {
  it.each([
    ['zip', 'zip-slip.zip', 'zip-archive'],
    ['ofd', '拿来主义_page6.ofd', 'ofd-document'],
    ['ofd', 'chineseDir.ofd', 'ofd-document'],
  ])('%s/%s', async (folder, name, code) => {
    const error = await readBulletin(name, fixture(folder, name)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArchiveError);
    expect((error as ArchiveError).said).toEqual({ code, file: name });
    expect((error as ArchiveError).message).not.toMatch(/Word import is not yet supported|binary file/);
  });

  it('the command line says unpack the ZIP, and export the OFD to PDF', async () => {
    const library = tempDir();
    const run = await cli(['import', path.join(SHARED, 'zip', 'zip-slip.zip'), path.join(SHARED, 'ofd', '拿来主义_page6.ofd'), '--library', library]);
    expect(run.stdout).toMatch(/zip-slip\.zip — zip-slip\.zip is a ZIP archive, not a bulletin\. Unpack it and import the bulletins inside/);
    expect(run.stdout).toMatch(/拿来主义_page6\.ofd is an OFD document\. OFD import is not supported yet: .*export or print it to PDF/);
    const zh = await cli(['import', path.join(SHARED, 'zip', 'zip-slip.zip'), '--library', library], { LANG: 'zh_CN.UTF-8' });
    expect(zh.stdout).toMatch(/是 ZIP 压缩包，不是期刊。请先解压/);
  });
});
