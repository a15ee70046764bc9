/** `2024 年 6 月 18 日` / `2023年12月5日` anywhere in a line. */
export const DATE_IN_LINE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/** The ISO date (`2024-06-18`) printed in a line, or null when there is none or it is impossible. */
export function isoDateFromLine(line: string): { iso: string; year: number; rest: string } | null {
  const match = DATE_IN_LINE.exec(line);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const rest = line.replace(match[0], ' ').trim();
  return { iso, year, rest };
}
