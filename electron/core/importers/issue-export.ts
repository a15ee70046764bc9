import { createHash } from 'node:crypto';
import { z } from 'zod';
import { CATALOG_SCHEMA_VERSION } from '../../../shared/catalog';
import type { Issue, IssueTexts } from '../../../shared/catalog';
import { ISSUE_EXPORT_FORMAT, IssueExportSchema } from '../../../shared/issue-export';
import type { IssueExport } from '../../../shared/issue-export';
import { decodeBase64 } from '../encoding/base64';
import { ArchiveError } from '../errors';

/**
 * The importer of an issue exported as JSON (lossless: catalogue entry, texts and the original):
 * it is brought back as it was, not parsed again: same id, same articles, same corrections.
 * Pure like the other importers: it reads and checks, and the library commits what it returns.
 */
const HEAD = new RegExp(`^\\s*\\{\\s*"format"\\s*:\\s*"${ISSUE_EXPORT_FORMAT.replace('/', '\\/')}"`);

export function isIssueExport(bytes: Uint8Array): boolean {
  return HEAD.test(new TextDecoder().decode(bytes.subarray(0, 256)));
}

/** What an export holds, checked: the entry, its texts and (version 2) the original, whose checksum matched. */
export interface RestoredIssue {
  issue: Issue;
  texts: IssueTexts;
  original: Uint8Array | null;
}

export function readIssueExport(name: string, text: string): RestoredIssue {
  let parsed: IssueExport;
  try {
    parsed = IssueExportSchema.parse(JSON.parse(text));
  } catch (error) {
    const detail = error instanceof z.ZodError ? (error.issues[0]?.message ?? 'wrong shape') : 'not JSON';
    throw ArchiveError.of('bad-input', { code: 'not-an-issue-export', file: name, detail });
  }
  const { issue, articles } = parsed;
  if (articles.length !== issue.articles.length || articles.some((a, i) => a.id !== issue.articles[i]?.id || a.issueId !== issue.id)) {
    throw ArchiveError.of('bad-input', { code: 'issue-export-changed', file: name });
  }
  const original = parsed.originalBase64 ? decodeBase64(parsed.originalBase64) : null;
  if (original && createHash('sha256').update(original).digest('hex') !== issue.original.sha256) {
    throw ArchiveError.of('bad-input', { code: 'issue-export-damaged', file: name });
  }
  const texts = { schemaVersion: CATALOG_SCHEMA_VERSION, issueId: issue.id, articles: articles.map((a) => ({ id: a.id, sections: a.sections })), ...(parsed.unplaced ? { unplaced: parsed.unplaced } : {}) };
  return { issue, texts, original };
}
