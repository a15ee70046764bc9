export type DocumentKind = 'pdf' | 'docx';

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');
const ZIP_MAGIC = Buffer.from('PK\u0003\u0004', 'latin1');
const DOCX_PART = Buffer.from('word/document.xml', 'latin1');
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
// PDF readers accept a header a little way into the file (some generators prepend junk).
const PDF_HEADER_WINDOW = 1024;

/** By signature, never by name: a renamed file is still recognised, a fake one refused. */
export function detectDocumentKind(bytes: Uint8Array): DocumentKind | null {
  const buffer = asBuffer(bytes);
  const head = buffer.subarray(0, PDF_HEADER_WINDOW + PDF_MAGIC.length);
  if (head.indexOf(PDF_MAGIC) !== -1) return 'pdf';
  // Zip part names are stored in clear in the local headers and the central directory.
  if (buffer.subarray(0, 4).equals(ZIP_MAGIC) && buffer.indexOf(DOCX_PART) !== -1) return 'docx';
  return null;
}

/** Old binary .doc files and password-protected .docx files are both OLE compound files. */
export function isOleCompoundFile(bytes: Uint8Array): boolean {
  return asBuffer(bytes).subarray(0, OLE_MAGIC.length).equals(OLE_MAGIC);
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
