/** What a file that is not text turned out to be, by its signature. */
export type BinarySignature = 'pdf' | 'zip' | 'ofd' | 'ole';

/**
 * What a file that is not bulletin text turned out to be, and an English line for the log. PDF and
 * Word files are read by the extractors before decoding is tried, so what arrives here is a PDF
 * too damaged to be recognised as one, a ZIP that is no Word document (a plain archive, or an OFD
 * package), or an old binary Word file: each is said as what it is, with what to do.
 */
export function describeBinarySignature(bytes: Uint8Array): { signature: BinarySignature; message: string } | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    return { signature: 'pdf', message: 'This is a PDF file (%PDF signature), but it is too damaged to be read as one.' };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // An OFD package names its entry file OFD.xml (GB/T 33190); the name is stored in clear.
    if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('OFD.xml', 0, 'latin1')) {
      return { signature: 'ofd', message: 'This is an OFD document (a ZIP package with OFD.xml). OFD import is not supported yet: export it to PDF and import that.' };
    }
    return { signature: 'zip', message: 'This is a ZIP archive, not a bulletin. Unpack it and import the bulletins inside.' };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return { signature: 'ole', message: 'This is an old Word/Office (.doc) file, not bulletin text. Save it as .docx and import that.' };
  }
  return null;
}

export function containsNul(bytes: Uint8Array): boolean {
  return bytes.includes(0);
}

/**
 * Share of control characters other than tab, line feed, carriage return and form feed.
 * Text extracted from PDFs sometimes carries a few stray ones; binary data is full of them.
 */
export function controlCharacterDensity(text: string): number {
  if (text.length === 0) return 0;
  let controls = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) controls += 1;
  }
  return controls / text.length;
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}
