// A body title and its contents entry may differ by a character or two (`省科技厅长` for
// `省科技厅厅长`); beyond this share of the length they are different titles.
const MAX_DIFFERENCE_SHARE = 0.2;
const MIN_LENGTH = 6;
const MAX_LENGTH = 80;

/** Are these two titles (in comparable form) the same title printed slightly differently? */
export function similarTitles(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  if (shorter < MIN_LENGTH || Math.max(a.length, b.length) > MAX_LENGTH) return false;
  const allowed = Math.max(1, Math.floor(shorter * MAX_DIFFERENCE_SHARE));
  if (Math.abs(a.length - b.length) > allowed) return false;
  return editDistance(a, b, allowed) <= allowed;
}

/** Levenshtein distance over code points, stopping once it is beyond `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= y.length; j += 1) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return best;
    previous = current;
  }
  return previous[y.length] ?? 0;
}
