import type { IssueDocument } from './issue-document';
import { issueToJson } from './to-json';
import { issueToMarkdown } from './to-markdown';
import { issueToText } from './to-text';

export { loadIssueDocument } from './issue-document';
export type { IssueDocument } from './issue-document';
export { exportFiles, plannedStems, MIME } from './export-files';
export type { ExportedFile, ExportRequest, ExportServices } from './export-files';
export { writeExport } from './write-export';
export { clearOrphanedExportTemps } from './export-folder';
export type { ExportProgress } from './write-export';
export { createExportServices } from './export-services';
export { ExportSpool } from './export-spool';
export { ChromiumPdfEngine } from './pdf/pdf-engine';
export type { PdfEngine } from './pdf/pdf-engine';
export { safeFileName, uniqueFileName } from './file-names';

/** The text formats of one whole issue (kept for callers that want a string). */
export const ISSUE_EXPORT_FORMATS = ['json', 'md', 'txt'] as const;
export type IssueExportFormat = (typeof ISSUE_EXPORT_FORMATS)[number];

export function renderIssue(doc: IssueDocument, format: IssueExportFormat): string {
  switch (format) {
    case 'json':
      return issueToJson(doc);
    case 'md':
      return issueToMarkdown(doc);
    case 'txt':
      return issueToText(doc);
    default: {
      const never: never = format;
      throw new Error(`unknown format ${String(never)}`);
    }
  }
}
