import { articleBlocks } from '../../../../shared/annotations';
import type { Article } from '../../../../shared/catalog';
import type { AnnotationStore } from '../../annotations';
import type { PrintAnnotation, PrintAnnotationSource } from './print-annotations';

/**
 * The annotation store's highlights and notes as the print view takes them. Highlights are
 * anchored in the article's text (its headings and paragraphs joined with "\\n", UTF-16 offsets);
 * here they are cut at paragraph boundaries. A highlight's note goes after its last piece; a
 * note on the whole article after the title. Orphaned highlights (their text is gone) print
 * only their note, after the title.
 */
export function annotationsFromStore(store: AnnotationStore): PrintAnnotationSource {
  return async (articles) => {
    const out: PrintAnnotation[] = [];
    for (const article of articles) {
      const found = await store.forArticle(article.id);
      const places = paragraphPlaces(article);
      for (const highlight of found.highlights) {
        if (highlight.anchor.status !== 'anchored') {
          if (highlight.note) out.push(wholeArticle(article.id, `“${highlight.quote}” ${highlight.note}`));
          continue;
        }
        const pieces = cut(places, highlight.anchor.start, highlight.anchor.end);
        pieces.forEach((piece, index) =>
          out.push({ articleId: article.id, ...piece, note: index === pieces.length - 1 ? highlight.note : null }),
        );
        if (pieces.length === 0 && highlight.note) out.push(wholeArticle(article.id, highlight.note));
      }
      for (const note of found.notes) out.push(wholeArticle(article.id, note.note));
    }
    return out;
  };
}

interface Place {
  section: number;
  paragraph: number;
  /** Offset of the paragraph's first character in the article text. */
  offset: number;
  length: number;
}

function paragraphPlaces(article: Article): Place[] {
  const places: Place[] = [];
  let offset = 0;
  article.sections.forEach((section, s) => {
    if (section.heading !== null && section.heading !== '') offset += section.heading.length + 1;
    section.paragraphs.forEach((text, p) => {
      places.push({ section: s, paragraph: p, offset, length: text.length });
      offset += text.length + 1;
    });
  });
  // Kept in step with the definition the store anchors in.
  const expected = articleBlocks(article.sections).reduce((n, b) => n + b.text.length + 1, 0);
  if (expected !== offset) return [];
  return places;
}

function cut(places: readonly Place[], start: number, end: number): Pick<PrintAnnotation, 'section' | 'paragraph' | 'start' | 'end'>[] {
  return places
    .filter((p) => p.offset < end && p.offset + p.length > start)
    .map((p) => ({
      section: p.section,
      paragraph: p.paragraph,
      start: Math.max(0, start - p.offset),
      end: Math.min(p.length, end - p.offset),
    }));
}

function wholeArticle(articleId: string, note: string): PrintAnnotation {
  return { articleId, section: -1, paragraph: -1, start: 0, end: 0, note };
}
