import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dublinCoreRecord, xmlText } from '../../../electron/core/package/dublin-core';
import { exportPackage } from '../../../electron/core/package';
import { handmadeIssueExport } from '../../helpers/handmade-issue';
import { libraryWithSample, tempDir } from '../../helpers/temp-library';
import { sha256 } from './bag-library';

const ORIGINAL = Buffer.from('测试简报原文');
const SCHEMA = path.resolve(__dirname, '../../fixtures/dublin-core/oai_dc-dcterms.xsd');

/** One xmllint run over every record (one process per test file): which files validate, which fail. */
function xmllint(files: readonly string[]): { status: number | null; output: string } {
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, ...files], { encoding: 'utf8' });
  if (run.error) throw new Error(`xmllint is needed (Debian: libxml2-utils): ${run.error.message}`);
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('Dublin Core records of a package', () => {
  it('validate against the DC and DCMI Terms schemas, with the 档号, the series, every article, and hostile titles escaped', async () => {
    const { library, issueId } = await libraryWithSample();
    await library.updateIssue(issueId, { reference: 'WS·2024-Y-0003' });
    const hostile = handmadeIssueExport(['A & B <c> "d" \'e\'', '控制\u0001字符\u001f与\uD800孤立代理'], () => [{ heading: null, paragraphs: ['正文'] }], {
      series: '测试 & <简报>',
      publisher: '单位 "甲" & 乙',
      original: { sha256: sha256(ORIGINAL), ext: 'txt', name: 'hostile.txt', size: ORIGINAL.length, encoding: 'utf-8' },
    });
    // A JSON export carries no original: it is put where the library keeps it, as an import would.
    await fs.writeFile(path.join(library.dir, 'files', `${sha256(ORIGINAL)}.txt`), ORIGINAL);
    const restored = await library.importBulletin({ name: 'hostile.json', bytes: new TextEncoder().encode(hostile.json) });
    expect(restored.status).toBe('imported');
    const out = path.join(tempDir(), 'bag');
    await exportPackage(library, { out });

    const sample = await fs.readFile(path.join(out, 'data', 'issues', issueId, 'dc.xml'), 'utf8');
    const issue = library.getIssue(issueId);
    expect(sample).toContain('<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">');
    expect(sample).toContain('<dc:title xml:lang="zh-CN">科技情报参考 2024 年第 3 期</dc:title>');
    expect(sample).toContain('<dc:identifier>WS·2024-Y-0003</dc:identifier>');
    expect(sample).toContain(`<dc:identifier>urn:bulletin-archive:issue:${issueId}</dc:identifier>`);
    expect(sample).toContain('<dc:relation xml:lang="zh-CN">科技情报参考</dc:relation>');
    expect(sample).toContain('<dcterms:isPartOf xml:lang="zh-CN">科技情报参考</dcterms:isPartOf>');
    expect(sample).toContain('<dc:language>zh-CN</dc:language>');
    expect(sample).toContain('<dc:publisher xml:lang="zh-CN">呼和浩特市科学技术局综合保障中心</dc:publisher>');
    expect(sample.match(/<dcterms:hasPart xml:lang="zh-CN">/g)).toHaveLength(issue.articles.length);
    expect(sample).toContain(`<dcterms:hasPart xml:lang="zh-CN">${issue.articles[0]!.title}</dcterms:hasPart>`);

    const odd = await fs.readFile(path.join(out, 'data', 'issues', hostile.issue.id, 'dc.xml'), 'utf8');
    expect(odd).toContain('<dcterms:hasPart xml:lang="zh-CN">A &amp; B &lt;c&gt; &quot;d&quot; &apos;e&apos;</dcterms:hasPart>');
    expect(odd).toContain('<dcterms:hasPart xml:lang="zh-CN">控制\uFFFD字符\uFFFD与\uFFFD孤立代理</dcterms:hasPart>');
    expect(odd).toContain('<dc:relation xml:lang="zh-CN">测试 &amp; &lt;简报&gt;</dc:relation>');

    // A record with an element neither vocabulary has must fail the same check: the check can fail.
    const wrong = path.join(out, '..', 'wrong.xml');
    await fs.writeFile(wrong, sample.replace('<dc:language>', '<dc:tongue>').replace('</dc:language>', '</dc:tongue>'));
    const records = [path.join(out, 'data', 'issues', issueId, 'dc.xml'), path.join(out, 'data', 'issues', hostile.issue.id, 'dc.xml')];
    const result = xmllint([...records, wrong]);
    for (const record of records) expect(result.output).toContain(`${record} validates`);
    expect(result.output).toContain(`${wrong} fails to validate`);
    expect(result.status).not.toBe(0);
  });

  it('escapes what XML cannot hold as text, and leaves the rest as it is', () => {
    expect(xmlText('a&b<c>d"e\'f')).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
    expect(xmlText('tab\there\nline\u0000nul\u000bvt\uFFFE')).toBe('tab\there\nline\uFFFDnul\uFFFDvt\uFFFD');
    expect(xmlText('𠮷野家')).toBe('𠮷野家');
    const { issue } = handmadeIssueExport(['题'], () => [], { date: null, year: 2021, publisher: null });
    const record = dublinCoreRecord({ ...issue, reference: null });
    expect(record).toContain('<dc:date>2021</dc:date>');
    expect(record).not.toContain('<dc:publisher');
  });
});
