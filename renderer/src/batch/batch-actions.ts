import type { IssueSummary } from '../../../shared/catalog';
import type { ApiResult, IssuePatch } from '../../../shared/contract';
import { DEFAULT_PRINT_OPTIONS } from '../../../shared/contract/export';
import { articleIdOf } from '../../../shared/ids';
import { exportAndDeliver } from '../export/deliver';
import type { Delivery } from '../export/deliver';
import { addToBasket } from '../print/basket';
import { call } from '../store/api';
import { forgetIssues, refreshIssues } from '../store/library';

/** The most articles one basket or one selection export carries (the export contract's limit). */
export const MOST_ARTICLES = 2000;

/**
 * One change to every selected issue. The core applies it to all or to none, so a failure
 * leaves the catalogue as it was; on success the list and the issue pages show it at once.
 */
export async function updateSelection(issueIds: readonly string[], patch: IssuePatch): Promise<ApiResult<{ updated: number }>> {
  const result = await call('issues.updateMany', { issueIds: [...issueIds], patch });
  if (result.ok) {
    forgetIssues(issueIds);
    await refreshIssues();
  }
  return result;
}

/** Every article of the selected issues, in list order (an article's id is its issue and place). */
export function articlesOf(issues: readonly IssueSummary[]): string[] {
  return issues.flatMap((issue) => Array.from({ length: issue.articleCount }, (_, index) => articleIdOf(issue.id, index + 1)));
}

/** Puts every article of the selection in the print basket; returns how many were new to it. */
export function basketSelection(issues: readonly IssueSummary[]): number {
  return addToBasket(articlesOf(issues).slice(0, MOST_ARTICLES));
}

/** The catalogue of the selection (one row per article, every catalogue field) as CSV or XLSX. */
export function exportSelection(issues: readonly IssueSummary[], format: 'csv' | 'xlsx'): Promise<ApiResult<Delivery>> {
  const articleIds = articlesOf(issues).slice(0, MOST_ARTICLES);
  return exportAndDeliver({ kind: 'articles', articleIds }, format, 'utf-8', DEFAULT_PRINT_OPTIONS);
}
