import { COMMON_HANZI } from './common-hanzi';

/** How Chinese-looking a decoded text is: a number in [0, 1], higher is more plausible. */
export function scoreChineseText(text: string): number {
  let hanzi = 0;
  let common = 0;
  let suspicious = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) continue;
    if (cp === 0xfffd || (cp >= 0xe000 && cp <= 0xf8ff)) {
      // Replacement and private-use characters are what a wrong code page leaves behind.
      suspicious += 1;
    } else if (isHanzi(cp)) {
      hanzi += 1;
      if (COMMON_HANZI.has(ch)) common += 1;
    }
  }
  const total = hanzi + suspicious;
  if (total === 0) return 0;
  return Math.max(0, (common - 2 * suspicious) / total);
}

/** Non-ASCII characters a decoder could not map. */
export function countReplacements(text: string): number {
  let n = 0;
  for (const ch of text) if (ch === '\ufffd') n += 1;
  return n;
}

function isHanzi(cp: number): boolean {
  return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x20000 && cp <= 0x2ffff);
}
