import { promises as fs } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import mammoth from 'mammoth';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { AnnotationStore } from '../../../electron/core/annotations';
import { restoreIssueFromJson } from '../../../electron/core/library';
import type { PdfEngine } from '../../../electron/core/export';
import { openLibrary } from '../../../electron/core/library';
import { verifyLibrary } from '../../../electron/core/library/verify';
import { libraryWithSample, tempDir } from '../../helpers/temp-library';
import { exportOne, options, SAMPLE_TITLES, servicesWith } from './helpers';
import { ISSUE_RECORD_COLUMNS } from '../../../electron/core/export/issue-record-cells';

/** These formats need no browser: an engine that fails proves none is used. */
const noEngine: PdfEngine = {
  pdf: () => Promise.reject(new Error('no PDF engine in this test')),
  close: async () => undefined,
};

describe('exports read back', () => {
  it('Markdown and UTF-8 text carry the masthead, contents and every article', async () => {
    const { library, issueId } = await libraryWithSample();
    const services = servicesWith(library, noEngine);
    const md = new TextDecoder().decode((await exportOne(library, { target: { kind: 'issue', issueId }, format: 'md' }, services)).bytes);
    expect(md).toMatch(/^# 科技情报参考/);
    for (const title of SAMPLE_TITLES) expect(md).toContain(`## ${title.replace(/[[\]*_]/g, (c) => `\\${c}`)}`);
    const txt = await exportOne(library, { target: { kind: 'issue', issueId }, format: 'txt' }, services);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(txt.bytes);
    const positions = SAMPLE_TITLES.map((t) => text.lastIndexOf(t));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    await library.close();
  });

  it('GB18030 text decodes back to the same characters, with Windows line ends', async () => {
    const { library, issueId } = await libraryWithSample();
    const services = servicesWith(library, noEngine);
    const utf8 = new TextDecoder().decode(
      (await exportOne(library, { target: { kind: 'issue', issueId }, format: 'txt' }, services)).bytes,
    );
    const gb = await exportOne(library, { target: { kind: 'issue', issueId }, format: 'txt', encoding: 'gb18030' }, services);
    expect(gb.mime).toContain('gb18030');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gb.bytes)).toThrow();
    const decoded = iconv.decode(Buffer.from(gb.bytes), 'gb18030');
    expect(decoded).toBe(utf8.replace(/\n/g, '\r\n'));
    expect(decoded).toContain('武汉出台促进科技成果转化20条新政');
    await library.close();
  });

  it('JSON re-imports into a fresh library identical to the original', async () => {
    const { library, issueId } = await libraryWithSample();
    const json = await exportOne(library, { target: { kind: 'issue', issueId }, format: 'json' }, servicesWith(library, noEngine));
    const fresh = await openLibrary(tempDir(), { create: true });
    const restored = await restoreIssueFromJson(fresh, new TextDecoder().decode(json.bytes));
    expect(restored).toEqual(library.getIssue(issueId));
    expect(fresh.getIssue(issueId)).toEqual(library.getIssue(issueId));
    expect(await fresh.getTexts(issueId)).toEqual(await library.getTexts(issueId));
    const [original] = await fs.readdir(path.join(library.dir, 'files'));
    expect(await fs.readFile(path.join(fresh.dir, 'files', original!))).toEqual(
      await fs.readFile(path.join(library.dir, 'files', original!)),
    );
    expect((await verifyLibrary(fresh)).problems).toEqual([]);
    // Once is enough: the same issue again is refused and changes nothing.
    await expect(restoreIssueFromJson(fresh, new TextDecoder().decode(json.bytes))).rejects.toThrow(/already in the library/i);
    // A tampered export is refused.
    const tampered = JSON.parse(new TextDecoder().decode(json.bytes));
    tampered.originalBase64 = Buffer.from('changed').toString('base64');
    const other = await openLibrary(tempDir(), { create: true });
    await expect(restoreIssueFromJson(other, JSON.stringify(tampered))).rejects.toThrow(/checksum/);
    expect(other.listIssues()).toEqual([]);
    await Promise.all([library.close(), fresh.close(), other.close()]);
  });

  it('the CSV catalogue is UTF-8 with a BOM, one row per article, Chinese intact, tags included', async () => {
    const { library, issueId } = await libraryWithSample();
    await new AnnotationStore(library).addTag(`${issueId}-6`, '成果转化');
    const csv = await exportOne(library, { target: { kind: 'all' }, format: 'csv' }, servicesWith(library, noEngine));
    expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder()
      .decode(csv.bytes)
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('刊物,年份,期号,日期,标题,地区,栏目,页码,标签,档号,总第,页数,存放位置,登记号,保管期限,密级,保密期限,发送范围,印数,印发单位,印发日期,准印证号,备注,编辑单位,编辑,文件');
    expect(lines).toHaveLength(7);
    expect(lines[1]).toMatch(/^科技情报参考,2024,3,,内蒙古：高能级创新平台助力科技“突围”,内蒙古,,2,,/);
    expect(lines[6]).toMatch(/武汉出台促进科技成果转化20条新政,武汉,,10,成果转化,/);
    // The issue's record follows (issue 14): editing unit, editor and its file.
    expect(lines[1]).toMatch(/,呼和浩特市科学技术局综合保障中心,李涛,kjqbck-2024-03\.txt（original）$/);
    await library.close();
  });

  it('the CSV never lets a title become a formula', async () => {
    const { libraryWithIssue } = await import('./helpers');
    const { library } = await libraryWithIssue(['=HYPERLINK("http://x","点我")', '+1', '标题,带逗号'], () => ['正文']);
    const csv = await exportOne(library, { target: { kind: 'all' }, format: 'csv' }, servicesWith(library, noEngine));
    const text = new TextDecoder().decode(csv.bytes);
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""点我"")"`);
    expect(text).toContain(",'+1,");
    expect(text).toContain(',"标题,带逗号",');
    await library.close();
  });

  it('the XLSX catalogue opens with the right columns and Chinese intact', async () => {
    const { library, issueId } = await libraryWithSample();
    const xlsx = await exportOne(library, { target: { kind: 'issue', issueId }, format: 'xlsx' }, servicesWith(library, noEngine));
    const file = path.join(tempDir(), xlsx.stem + '.xlsx');
    await fs.writeFile(file, xlsx.bytes);
    const [sheet] = await readXlsxFile(file);
    expect(sheet?.sheet).toBe('目录');
    const rows = sheet?.data ?? [];
    expect(rows[0]).toEqual(['刊物', '年份', '期号', '日期', '标题', '地区', '栏目', '页码', '标签', ...ISSUE_RECORD_COLUMNS]);
    expect(rows[0]).toContain('档号');
    expect(rows.slice(1).map((r) => r[4])).toEqual(SAMPLE_TITLES);
    expect(rows[1]?.slice(0, 3)).toEqual(['科技情报参考', 2024, 3]);
    expect(rows[6]?.[7]).toBe(10);
    await library.close();
  });

  it('DOCX is a real Word document: masthead, contents, Heading 1 titles, Heading 2 sub-headings, paragraphs, page numbers', async () => {
    const { library, issueId } = await libraryWithSample();
    const docx = await exportOne(
      library,
      { target: { kind: 'issue', issueId }, format: 'docx', options: options({ paper: 'A4' }) },
      servicesWith(library, noEngine),
    );
    const buffer = Buffer.from(docx.bytes);
    const { value: html } = await mammoth.convertToHtml({ buffer });
    const h1 = [...html.matchAll(/<h1>(?:<a id="[^"]*"><\/a>)?([^<]*)<\/h1>/g)].map((m) => m[1]);
    expect(h1).toEqual(SAMPLE_TITLES);
    expect(html).toContain('<h2>科技投入再加大 支持力度前所未有</h2>');
    expect(html).toContain('<p>科技情报参考</p>');
    expect(html).toContain('呼和浩特市科学技术局综合保障中心');
    // The contents list every title before the first article.
    const firstArticle = html.indexOf('<h1>');
    for (const title of SAMPLE_TITLES) expect(html.indexOf(title)).toBeLessThan(firstArticle);
    const { value: raw } = await mammoth.extractRawText({ buffer });
    expect(raw).toContain('集聚 10 名院士、100多名高级行业专家');
    // Inside the package: a TOC field, the footer's PAGE field in — n —, A4 with GB/T 9704 margins.
    const xml = await unzipEntry(buffer, 'word/document.xml');
    expect(xml).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-1&quot;<\/w:instrText>/);
    expect(xml).toMatch(/<w:pgSz w:w="1190[56]" w:h="1683[78]"/);
    expect(xml).toMatch(/<w:pgMar w:top="209[78]" w:right="147[34]" w:bottom="198[34]" w:left="158[67]"/);
    const footers = await unzipEntries(buffer, /^word\/footer\d*\.xml$/);
    expect(footers.join('')).toMatch(/— <\/w:t>.*PAGE.* —/s);
    await library.close();
  });
});

async function unzipEntries(buffer: Buffer, name: RegExp): Promise<string[]> {
  const { unzipSync, strFromU8 } = await import('fflate');
  const files = unzipSync(new Uint8Array(buffer), { filter: (f) => name.test(f.name) });
  return Object.values(files).map((bytes) => strFromU8(bytes));
}

async function unzipEntry(buffer: Buffer, name: string): Promise<string> {
  const [text] = await unzipEntries(buffer, new RegExp(`^${name.replace(/[./]/g, '\\$&')}$`));
  return text ?? '';
}
