/**
 * Mastheads and colophons letter-space short names to fill the line (`李 涛`, `王　建　国`);
 * the spaces are typography, not part of the name. Longer values are left as printed.
 */
export function removeNameSpacing(value: string): string {
  const trimmed = value.trim();
  const chars = trimmed.replace(/[\s\u3000]+/g, '');
  if (/^[\u4e00-\u9fff·]{2,4}$/.test(chars) && /^[\u4e00-\u9fff·\s\u3000]+$/.test(trimmed)) return chars;
  return trimmed;
}
