import { ISSUE_EXPORT_FORMAT, ISSUE_EXPORT_VERSION } from '../../../shared/issue-export';
import type { IssueDocument } from './issue-document';

export { ISSUE_EXPORT_FORMAT, ISSUE_EXPORT_VERSION };

/**
 * Lossless: the catalogue entry, every body and (version 2) the original file itself, enough to
 * import the issue into another library exactly as it is here (importers/issue-export.ts).
 */
export function issueToJson(doc: IssueDocument, original: Uint8Array | null = null): string {
  const originalBase64 = original ? Buffer.from(original.buffer, original.byteOffset, original.byteLength).toString('base64') : null;
  return `${JSON.stringify({ format: ISSUE_EXPORT_FORMAT, version: ISSUE_EXPORT_VERSION, issue: doc.issue, articles: doc.articles, originalBase64, unplaced: doc.unplaced }, null, 2)}\n`;
}
