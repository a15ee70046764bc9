import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importedText } from '../../../electron/cli/commands/parse';
import { issueToJson } from '../../../electron/core/export/to-json';
import { loadIssueDocument } from '../../../electron/core/export/issue-document';
import { readBulletin } from '../../../electron/core/importers/read-bulletin';
import { cli } from '../../helpers/cli';
import { libraryWithSample } from '../../helpers/temp-library';

const ROOT = path.resolve(__dirname, '../../..');
const fixture = (name: string): Uint8Array => readFileSync(path.join(ROOT, name));

// In-process: the function behind `parse --text`, one case per kind of file the importer reads.
describe('parse --text: the text as the importer read it, before bulletin parsing', () => {
  it('a GB18030 text file comes out decoded', async () => {
    const text = await importedText('jianbao.txt', fixture('tests/fixtures/bulletins/keji-gongzuo-jianbao-088.gb18030.txt'));
    expect(text).toContain('科技工作简报');
    expect(text).toContain('第 7 期（总第 88 期）');
  });

  it('a bulletin PDF comes out laid out in paragraphs, page furniture removed', async () => {
    const text = await importedText('bulletin-2p.pdf', fixture('tests/fixtures/pdf/bulletin-2p.pdf'));
    expect(text).toContain('农业科技信息');
    expect(text).toContain('翁牛特旗推广玉米密植高产技术');
  });

  it('a Word file comes out as its paragraphs, even though it is no bulletin', async () => {
    const bytes = fixture('tests/fixtures/docx/test11.docx');
    expect((await readBulletin('test11.docx', bytes)).parsed.kind).toBe('document');
    const text = await importedText('test11.docx', bytes);
    expect(text).toContain('这是一个用来测试nodejs解析Word文档');
    expect(text).toContain('This is a test for parsing the Word file in node.');
  });

  it('a PDF that is not a bulletin still prints its text', async () => {
    const bytes = fixture('tests/fixtures/pdf/SimFang-variant.pdf');
    expect((await readBulletin('SimFang-variant.pdf', bytes)).parsed.kind).toBe('document');
    expect(await importedText('SimFang-variant.pdf', bytes)).toContain('全世界无产者，联合起来');
  });

  it('a JSON issue export comes out as the article texts it brings in', async () => {
    const { library, issueId } = await libraryWithSample();
    const exported = issueToJson(await loadIssueDocument(library, library.getIssue(issueId)));
    const text = await importedText('issue.json', new TextEncoder().encode(exported));
    expect(text).toContain('武汉出台促进科技成果转化20条新政');
    expect(text).not.toContain('"format"');
  });

  it('the command prints it and exits 0 for a PDF that is not a bulletin', async () => {
    const run = await cli(['parse', path.join(ROOT, 'tests/fixtures/pdf/SimFang-variant.pdf'), '--text']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('全世界无产者，联合起来');
  });
});
