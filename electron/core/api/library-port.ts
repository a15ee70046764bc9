import type { Article, Issue, IssueSummary } from '../../../shared/catalog';
import type { ImportOutcome } from '../../../shared/contract';

/**
 * What the API needs from a library. The core's `Library` satisfies it structurally; keeping
 * the dispatcher on this narrow surface lets the transports be tested without a disk library.
 */
export interface LibraryPort {
  readonly dir: string;
  readonly notices: readonly string[];
  listIssues(): IssueSummary[];
  getIssue(issueId: string): Issue;
  getArticle(articleId: string): Promise<Article>;
  importBulletin(file: { name: string; bytes: Uint8Array }): Promise<ImportOutcome>;
  importSample(): Promise<ImportOutcome>;
}
