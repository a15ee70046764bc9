/** What a file that is not bulletin text turned out to be, as a message a person can act on. */
export function describeBinarySignature(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    return 'This is a PDF file (%PDF signature), not bulletin text. PDF import is not yet supported here: extract the text to a .txt file first.';
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return 'This is a ZIP package (PK signature), such as a Word .docx or OFD file, not bulletin text. Word import is not yet supported here: save the document as plain text (.txt) first.';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return 'This is an old Word/Office (.doc) file, not bulletin text. Save it as plain text first.';
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
