export type Utf16Order = 'utf-16le' | 'utf-16be';

/**
 * Recognises BOM-less UTF-16 by where its NUL bytes sit. ASCII-heavy UTF-16LE has a NUL
 * in nearly every odd byte (BE: every even byte), a pattern real 8-bit text never has.
 * This must run before strict UTF-8, because NUL is valid UTF-8 and such a file would
 * otherwise "decode" as text with a NUL between every letter.
 */
export function detectUtf16WithoutBom(bytes: Uint8Array): Utf16Order | null {
  const length = Math.min(bytes.length, 64 * 1024) & ~1;
  const pairs = length / 2;
  if (pairs < 2) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNuls += 1;
    if (bytes[i + 1] === 0) oddNuls += 1;
  }
  // A third of characters being ASCII is plenty for a bulletin (digits, line breaks).
  const threshold = pairs * 0.3;
  const strayAllowed = pairs * 0.02;
  if (oddNuls >= threshold && evenNuls <= strayAllowed) return 'utf-16le';
  if (evenNuls >= threshold && oddNuls <= strayAllowed) return 'utf-16be';
  return null;
}
