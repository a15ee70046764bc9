import { describe, expect, it } from 'vitest';
import { detectDocumentKind } from '../../../electron/core/importers/extract/index';
import { writeZip } from './helpers/zip-writer';
import { docxFixture, pdfFixture } from './helpers/fixtures';

describe('detectDocumentKind', () => {
  it('knows PDFs and Word files by their bytes, whatever their name', () => {
    expect(detectDocumentKind(pdfFixture('issue2128r.pdf'))).toBe('pdf');
    expect(detectDocumentKind(docxFixture('test11.docx'))).toBe('docx');
  });

  it('accepts a PDF header after a little leading junk', () => {
    expect(detectDocumentKind(new TextEncoder().encode('\r\n\r\n%PDF-1.4\n'))).toBe('pdf');
  });

  it('refuses other zips, text and empty input', () => {
    expect(detectDocumentKind(writeZip([{ name: 'xl/workbook.xml', data: Buffer.from('<x/>') }]))).toBeNull();
    expect(detectDocumentKind(new TextEncoder().encode('科技情报参考 2024 年第 3 期'))).toBeNull();
    expect(detectDocumentKind(new Uint8Array())).toBeNull();
  });
});
