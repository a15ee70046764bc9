import { z } from 'zod';

/**
 * How issues and articles are named: an issue by the first hex digits of its original's checksum
 * (with a suffix when two clash), an article by its issue and its place in it (`abc123def456-3`).
 * Every check and every derivation goes through here, so the two can never disagree.
 */
export const ISSUE_ID_PATTERN = /^[a-z0-9-]{4,64}$/;
export const ARTICLE_ID_PATTERN = /^[a-z0-9-]{4,64}-\d{1,4}$/;

export const IssueIdSchema = z.string().regex(ISSUE_ID_PATTERN);
export const ArticleIdSchema = z.string().regex(ARTICLE_ID_PATTERN);

/** The id of the article at `index` (1-based, as printed in the contents) of an issue. */
export function articleIdOf(issueId: string, index: number): string {
  return `${issueId}-${index}`;
}

/** The issue an article belongs to, read off the article's id. */
export function issueIdOfArticle(articleId: string): string {
  return articleId.replace(/-\d+$/, '');
}
