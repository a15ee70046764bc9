import { articleSource, articleText } from '../../../shared/annotations';
import type { Annotation } from '../../../shared/annotations';
import type { IssueTexts } from '../../../shared/catalog';
import type { AnnotationOp, Library } from '../library';
import type { AnnotationStore } from './annotation-store';

/**
 * After an issue's articles are edited (split, merged, reordered), its marks follow their text:
 * a mark on an article that was split goes to the part that now holds its passage, a mark on an
 * article merged into another goes with it; then every mark of the issue is anchored again, as
 * after a masthead edit, and one whose passage is gone is flagged, never dropped.
 */
export interface ArticleMove {
  /** An article id as it was before the edit. */
  from: string;
  /** The articles that took its text, in order (the first is where it mostly went). */
  to: string[];
}

export async function followArticleEdits(library: Library, store: AnnotationStore, texts: IssueTexts, moves: readonly ArticleMove[]): Promise<void> {
  const bodies = new Map(texts.articles.map((a) => [a.id, articleText(a.sections)]));
  const bySource = new Map(moves.map((m) => [articleSource(m.from), m]));
  const moved: Annotation[] = [];
  await library.changeAnnotations((annotations) => {
    const ops: AnnotationOp[] = [];
    for (const current of annotations) {
      const move = bySource.get(current.target.source);
      if (!move) continue;
      const quote = current.target.selector?.[0].exact;
      const holder = move.to.find((id) => quote !== undefined && (bodies.get(id) ?? '').includes(quote)) ?? move.to[0];
      if (holder === undefined || holder === move.from) {
        moved.push(current);
        continue;
      }
      const annotation = structuredClone(current);
      annotation.target.source = articleSource(holder);
      ops.push({ op: 'put', annotation });
      moved.push(annotation);
    }
    return { ops, result: undefined };
  });
  await store.reanchor(moved);
}
