import { writeZip } from './zip-writer';
import type { ZipEntry } from './zip-writer';

/** A paragraph of the test documents: its runs, and optionally a built-in heading style. */
export interface DocxParagraph {
  runs: { text: string; bold?: boolean; breakAfter?: boolean; linkedPicture?: string }[];
  style?: 'Heading1' | 'Heading2' | 'Title';
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

const NAMESPACES = [
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"',
].join(' ');
// A picture linked to a file outside the document (r:link), the shape of CVE-2025-11849.
const LINKED_PICTURE =
  '<w:drawing><wp:inline><wp:docPr id="1" name="Picture 1"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip r:link="rIdLinked"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>';

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function documentXml(paragraphs: readonly DocxParagraph[]): string {
  const body = paragraphs
    .map((p) => {
      const props = p.style === undefined ? '' : `<w:pPr><w:pStyle w:val="${p.style}"/></w:pPr>`;
      const runs = p.runs
        .map(
          (r) =>
            `<w:r>${r.bold === true ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(r.text)}</w:t>${r.breakAfter === true ? '<w:br/>' : ''}${r.linkedPicture === undefined ? '' : LINKED_PICTURE}</w:r>`,
        )
        .join('');
      return `<w:p>${props}${runs}</w:p>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${NAMESPACES}><w:body>${body}</w:body></w:document>`;
}

/** A .docx with the given paragraphs, plus any extra parts (to build bombs). */
export function writeDocx(paragraphs: readonly DocxParagraph[], extra: readonly ZipEntry[] = []): Buffer {
  const linked = paragraphs.flatMap((p) => p.runs).find((r) => r.linkedPicture !== undefined)?.linkedPicture;
  const rels = linked === undefined ? [] : [{ name: 'word/_rels/document.xml.rels', data: Buffer.from(documentRels(linked)) }];
  return writeZip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(ROOT_RELS) },
    { name: 'word/document.xml', data: Buffer.from(documentXml(paragraphs)) },
    ...rels,
    ...extra,
  ]);
}

function documentRels(target: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdLinked" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${escapeXml(target)}" TargetMode="External"/></Relationships>`;
}
