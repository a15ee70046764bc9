import { articleBlocks, rangeInArticle } from '../../../../shared/article-text';
import type { PrintWarning } from '../../../../shared/contract/export';
import type { AnnotationStore } from '../../annotations';
import type { PrintAnnotation, PrintAnnotationSource } from './print-annotations';

/**
 * The annotation store's highlights and notes as the print view takes them. Highlights are
 * anchored in the article's text (shared/article-text.ts, the same model the store anchors in);
 * here they are cut at block edges, headings included. A highlight's note goes after its last
 * piece; a note on the whole article after the title. Orphaned highlights (their text is gone)
 * print only their note, after the title. A highlight whose range the text cannot hold prints
 * its quote after the title and is reported as a warning, so it is never lost without a word.
 */
export function annotationsFromStore(store: Pick<AnnotationStore, 'forArticle'>): PrintAnnotationSource {
  return async (articles) => {
    const marks: PrintAnnotation[] = [];
    const warnings: PrintWarning[] = [];
    for (const article of articles) {
      const found = await store.forArticle(article.id);
      const blocks = articleBlocks(article.sections);
      for (const highlight of found.highlights) {
        if (highlight.anchor.status !== 'anchored') {
          if (highlight.note) marks.push(wholeArticle(article.id, `“${highlight.quote}” ${highlight.note}`));
          continue;
        }
        const range = rangeInArticle(blocks, highlight.anchor.start, highlight.anchor.end);
        if (!range.ok) {
          warnings.push({ code: 'highlight-not-placed', articleId: article.id, title: article.title, quote: highlight.quote });
          marks.push(wholeArticle(article.id, highlight.note ? `“${highlight.quote}” ${highlight.note}` : `“${highlight.quote}”`));
          continue;
        }
        range.pieces.forEach((piece, index) =>
          marks.push({ articleId: article.id, ...piece, note: index === range.pieces.length - 1 ? highlight.note : null }),
        );
      }
      for (const note of found.notes) marks.push(wholeArticle(article.id, note.note));
    }
    return { marks, warnings };
  };
}

function wholeArticle(articleId: string, note: string): PrintAnnotation {
  return { articleId, block: null, start: 0, end: 0, note };
}
