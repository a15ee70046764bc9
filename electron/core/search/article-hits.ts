import type { SectionSchema } from '../../../shared/catalog';
import type { z } from 'zod';
import { normaliseWithOrigin } from './normalise';
import { occurrences, rangesToOriginal } from './occurrences';
import type { ArticleHit, ArticlePart } from './types';

type Section = z.infer<typeof SectionSchema>;

/**
 * Every hit of the terms in one article, in reading order, as positions in the text the reader
 * shows (title, headings, paragraphs as stored): for highlighting all hits and stepping between
 * them, and for Ctrl+F within the open article.
 */
export function findArticleHits(title: string, sections: readonly Section[], terms: readonly string[]): ArticleHit[] {
  const parts: { part: ArticlePart; text: string }[] = [{ part: { kind: 'title' }, text: title }];
  sections.forEach((section, s) => {
    if (section.heading !== null) parts.push({ part: { kind: 'heading', section: s }, text: section.heading });
    section.paragraphs.forEach((paragraph, p) => parts.push({ part: { kind: 'paragraph', section: s, paragraph: p }, text: paragraph }));
  });
  const hits: ArticleHit[] = [];
  for (const { part, text } of parts) {
    const normalised = normaliseWithOrigin(text);
    const ranges = occurrences(normalised.text, terms);
    rangesToOriginal(ranges, normalised.origin, text).forEach(([start, end], i) => {
      const [from, to] = ranges[i] ?? [0, 0];
      const piece = normalised.text.slice(from, to);
      const term = Math.max(
        0,
        terms.findIndex((t) => piece.includes(t)),
      );
      hits.push({ part, start, end, term });
    });
  }
  return hits;
}
