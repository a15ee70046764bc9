import type { IssueDocument } from './issue-document';

/** Lossless: the catalogue entry and every body, enough to import the issue again. */
export const ISSUE_EXPORT_FORMAT = 'bulletin-archive/issue';
export const ISSUE_EXPORT_VERSION = 1;

export function issueToJson(doc: IssueDocument): string {
  return `${JSON.stringify({ format: ISSUE_EXPORT_FORMAT, version: ISSUE_EXPORT_VERSION, issue: doc.issue, articles: doc.articles }, null, 2)}\n`;
}
