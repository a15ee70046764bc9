import type { Article, Issue } from '../../../../shared/catalog';
import type { PrintTarget } from '../../../../shared/contract/export';
import { issueTitle } from '../../../../shared/format';
import { ArchiveError } from '../../errors';
import type { Library } from '../../library';
import { loadIssueDocument } from '../issue-document';

/** Articles of one issue, in the order they are printed. */
export interface PrintGroup {
  issue: Issue;
  articles: Article[];
  /** The whole issue: printed with its masthead, contents and colophon. */
  wholeIssue: boolean;
}

/** What one print document or one exported file holds. */
export interface PrintSource {
  kind: PrintTarget['kind'];
  title: string;
  groups: PrintGroup[];
}

export async function loadPrintSource(library: Library, target: PrintTarget): Promise<PrintSource> {
  switch (target.kind) {
    case 'issue': {
      const doc = await loadIssueDocument(library, library.getIssue(target.issueId));
      return { kind: 'issue', title: issueTitle(doc.issue, 'zh'), groups: [{ ...doc, wholeIssue: true }] };
    }
    case 'article': {
      const article = await library.getArticle(target.articleId);
      const issue = library.getIssue(article.issueId);
      return { kind: 'article', title: article.title, groups: [{ issue, articles: [article], wholeIssue: false }] };
    }
    case 'articles':
      return { kind: 'articles', title: '文章选编', groups: await basketGroups(library, target.articleIds) };
    default: {
      const never: never = target;
      throw new Error(`unknown print target ${String(never)}`);
    }
  }
}

/** A print basket keeps the order it was filled in; consecutive articles of one issue share a group. */
async function basketGroups(library: Library, articleIds: readonly string[]): Promise<PrintGroup[]> {
  const groups: PrintGroup[] = [];
  const seen = new Set<string>();
  for (const id of articleIds) {
    if (seen.has(id)) continue;
    seen.add(id);
    const article = await library.getArticle(id);
    const last = groups.at(-1);
    if (last && last.issue.id === article.issueId) last.articles.push(article);
    else groups.push({ issue: library.getIssue(article.issueId), articles: [article], wholeIssue: false });
  }
  if (groups.length === 0) throw new ArchiveError('bad-input', 'The print basket is empty: add articles to it first.');
  return groups;
}
