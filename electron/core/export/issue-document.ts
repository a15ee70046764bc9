import type { Article, Issue, IssueTexts } from '../../../shared/catalog';
import type { Library } from '../library';

/** An issue with all its article bodies: what every exporter writes from. */
export interface IssueDocument {
  issue: Issue;
  articles: Article[];
  /** Lines no rule placed, kept until a person assigns or discards them. */
  unplaced?: IssueTexts['unplaced'];
}

export async function loadIssueDocument(library: Library, issue: Issue): Promise<IssueDocument> {
  const texts = await library.getTexts(issue.id);
  const bodies = new Map(texts.articles.map((a) => [a.id, a.sections]));
  return {
    issue,
    articles: issue.articles.map((meta) => ({ ...meta, issueId: issue.id, sections: bodies.get(meta.id) ?? [] })),
    ...(texts.unplaced ? { unplaced: texts.unplaced } : {}),
  };
}
