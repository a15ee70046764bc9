import type { UnplacedLine } from '../../../shared/bulletin';
import { appendParagraph, withoutLine } from '../../../shared/unplaced';
import { ArchiveError } from '../errors';
import { commitIssue } from './commit-issue';
import type { Library } from './library';

/**
 * The issue's unplaced text after import (issue 13): lines no rule placed, kept in its texts
 * file until a person adds each to an article or discards it. Both go through the one commit
 * path, so a failure leaves the texts as they were.
 */
export async function unplacedText(library: Library, issueId: string): Promise<UnplacedLine[]> {
  library.getIssue(issueId);
  return (await library.getTexts(issueId)).unplaced ?? [];
}

/** Adds the line at the end of the article, as a paragraph of its own, and forgets it as unplaced. */
export async function placeUnplacedLine(library: Library, issueId: string, line: number, articleId: string): Promise<UnplacedLine[]> {
  const texts = await library.getTexts(issueId);
  const unplaced = texts.unplaced ?? [];
  const found = unplaced.find((candidate) => candidate.line === line);
  if (!found) throw ArchiveError.of('not-found', { code: 'unplaced-line-not-found', issueId, line });
  if (!texts.articles.some((article) => article.id === articleId)) throw ArchiveError.of('not-found', { code: 'article-not-found', articleId });
  const changed = {
    ...texts,
    articles: texts.articles.map((article) => (article.id === articleId ? { ...article, sections: appendParagraph(article.sections, found.text) } : article)),
    unplaced: withoutLine(unplaced, line),
  };
  await commitIssue(library, (issues) => ({ issue: existing(issues, issueId), texts: changed, replaces: issueId }));
  return changed.unplaced;
}

/** A person decided the line is not part of the issue: it is removed from its unplaced text. */
export async function discardUnplacedLine(library: Library, issueId: string, line: number): Promise<UnplacedLine[]> {
  const texts = await library.getTexts(issueId);
  const unplaced = texts.unplaced ?? [];
  if (!unplaced.some((candidate) => candidate.line === line)) throw ArchiveError.of('not-found', { code: 'unplaced-line-not-found', issueId, line });
  const changed = { ...texts, unplaced: withoutLine(unplaced, line) };
  await commitIssue(library, (issues) => ({ issue: existing(issues, issueId), texts: changed, replaces: issueId }));
  return changed.unplaced;
}

function existing<T extends { id: string }>(issues: readonly T[], issueId: string): T {
  const issue = issues.find((candidate) => candidate.id === issueId);
  if (!issue) throw ArchiveError.of('not-found', { code: 'issue-not-found', issueId });
  return issue;
}
