import type { HighlightColor, HighlightView } from '../../../shared/annotations';
import type { ArticleBlock } from '../../../shared/article-text';

export interface Segment {
  text: string;
  /** The highlight shown on this piece (the latest made, where several overlap), if any. */
  mark: { id: string; color: HighlightColor; hasNote: boolean; note: string | null; first: boolean } | null;
}

/** Splits one block's text at the edges of the highlights that cover part of it. */
export function segmentsOf(block: ArticleBlock, highlights: readonly HighlightView[]): Segment[] {
  const end = block.start + block.text.length;
  const covering = highlights.filter((h) => h.anchor.status === 'anchored' && h.anchor.start < end && h.anchor.end > block.start);
  if (covering.length === 0) return [{ text: block.text, mark: null }];
  const cuts = new Set([0, block.text.length]);
  for (const h of covering) {
    if (h.anchor.status !== 'anchored') continue;
    cuts.add(Math.max(0, h.anchor.start - block.start));
    cuts.add(Math.min(block.text.length, h.anchor.end - block.start));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  const started = new Set<string>();
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    if (to <= from) continue;
    const at = block.start + from;
    const on = covering
      .filter((h) => h.anchor.status === 'anchored' && h.anchor.start <= at && h.anchor.end > at)
      .sort((a, b) => a.created.localeCompare(b.created))
      .at(-1);
    let mark: Segment['mark'] = null;
    if (on && on.anchor.status === 'anchored') {
      mark = {
        id: on.id,
        color: on.color,
        hasNote: on.note !== null,
        note: on.note,
        first: on.anchor.start >= block.start && !started.has(on.id),
      };
      started.add(on.id);
    }
    segments.push({ text: block.text.slice(from, to), mark });
  }
  return segments;
}
