import { CN_DIGITS } from './patterns';

const DIGIT_VALUES: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** `7`, `七`, `十二`, `二十三`, `一百零八` → number; null when it is not a number. */
export function parseIssueNumber(text: string): number | null {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  if (trimmed === '' || ![...trimmed].every((ch) => CN_DIGITS.includes(ch))) return null;
  let total = 0;
  let current = 0;
  for (const ch of trimmed) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else {
      current = current * 10 + (DIGIT_VALUES[ch] ?? 0);
    }
  }
  return total + current;
}
