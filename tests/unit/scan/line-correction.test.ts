import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../../shared/bulletin';
import { correctLineInArticles } from '../../../renderer/src/scan/line-correction';

const article = (title: string, paragraphs: string[]): ParsedArticle => ({ title, page: null, column: null, region: null, source: null, sections: [{ heading: null, paragraphs }] });

describe('a line corrected beside the scan', () => {
  const articles = [article('稀土新材料产业加快发屐', ['今年以来，全市稀土新材料产业保持良好势头，新增规上企业十二家，产值同比增长百分之二十。'])];

  it('corrects the title the line became', () => {
    expect(correctLineInArticles(articles, '稀土新材料产业加快发屐', '稀土新材料产业加快发展')?.[0]!.title).toBe('稀土新材料产业加快发展');
  });

  it('corrects a line that the parser joined into a paragraph, and only there', () => {
    const corrected = correctLineInArticles(articles, '今年以来，全市稀土新材料产业保持良好势头，', '今年以来，全市稀土新材料产业保持良好态势，');
    expect(corrected?.[0]!.sections[0]!.paragraphs[0]).toBe('今年以来，全市稀土新材料产业保持良好态势，新增规上企业十二家，产值同比增长百分之二十。');
    expect(corrected?.[0]!.title).toBe('稀土新材料产业加快发屐');
  });

  it('finds a line cut across a join by the characters around the change', () => {
    // OCR's line ends with a stray mark the parser dropped: the whole line is not in the text.
    const corrected = correctLineInArticles(articles, '新增规上企业十二家，产值同比增长百分之二十。|', '新增规上企业十三家，产值同比增长百分之二十。|');
    expect(corrected?.[0]!.sections[0]!.paragraphs[0]).toContain('新增规上企业十三家');
  });

  it('says when the line is nowhere in the articles', () => {
    expect(correctLineInArticles(articles, '市科技局办公室编', '市科技局办公室编印')).toBeNull();
  });
});
