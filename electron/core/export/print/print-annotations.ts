import type { Article } from '../../../../shared/catalog';
import type { PrintWarning } from '../../../../shared/contract/export';

/**
 * Highlights and notes as the print view takes them: a range of one block of the article
 * (shared/article-text.ts: a heading or a paragraph; UTF-16 offsets into that block's text) and,
 * for a note, its text. Ranges that do not fit the block are clipped, never fatal.
 */
export interface PrintAnnotation {
  articleId: string;
  /** Index into articleBlocks(article.sections); null: a note on the whole article, referenced after its title. */
  block: number | null;
  start: number;
  end: number;
  /** The note's text; null for a bare highlight. */
  note: string | null;
}

/** What to mark, and what could not be placed (shown to the person, never silently dropped). */
export interface PrintAnnotations {
  marks: readonly PrintAnnotation[];
  warnings: readonly PrintWarning[];
}

/** Where the print view gets the annotations of the articles it prints. */
export type PrintAnnotationSource = (articles: readonly Article[]) => Promise<PrintAnnotations>;

export const NO_PRINT_ANNOTATIONS: PrintAnnotations = { marks: [], warnings: [] };

/** A paragraph cut into runs: plain, highlighted, or a note's reference number after a range. */
export type ParagraphRun = { kind: 'text'; text: string; highlighted: boolean } | { kind: 'note-ref'; number: number };

export function paragraphRuns(text: string, ranges: readonly { start: number; end: number; noteNumber: number | null }[]): ParagraphRun[] {
  const clipped = ranges
    .map((r) => ({ start: clamp(r.start, text.length), end: clamp(r.end, text.length), noteNumber: r.noteNumber }))
    .filter((r) => r.end > r.start || r.noteNumber !== null);
  const cuts = new Set<number>([0, text.length]);
  for (const r of clipped) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: ParagraphRun[] = [];
  const refsAt = (offset: number): void => {
    for (const r of clipped
      .filter((c) => c.end === offset && c.noteNumber !== null)
      .sort((a, b) => (a.noteNumber ?? 0) - (b.noteNumber ?? 0))) {
      runs.push({ kind: 'note-ref', number: r.noteNumber ?? 0 });
    }
  };
  for (let i = 0; i + 1 < points.length; i += 1) {
    const from = points[i] ?? 0;
    const to = points[i + 1] ?? 0;
    refsAt(from);
    const highlighted = clipped.some((r) => r.start <= from && r.end >= to && r.end > r.start);
    const last = runs.at(-1);
    const piece = text.slice(from, to);
    if (last?.kind === 'text' && last.highlighted === highlighted) last.text += piece;
    else runs.push({ kind: 'text', text: piece, highlighted });
  }
  refsAt(text.length);
  return runs;
}

function clamp(n: number, max: number): number {
  return Number.isFinite(n) ? Math.max(0, Math.min(max, Math.trunc(n))) : 0;
}
