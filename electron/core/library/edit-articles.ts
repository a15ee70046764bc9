import type { Issue, IssueTexts } from '../../../shared/catalog';
import { CATALOG_SCHEMA_VERSION } from '../../../shared/catalog';
import type { EditedArticle } from '../../../shared/article-edit';
import { articleIdOf } from '../../../shared/ids';
import { ArchiveError } from '../errors';
import { commitIssue } from './commit-issue';
import type { Library } from './library';

/**
 * Editing an issue's articles after import: titles, regions, columns, order, split and merge, as
 * the issue page's editor sends them (the whole list). Through the commit path, so it is checked,
 * recorded in the history and indexed again. An article keeps its id while its text stays in it
 * (marks stay attached by id); a part split off gets a new id.
 */
export interface ArticlesEdited {
  issue: Issue;
  texts: IssueTexts;
  /** Where each former article's text went, for its annotations to follow. */
  moves: { from: string; to: string[] }[];
}

export async function editArticles(library: Library, issueId: string, edited: readonly EditedArticle[]): Promise<ArticlesEdited> {
  let result: ArticlesEdited | null = null;
  await commitIssue(library, (issues) => {
    const issue = issues.find((i) => i.id === issueId);
    if (!issue) throw ArchiveError.of('not-found', { code: 'issue-not-found', issueId });
    const planned = planArticles(issue, edited);
    result = planned;
    return { issue: planned.issue, texts: planned.texts, replaces: issueId, action: 'edit-articles' };
  });
  if (!result) throw ArchiveError.of('not-found', { code: 'issue-not-found', issueId });
  return result;
}

/** The new entry and texts: pure, so the rules are tested without a library. */
export function planArticles(issue: Issue, edited: readonly EditedArticle[]): ArticlesEdited {
  const known = new Set(issue.articles.map((a) => a.id));
  const unknown = edited.flatMap((a) => a.from).find((id) => !known.has(id));
  if (unknown !== undefined) throw ArchiveError.of('bad-input', { code: 'articles-edit-bad', detail: `${unknown} is not an article of this issue` });
  const covered = new Set(edited.flatMap((a) => a.from));
  const dropped = issue.articles.find((a) => !covered.has(a.id));
  // Nothing of an issue is lost by editing: every former article's text must go somewhere.
  if (dropped) throw ArchiveError.of('bad-input', { code: 'articles-edit-bad', detail: `the text of "${dropped.title}" would be lost` });
  let next = Math.max(0, ...issue.articles.map((a) => Number(/-(\d+)$/.exec(a.id)?.[1] ?? 0))) + 1;
  const used = new Set<string>();
  const ids = edited.map((article) => {
    const keep = article.from[0]!;
    if (!used.has(keep)) {
      used.add(keep);
      return keep;
    }
    const id = articleIdOf(issue.id, next);
    next += 1;
    used.add(id);
    return id;
  });
  const articles = edited.map((a, i) => ({
    id: ids[i]!,
    index: i + 1,
    title: a.title,
    page: a.page,
    column: blankToNull(a.column),
    region: blankToNull(a.region),
    source: blankToNull(a.source),
  }));
  const texts: IssueTexts = { schemaVersion: CATALOG_SCHEMA_VERSION, issueId: issue.id, articles: edited.map((a, i) => ({ id: ids[i]!, sections: a.sections })) };
  const moves = issue.articles.map((old) => ({ from: old.id, to: edited.flatMap((a, i) => (a.from.includes(old.id) ? [ids[i]!] : [])) }));
  return { issue: { ...issue, articles }, texts, moves };
}

function blankToNull(value: string | null): string | null {
  return value === null || value.trim() === '' ? null : value.trim();
}
