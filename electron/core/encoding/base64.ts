/**
 * Strict decoding: Node's Buffer silently skips bad characters, which would corrupt a file.
 * Checked by a loop, not a regular expression: a pattern with a repeated group overflowed the
 * stack on 3.5 MB of input ("Maximum call stack size exceeded", issue 20).
 */
export function decodeBase64(text: string): Uint8Array | null {
  if (!isStrictBase64(text)) return null;
  const buffer = Buffer.from(text, 'base64');
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

function isStrictBase64(text: string): boolean {
  if (text.length % 4 !== 0) return false;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const end = text.length - padding;
  for (let i = 0; i < end; i += 1) {
    const c = text.charCodeAt(i);
    const ok = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
    if (!ok) return false;
  }
  return true;
}
