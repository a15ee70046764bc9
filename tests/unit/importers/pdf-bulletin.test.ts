import { describe, expect, it } from 'vitest';
import { extractBulletinText } from '../../../electron/core/importers/extract/index';
import { foldCjkRadicals } from '../../../electron/core/importers/extract/fold-radicals';
import { parseBulletin } from '../../../electron/core/parser/index';
import { compact, pdfFixture } from './helpers/fixtures';

// Bulletins printed to PDF by Chromium for these tests (tests/fixtures/pdf/make.mjs).
async function read(file: string) {
  const result = await extractBulletinText(file, pdfFixture(file));
  if (!result.ok) throw new Error(result.message);
  return { ...result, pageStarts: result.pageStarts ?? [], lines: result.text.split('\n\n') };
}

describe('a three-page bulletin (bulletin-3p.pdf)', async () => {
  const pdf = await read('bulletin-3p.pdf');
  const folded = foldCjkRadicals(pdf.text);

  it('gives one paragraph per line with blank lines between, wrapped lines joined', () => {
    expect(pdf.text).not.toMatch(/\n{3,}/);
    expect(pdf.lines.map((line) => compact(line))).toContain(
      compact(
        '今年以来，包头市围绕建设“两个稀土基地”，持续推进稀土新材料产业延链补链强链，稀土功能材料产能和产值实现双增长，产业创新能力进一步提升。',
      ),
    );
  });

  it('keeps titles, headings and the masthead as their own lines', () => {
    const lines = pdf.lines.map((line) => compact(line));
    for (const line of [
      '科技工作动态',
      '2024年第5期',
      '包头市稀土新材料产业创新发展取得新进展',
      '创新平台加快建设',
      '赤峰市科技特派员助力乡村振兴',
    ]) {
      expect(lines).toContain(line);
    }
    expect(lines.filter((line) => line.startsWith('★'))).toHaveLength(3);
  });

  it('drops the running header and the — N — footers', () => {
    expect(folded).not.toMatch(/—\s*\d\s*—/);
    expect(folded.match(/2024 年第 5 期/g)).toHaveLength(1);
  });

  it('joins the paragraph cut by the page 2/3 break and records where each page begins', () => {
    expect(pdf.pageStarts).toHaveLength(3);
    const [first, second, third] = pdf.pageStarts;
    expect(first).toBe(0);
    expect(compact(pdf.text.slice(second))).toMatch(/^包头市稀土新材料产业/);
    // Page 3 begins inside a paragraph that started on page 2: no break at the page boundary.
    const paragraph = pdf.lines.find((line) => line.startsWith('鄂尔多斯市聚焦')) ?? '';
    const at = pdf.text.indexOf(paragraph);
    expect(third).toBeGreaterThan(at);
    expect(third).toBeLessThan(at + paragraph.length);
    expect(compact(paragraph)).toContain(compact('下一步，鄂尔多斯市将继续加大研发投入'));
  });

  it('parses as the bulletin it is', () => {
    const issue = parseBulletin(folded);
    expect(issue).toMatchObject({ series: '科技工作动态', year: 2024, number: 5, date: '2024-05-20', publisher: '包头市科学技术局' });
    expect(issue.editor).toBe('王芳');
    expect(issue.articles.map((a) => [a.title, a.page])).toEqual([
      ['包头市稀土新材料产业创新发展取得新进展', 2],
      ['鄂尔多斯市加快能源领域关键技术攻关', 2],
      ['赤峰市科技特派员助力乡村振兴', 3],
    ]);
    expect(issue.articles[0]?.sections.map((s) => s.heading)).toEqual([null, '创新平台加快建设', '成果转化提速增效']);
    expect(issue.warnings).toEqual([]);
  });

  it('puts each article title on the PDF page it is printed on', () => {
    const pageOf = (title: string) => {
      const line = pdf.lines.find((l) => compact(l) === title) ?? '?';
      const offset = pdf.text.indexOf(`\n\n${line}\n\n`) + 2;
      return pdf.pageStarts.filter((start) => start <= offset).length;
    };
    expect(pageOf('包头市稀土新材料产业创新发展取得新进展')).toBe(2);
    expect(pageOf('鄂尔多斯市加快能源领域关键技术攻关')).toBe(2);
    expect(pageOf('赤峰市科技特派员助力乡村振兴')).toBe(3);
  });
});

describe('a two-page bulletin with the header on every page (bulletin-2p.pdf)', async () => {
  const pdf = await read('bulletin-2p.pdf');

  it('drops the header repeated on both pages and the 第 N 页 footers', () => {
    expect(pdf.text).not.toMatch(/第\s*\d\s*页/);
    // The masthead title stays; only the small running header of the same words goes.
    expect(pdf.lines.filter((line) => compact(line) === '农业科技信息')).toHaveLength(1);
    expect(pdf.pageStarts).toHaveLength(2);
    expect(compact(pdf.text.slice(pdf.pageStarts[1]))).toMatch(/^巴林左旗谷子新品种示范成效明显/);
  });

  it('parses: series, number and both articles', () => {
    const issue = parseBulletin(foldCjkRadicals(pdf.text));
    expect(issue).toMatchObject({ series: '农业科技信息', year: 2024, number: 12 });
    expect(issue.articles.map((a) => a.title)).toEqual(['翁牛特旗推广玉米密植高产技术', '巴林左旗谷子新品种示范成效明显']);
  });
});

describe('a PDF made only of an image (scanned-image-only.pdf)', () => {
  it('is reported as needing OCR, not imported as empty', async () => {
    const result = await extractBulletinText('scanned-image-only.pdf', pdfFixture('scanned-image-only.pdf'));
    expect(result).toMatchObject({ ok: false, code: 'scanned-pdf' });
    if (!result.ok) expect(result.message).toContain('scanned: needs OCR');
  });
});
