import { articleSource, noteOf, tagsOf } from '../../../shared/annotations';
import type { Annotation, AnnotationRow, BookmarkRow, HighlightColor, TagCount, TaggedArticle } from '../../../shared/annotations';
import type { Catalogue } from './catalogue';

export interface AnnotationFilters {
  color?: HighlightColor;
  tag?: string;
  series?: string;
  /** The day the mark was made, from and to (YYYY-MM-DD, both included). */
  from?: string;
  to?: string;
  /** Words in the quote, the note, the article's title or a tag. */
  text?: string;
  limit?: number;
}

const DEFAULT_LIMIT = 500;

/** Highlights and article notes as rows of the "all annotations" screen, newest first. */
export function annotationRows(
  annotations: readonly Annotation[],
  catalogue: Catalogue,
  filters: AnnotationFilters,
): { rows: AnnotationRow[]; total: number } {
  const articleTags = tagsByArticle(annotations);
  const words = squash(filters.text ?? '');
  const rows: AnnotationRow[] = [];
  for (const annotation of annotations) {
    if (annotation.motivation !== 'highlighting' && annotation.motivation !== 'commenting') continue;
    const resolved = catalogue.resolve(annotation.target);
    const article = resolved?.kind === 'article' ? resolved : null;
    const place = article
      ? { ...annotation.target.place, title: article.article.title, article: article.article.index }
      : annotation.target.place;
    const tags = [...new Set([...tagsOf(annotation), ...(article ? (articleTags.get(articleSource(article.article.id)) ?? []) : [])])];
    const row: AnnotationRow = {
      id: annotation.id,
      motivation: annotation.motivation,
      color: annotation.motivation === 'highlighting' ? (annotation.target.styleClass ?? 'yellow') : null,
      quote: annotation.target.selector?.[0].exact ?? null,
      note: noteOf(annotation),
      tags,
      orphaned: annotation.orphaned === true || !article,
      articleId: article?.article.id ?? null,
      issueId: article?.issue.id ?? null,
      place,
      issueDate: article?.issue.date ?? null,
      created: annotation.created,
      modified: annotation.modified,
    };
    if (accepts(row, filters, words)) rows.push(row);
  }
  rows.sort((a, b) => b.created.localeCompare(a.created));
  return { rows: rows.slice(0, filters.limit ?? DEFAULT_LIMIT), total: rows.length };
}

function accepts(row: AnnotationRow, filters: AnnotationFilters, words: string): boolean {
  if (filters.color !== undefined && row.color !== filters.color) return false;
  if (filters.tag !== undefined && filters.tag !== '' && !row.tags.includes(filters.tag)) return false;
  if (filters.series !== undefined && filters.series !== '' && row.place.series !== filters.series) return false;
  const day = row.created.slice(0, 10);
  if (filters.from && day < filters.from) return false;
  if (filters.to && day > filters.to) return false;
  if (words !== '') {
    const haystack = squash([row.quote ?? '', row.note ?? '', row.place.title ?? '', row.place.series, ...row.tags].join('\u0000'));
    if (!words.split(' ').every((word) => haystack.includes(word))) return false;
  }
  return true;
}

/** Lower case, one space between words; CJK text has none, so 科技 成果 means both. */
function squash(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function tagsByArticle(annotations: readonly Annotation[]): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const a of annotations) {
    if (a.motivation !== 'tagging') continue;
    const list = tags.get(a.target.source) ?? [];
    for (const tag of tagsOf(a)) if (!list.includes(tag)) list.push(tag);
    tags.set(a.target.source, list);
  }
  return tags;
}

/** Every tag with the number of articles and highlights carrying it, most used first. */
export function tagCounts(annotations: readonly Annotation[]): TagCount[] {
  const counts = new Map<string, number>();
  for (const a of annotations) for (const tag of tagsOf(a)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag, 'zh-Hans-CN'));
}

export function bookmarkRows(annotations: readonly Annotation[], catalogue: Catalogue): BookmarkRow[] {
  const rows: BookmarkRow[] = [];
  for (const a of annotations) {
    if (a.motivation !== 'bookmarking') continue;
    const resolved = catalogue.resolve(a.target);
    rows.push({
      id: a.id,
      kind: a.target.place.article === null ? 'issue' : 'article',
      issueId: resolved?.issue.id ?? null,
      articleId: resolved?.kind === 'article' ? resolved.article.id : null,
      place: resolved?.kind === 'article' ? { ...a.target.place, title: resolved.article.title } : a.target.place,
      created: a.created,
    });
  }
  return rows.sort((a, b) => b.created.localeCompare(a.created));
}

/** Article ids that carry `tag`, and those with any highlight or note: filters for search. */
export function articlesWithTag(annotations: readonly Annotation[], catalogue: Catalogue, tag: string): Set<string> {
  const ids = new Set<string>();
  for (const a of annotations) {
    if (!tagsOf(a).includes(tag)) continue;
    const resolved = catalogue.resolve(a.target);
    if (resolved?.kind === 'article') ids.add(resolved.article.id);
  }
  return ids;
}

/** The articles that carry `tag` themselves, in library order. */
export function taggedArticles(annotations: readonly Annotation[], catalogue: Catalogue, tag: string): TaggedArticle[] {
  const found = new Map<string, TaggedArticle>();
  for (const a of annotations) {
    if (a.motivation !== 'tagging' || !tagsOf(a).includes(tag)) continue;
    const resolved = catalogue.resolve(a.target);
    if (resolved?.kind !== 'article') continue;
    found.set(resolved.article.id, {
      articleId: resolved.article.id,
      issueId: resolved.issue.id,
      place: {
        series: resolved.issue.series,
        year: resolved.issue.year,
        number: resolved.issue.number,
        article: resolved.article.index,
        title: resolved.article.title,
      },
    });
  }
  return [...found.values()].sort(
    (a, b) =>
      a.place.series.localeCompare(b.place.series, 'zh-Hans-CN') ||
      (b.place.year ?? -1) - (a.place.year ?? -1) ||
      (b.place.number ?? -1) - (a.place.number ?? -1) ||
      (a.place.article ?? 0) - (b.place.article ?? 0),
  );
}

export function articlesWithAnnotations(annotations: readonly Annotation[], catalogue: Catalogue): Set<string> {
  const ids = new Set<string>();
  for (const a of annotations) {
    if (a.motivation !== 'highlighting' && a.motivation !== 'commenting') continue;
    const resolved = catalogue.resolve(a.target);
    if (resolved?.kind === 'article') ids.add(resolved.article.id);
  }
  return ids;
}
