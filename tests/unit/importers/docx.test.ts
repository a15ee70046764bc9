import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBulletinText } from '../../../electron/core/importers/extract/index';
import { parseBulletin } from '../../../electron/core/parser/index';
import { writeDocx } from './helpers/docx-writer';
import type { DocxParagraph } from './helpers/docx-writer';
import { docxFixture } from './helpers/fixtures';

const MB = 1024 * 1024;
const plain = (text: string): DocxParagraph => ({ runs: [{ text }] });

describe('Word documents', () => {
  it('test11.docx (morungos/node-word-extractor) yields its Chinese and English text', async () => {
    const result = await extractBulletinText('test11.docx', docxFixture('test11.docx'));
    if (!result.ok) throw new Error(result.message);
    expect(result.kind).toBe('docx');
    expect(result.text).toContain('这是一个用来测试nodejs解析Word文档');
    expect(result.text).toContain('This is a test for parsing the Word file in node.');
    expect(result.pageStarts).toBeUndefined();
  });

  it('external-picture.docx (mammoth.js) imports, with only its own contents', async () => {
    const result = await extractBulletinText('external-picture.docx', docxFixture('external-picture.docx'));
    if (!result.ok) throw new Error(result.message);
    expect(result.text).toBe('');
    expect(result.warnings).toEqual([{ code: 'docx-no-text', file: 'external-picture.docx' }]);
  });

  it('never opens a file a picture links to (CVE-2025-11849)', async () => {
    // The link points at a named pipe: opening it to read would block, and leave a reader
    // waiting. A non-blocking open for writing fails with ENXIO exactly when no reader is.
    const dir = mkdtempSync(join(tmpdir(), 'linked-picture-'));
    const pipe = join(dir, 'picture.png');
    execFileSync('mkfifo', [pipe]);
    try {
      const docx = writeDocx([{ runs: [{ text: '正文', linkedPicture: pipe }] }]);
      const result = await extractBulletinText('linked.docx', docx, { timeoutMs: 5_000 });
      expect(result).toMatchObject({ ok: true, text: '正文' });
      expect(() => closeSync(openSync(pipe, constants.O_WRONLY | constants.O_NONBLOCK))).toThrow(/ENXIO/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives one line per paragraph, headings, bold titles and line breaks on lines of their own', async () => {
    const docx = writeDocx([
      { runs: [{ text: '科技情报参考' }], style: 'Title' },
      { runs: [{ text: '2024 年第 3 期', breakAfter: true }, { text: '呼和浩特市科学技术局 编辑' }] },
      { runs: [{ text: '内蒙古：高能级创新平台助力科技“突围”', bold: true }] },
      { runs: [{ text: '科技创新、' }, { text: '平台先行。', bold: true }, { text: '科技创新平台<作为>主要阵地 & 组成部分。' }] },
      { runs: [{ text: '科技投入再加大' }], style: 'Heading2' },
    ]);
    const result = await extractBulletinText('sample.docx', docx);
    if (!result.ok) throw new Error(result.message);
    expect(result.text.split('\n\n')).toEqual([
      '科技情报参考',
      '2024 年第 3 期',
      '呼和浩特市科学技术局 编辑',
      '内蒙古：高能级创新平台助力科技“突围”',
      '科技创新、平台先行。科技创新平台<作为>主要阵地 & 组成部分。',
      '科技投入再加大',
    ]);
  });

  it('a bulletin written in Word parses as one', async () => {
    const docx = writeDocx([
      plain('内部资料'),
      { runs: [{ text: '科技工作动态', bold: true }], style: 'Title' },
      plain('2024 年第 5 期'),
      plain('包头市科学技术局 编印    2024 年 5 月 20 日'),
      plain('目  录'),
      plain('★ 包头市稀土新材料产业创新发展取得新进展……2'),
      plain('★ 赤峰市科技特派员助力乡村振兴……3'),
      { runs: [{ text: '包头市稀土新材料产业创新发展取得新进展' }], style: 'Heading1' },
      plain('今年以来，包头市围绕建设“两个稀土基地”，持续推进稀土新材料产业延链补链强链。'),
      { runs: [{ text: '赤峰市科技特派员助力乡村振兴' }], style: 'Heading1' },
      plain('赤峰市选派 860 名科技特派员深入 12 个旗县区，推广新品种新技术 120 余项。'),
      plain('编辑：王 芳    电话：0472-5123456'),
    ]);
    const result = await extractBulletinText('bulletin.docx', docx);
    if (!result.ok) throw new Error(result.message);
    const issue = parseBulletin(result.text);
    expect(issue).toMatchObject({ series: '科技工作动态', year: 2024, number: 5, publisher: '包头市科学技术局' });
    expect(issue.articles.map((a) => [a.title, a.page])).toEqual([
      ['包头市稀土新材料产业创新发展取得新进展', 2],
      ['赤峰市科技特派员助力乡村振兴', 3],
    ]);
  });
});

describe('zip bombs and broken Word files', () => {
  it('refuses a docx that declares a huge zero-filled part', async () => {
    const bomb = writeDocx([plain('正文')], [{ name: 'word/bomb.xml', data: Buffer.alloc(80 * MB) }]);
    expect(bomb.length).toBeLessThan(MB);
    const result = await extractBulletinText('bomb.docx', bomb);
    expect(result).toMatchObject({ ok: false, code: 'docx-too-large' });
    if (!result.ok) expect(result.message).toMatch(/^bomb\.docx expands to over \d+ MB .*zip bomb/);
  });

  it('refuses a docx whose parts lie about their size, by counting while inflating', async () => {
    const liar = writeDocx([plain('正文')], [{ name: 'word/footnotes.xml', data: Buffer.alloc(60 * MB), declaredSize: 1024 }]);
    const result = await extractBulletinText('liar.docx', liar);
    expect(result).toMatchObject({ ok: false, code: 'docx-too-large' });
  });

  it('reports a truncated docx as damaged', async () => {
    const whole = Buffer.from(docxFixture('test11.docx'));
    const truncated = Buffer.concat([whole.subarray(0, 2000), Buffer.from('word/document.xml')]);
    const result = await extractBulletinText('cut.docx', truncated);
    expect(result).toMatchObject({ ok: false, code: 'damaged-docx' });
    if (!result.ok) expect(result.message).toMatch(/^cut\.docx is damaged .*save it again as \.docx/);
  });

  it('tells an old .doc or password-protected Word file apart from random bytes', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const result = await extractBulletinText('old.doc', ole);
    expect(result).toMatchObject({ ok: false, code: 'unsupported' });
    if (!result.ok) expect(result.message).toContain('save it as .docx without a password');
  });
});
