import type { TextRange } from '../../../shared/search';

export interface TextPiece {
  text: string;
  mark: boolean;
}

/**
 * Cuts `text` at the edges of the highlight ranges: plain and marked pieces in order, to be
 * rendered as React text and <mark> elements (never markup). Ranges out of bounds are clamped,
 * overlapping or touching ones merged, empty ones ignored.
 */
export function markPieces(text: string, ranges: readonly TextRange[]): TextPiece[] {
  const merged: [number, number][] = [];
  const sorted = ranges
    .map(([start, end]): [number, number] => [clamp(start, text.length), clamp(end, text.length)])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start > at) pieces.push({ text: text.slice(at, start), mark: false });
    pieces.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), mark: false });
  return pieces;
}

function clamp(value: number, length: number): number {
  return Number.isFinite(value) ? Math.max(0, Math.min(length, Math.trunc(value))) : 0;
}
