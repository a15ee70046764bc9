/** A byte count as a person reads it (1.4 MB, 3.2 GB). */
export function sizeLabel(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

/** Whole days between two times, for the backup reminder. */
export function daysBetween(earlier: string, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(earlier)) / (24 * 60 * 60_000));
}
