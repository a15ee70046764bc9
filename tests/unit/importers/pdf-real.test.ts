import { describe, expect, it } from 'vitest';
import { extractBulletinText } from '../../../electron/core/importers/extract/index';
import { compact, MOJIBAKE, pdfFixture } from './helpers/fixtures';

// Real Chinese PDFs from mozilla/pdf.js test/pdfs (Apache-2.0), see tests/fixtures/pdf/README.md.
const cases: [file: string, expected: string[]][] = [
  ['XiaoBiaoSong.pdf', ['目录', '关于红军作战的原则', '对国防问题的意见', '（一九三七年八月一日）']],
  ['SimFang-variant.pdf', ['全世界无产者，联合起来']],
  ['issue2128r.pdf', ['浅谈校长的魅力', '山西省闻喜县诚镇初中']],
  ['issue19360.pdf', ['坚持社会主义核心价值体系', '增强文化自觉和文化自信']],
  ['issue12823.pdf', ['描述团队的共同目标']],
  ['issue15340.pdf', ['一つの箱内']],
];

describe('real Chinese PDFs come out as readable text', () => {
  it.each(cases)('%s', async (file, expected) => {
    const result = await extractBulletinText(file, pdfFixture(file));
    if (!result.ok) throw new Error(result.message);
    expect(result.kind).toBe('pdf');
    expect(result.text.trim()).not.toBe('');
    expect(result.text).not.toMatch(MOJIBAKE);
    for (const phrase of expected) expect(compact(result.text)).toContain(compact(phrase));
    expect(result.pageStarts).toEqual([0]);
  });

  it('keeps the TOC of XiaoBiaoSong.pdf one entry per line, title before leaders and page', async () => {
    const result = await extractBulletinText('XiaoBiaoSong.pdf', pdfFixture('XiaoBiaoSong.pdf'));
    if (!result.ok) throw new Error(result.message);
    const lines = result.text.split('\n\n');
    expect(compact(lines[0] ?? '')).toBe('目录');
    expect(lines[1]).toMatch(/^关于红军作战的原则\s*⋯+１$/);
    expect(lines[2]).toBe('（一九三七年八月一日）');
  });

  it('closes up letter-spaced Chinese without gluing separate phrases', async () => {
    const simfang = await extractBulletinText('SimFang-variant.pdf', pdfFixture('SimFang-variant.pdf'));
    const heading = await extractBulletinText('issue19360.pdf', pdfFixture('issue19360.pdf'));
    if (!simfang.ok || !heading.ok) throw new Error('not read');
    expect(simfang.text).toContain('全世界无产者，联合起来');
    expect(heading.text).toContain('坚持社会主义核心价值体系 增强文化自觉和文化自信');
  });
});
