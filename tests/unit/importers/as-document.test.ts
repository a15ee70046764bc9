import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../../electron/core/importers/as-document';
import { documentRefusal, readBulletin } from '../../../electron/core/importers/read-bulletin';
import { sayMessage } from '../../../shared/message-text';
import { compact } from './helpers/fixtures';
import { layoutPdf } from './helpers/layout-fixtures';

describe('a file that does not look like a bulletin is kept as a document', () => {
  it('a report PDF becomes one article titled by its first heading, with all its text and an empty masthead', async () => {
    const read = await readBulletin('report.pdf', layoutPdf('report-not-bulletin.pdf'));
    const { parsed } = read;
    expect(parsed.kind).toBe('document');
    expect(parsed).toMatchObject({ series: '', year: null, number: null, date: null, publisher: null });
    expect(parsed.articles).toHaveLength(1);
    expect(compact(parsed.articles[0]!.title)).toBe(compact('关于二〇二三年度档案工作情况的报告'));
    const body = parsed.articles[0]!.sections.flatMap((section) => section.paragraphs).map(compact);
    // Everything after the title, headings and the signature included, in order.
    expect(body[0]).toBe('局领导:');
    expect(body).toContain(compact('四、有关建议'));
    expect(body.at(-2)).toBe(compact('市档案馆办公室'));
    expect(body.at(-1)).toBe(compact('2024 年 1 月 15 日'));
    // Every character of the extracted text is kept somewhere.
    expect(compact([parsed.articles[0]!.title, ...body].join(''))).toBe(compact(read.text));
    expect(parsed.warnings).toContainEqual({ code: 'kept-as-document', missing: 'articles' });
    expect(parsed.evidence).toContainEqual({ field: 'series', lines: [], rule: 'document-masthead-empty', certain: false });
  });

  it('a Word file that is not a bulletin is kept too, never sent to find a .txt file', async () => {
    const bytes = readFileSync(path.resolve('tests/fixtures/docx/test11.docx'));
    const read = await readBulletin('test11.docx', bytes);
    expect(read.parsed.kind).toBe('document');
    const refusal = documentRefusal('test11.docx', read);
    expect(refusal?.code).toBe('not-a-bulletin');
    expect(refusal?.said).toMatchObject({ code: 'document-needs-review', kind: 'docx' });
    for (const locale of ['zh', 'en'] as const) {
      const said = sayMessage(locale, refusal!.said!);
      expect(said).not.toMatch(/\.txt/);
      expect(said).toMatch(/--as-document/);
    }
  });

  it('takes the file name as the title when the first line is a sentence, and keeps that line', () => {
    const parsed = documentFromText('D:\\收文\\通知-2024.txt', '各单位：\n请于本周五前报送材料。\n', 'series');
    expect(parsed.articles[0]?.title).toBe('通知-2024');
    expect(parsed.articles[0]?.sections[0]?.paragraphs).toEqual(['各单位：', '请于本周五前报送材料。']);
    expect(parsed.evidence.find((e) => e.field === 'articles.0.title')).toMatchObject({ rule: 'document-file-name', certain: false });
  });

  it('fills the masthead and title it is given, and a bulletin can be kept as a document on request', async () => {
    const sample = readFileSync(path.resolve('resources/sample-kjqbck-2024-03.txt'));
    const read = await readBulletin('sample.txt', sample, { asDocument: { series: '资料汇编', year: 2024, title: '科技情报参考全文' } });
    expect(read.parsed).toMatchObject({ kind: 'document', series: '资料汇编', year: 2024 });
    expect(read.parsed.articles.map((a) => a.title)).toEqual(['科技情报参考全文']);
    expect(read.parsed.warnings).toContainEqual({ code: 'kept-as-document', missing: null });
    expect(documentRefusal('sample.txt', read)).toBeNull();
  });
});
