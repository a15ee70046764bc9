import { writeZip } from './zip-writer';
import type { ZipEntry } from './zip-writer';

/** A paragraph of the test documents: its runs, and optionally a built-in heading style. */
export interface DocxParagraph {
  runs: { text: string; bold?: boolean; breakAfter?: boolean }[];
  style?: 'Heading1' | 'Heading2' | 'Title';
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function documentXml(paragraphs: readonly DocxParagraph[]): string {
  const body = paragraphs
    .map((p) => {
      const props = p.style === undefined ? '' : `<w:pPr><w:pStyle w:val="${p.style}"/></w:pPr>`;
      const runs = p.runs
        .map((r) => `<w:r>${r.bold === true ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(r.text)}</w:t>${r.breakAfter === true ? '<w:br/>' : ''}</w:r>`)
        .join('');
      return `<w:p>${props}${runs}</w:p>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
}

/** A .docx with the given paragraphs, plus any extra parts (to build bombs). */
export function writeDocx(paragraphs: readonly DocxParagraph[], extra: readonly ZipEntry[] = []): Buffer {
  return writeZip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(ROOT_RELS) },
    { name: 'word/document.xml', data: Buffer.from(documentXml(paragraphs)) },
    ...extra,
  ]);
}
