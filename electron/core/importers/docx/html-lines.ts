// Block elements mammoth writes: each is (at least) a line of its own.
const BLOCK_TAG = /<\/?(?:p|h[1-6]|li|ul|ol|table|thead|tbody|tr|td|th|blockquote|div)\b[^>]*>/gi;
const BREAK_TAG = /<br\s*\/?>/gi;
const ANY_TAG = /<[^>]*>/g;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * mammoth's HTML as the bulletin parser wants it: one line per Word paragraph (headings and
 * bold-only titles stay lines of their own), a line break inside a paragraph starting a new
 * line, a blank line between them.
 */
export function htmlToParagraphLines(html: string): string {
  const text = html.replace(BREAK_TAG, '\n').replace(BLOCK_TAG, '\n').replace(ANY_TAG, '');
  return decodeEntities(text)
    .replace(/\t/g, '  ')
    .split('\n')
    .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter((line) => line !== '')
    .join('\n\n');
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X')) return fromCodePoint(Number.parseInt(body.slice(2), 16), whole);
    if (body.startsWith('#')) return fromCodePoint(Number.parseInt(body.slice(1), 10), whole);
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

function fromCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}
