import { parseSource } from '../../../shared/annotations';
import type { Place, Target } from '../../../shared/annotations';
import type { ArticleMeta, Issue } from '../../../shared/catalog';

/**
 * Which article or issue an annotation is about now. By id first; when that id is gone (the
 * issue was deleted and imported again from a corrected file, which gives it a new id), by
 * where it was: the same series, year and number, the article of the same title or number.
 */
export type Resolved = { kind: 'article'; issue: Issue; article: ArticleMeta } | { kind: 'issue'; issue: Issue };

export class Catalogue {
  private readonly issuesById = new Map<string, Issue>();
  private readonly articles = new Map<string, { issue: Issue; article: ArticleMeta }>();
  private readonly issuesByPlace = new Map<string, Issue>();

  constructor(readonly issues: readonly Issue[]) {
    for (const issue of issues) {
      this.issuesById.set(issue.id, issue);
      if (issue.year !== null && issue.number !== null) this.issuesByPlace.set(placeKey(issue.series, issue.year, issue.number), issue);
      for (const article of issue.articles) this.articles.set(article.id, { issue, article });
    }
  }

  issue(issueId: string): Issue | undefined {
    return this.issuesById.get(issueId);
  }

  article(articleId: string): { issue: Issue; article: ArticleMeta } | undefined {
    return this.articles.get(articleId);
  }

  resolve(target: Pick<Target, 'source' | 'place'>): Resolved | null {
    const source = parseSource(target.source);
    if (!source) return null;
    if (source.kind === 'article') {
      const found = this.articles.get(source.articleId);
      if (found) return { kind: 'article', ...found };
    } else {
      const issue = this.issuesById.get(source.issueId);
      if (issue) return { kind: 'issue', issue };
    }
    const { place } = target;
    if (place.year === null || place.number === null) return null;
    const issue = this.issuesByPlace.get(placeKey(place.series, place.year, place.number));
    if (!issue) return null;
    if (source.kind === 'issue') return { kind: 'issue', issue };
    const article =
      (place.title !== null ? issue.articles.find((a) => a.title === place.title) : undefined) ??
      (place.article !== null ? issue.articles.find((a) => a.index === place.article) : undefined);
    return article ? { kind: 'article', issue, article } : null;
  }
}

/** Built per call: the library mutates its catalogue in place, so keep one only as long as Library.catalogueStamp() stays the same. */
export function catalogueOf(issues: readonly Issue[]): Catalogue {
  return new Catalogue(issues);
}

export function placeOfArticle(issue: Issue, article: ArticleMeta): Place {
  return { series: issue.series, year: issue.year, number: issue.number, article: article.index, title: article.title };
}

export function placeOfIssue(issue: Issue): Place {
  return { series: issue.series, year: issue.year, number: issue.number, article: null, title: null };
}

function placeKey(series: string, year: number, number: number): string {
  return `${series}\u0000${year}\u0000${number}`;
}

/** `series:year:number:article` as people write it (科技情报参考:2024:3:4), or an article id. */
export function findArticleByRef(catalogue: Catalogue, ref: string): { issue: Issue; article: ArticleMeta } | null {
  const trimmed = ref.trim();
  const byId = catalogue.article(trimmed);
  if (byId) return byId;
  const match = /^(.+)[:：](\d{4})[:：](\d{1,4})[:：](\d{1,4})$/.exec(trimmed);
  if (!match) return null;
  const [, series = '', year, number, index] = match;
  const issue = catalogue.issues.find((i) => i.series === series && i.year === Number(year) && i.number === Number(number));
  const article = issue?.articles.find((a) => a.index === Number(index));
  return issue && article ? { issue, article } : null;
}
