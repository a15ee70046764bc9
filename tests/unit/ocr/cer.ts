/**
 * Character error rate: edit distance (insertions, deletions, substitutions) from what was read
 * to what is printed, over the printed text's length. Compared without white space and in NFKC
 * (full- and half-width forms of one mark count as one): the layout's blank lines and the spaces
 * beside numbers are not characters a reader misses.
 */
export function characterErrorRate(read: string, printed: string): number {
  const a = [...normalise(read)];
  const b = [...normalise(printed)];
  if (b.length === 0) return a.length === 0 ? 0 : 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]! / b.length;
}

function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}
