import type { ImportOutcome } from '../../../shared/contract';
import { ArchiveError } from '../errors';
import { restoreIssueFromJson } from '../export/from-json';
import { ISSUE_EXPORT_FORMAT } from '../export/to-json';
import type { Library } from '../library/library';

/**
 * An issue exported as JSON (lossless: catalogue entry, texts and the original) is brought back
 * as it was, not parsed again: same id, same articles, same corrections.
 */
const HEAD = new RegExp(`^\\s*\\{\\s*"format"\\s*:\\s*"${ISSUE_EXPORT_FORMAT.replace('/', '\\/')}"`);

export function isIssueExport(bytes: Uint8Array): boolean {
  return HEAD.test(new TextDecoder().decode(bytes.subarray(0, 256)));
}

export async function restoreIssueExport(library: Library, name: string, bytes: Uint8Array): Promise<ImportOutcome> {
  const text = new TextDecoder().decode(bytes);
  try {
    const issue = await restoreIssueFromJson(library, text, name);
    return { status: 'imported', file: name, issueId: issue.id, message: `Restored ${issue.series} from its export (${issue.articles.length} articles).` };
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    const existing = error.code === 'duplicate' ? issueAlreadyThere(library, text) : null;
    if (existing) return { status: 'duplicate', file: name, issueId: existing, message: error.message, said: error.said };
    return { status: 'failed', file: name, code: error.code, message: error.message, said: error.said };
  }
}

function issueAlreadyThere(library: Library, text: string): string | null {
  const exported = (JSON.parse(text) as { issue?: { id?: unknown; original?: { sha256?: unknown } } }).issue;
  const found = library.issues().find((i) => i.id === exported?.id || i.original.sha256 === exported?.original?.sha256);
  return found?.id ?? null;
}
