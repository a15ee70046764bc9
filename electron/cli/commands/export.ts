import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ArchiveError } from '../../core/errors';
import { ISSUE_EXPORT_FORMATS, loadIssueDocument, renderIssue } from '../../core/export';
import type { IssueExportFormat } from '../../core/export';
import { writeFileDurably } from '../../core/library/durable-file';
import { openLibraryFor } from '../library-option';
import type { LibraryOption } from '../library-option';

/**
 * Writes one issue as json, md or txt: to standard output, or to --out (a file, or a folder to
 * put a file named after the issue in). An existing file is kept unless --force says otherwise.
 */
export async function exportCommand(
  ref: string,
  options: LibraryOption & { format: string; out?: string; force?: boolean },
): Promise<number> {
  const format = parseFormat(options.format);
  const library = await openLibraryFor(options, 'read');
  const issue = library.findIssue(ref);
  const content = renderIssue(await loadIssueDocument(library, issue), format);
  if (!options.out) {
    process.stdout.write(content);
    return 0;
  }
  let target = path.resolve(options.out);
  if ((await fs.stat(target).catch(() => null))?.isDirectory()) {
    target = path.join(target, `${safeFileStem(`${issue.series}-${issue.year ?? ''}-${issue.number ?? ''}`)}.${format}`);
  }
  if (!options.force && (await fs.access(target).then(() => true, () => false))) {
    throw new ArchiveError('bad-input', `${target} already exists. Choose another name, or add --force to replace it.`);
  }
  await fs.mkdir(path.dirname(target), { recursive: true });
  await writeFileDurably(target, content);
  process.stderr.write(`${target}\n`);
  return 0;
}

function parseFormat(value: string): IssueExportFormat {
  const found = ISSUE_EXPORT_FORMATS.find((f) => f === value.toLowerCase());
  if (!found) throw new ArchiveError('bad-input', `Unknown format "${value}". Use one of: ${ISSUE_EXPORT_FORMATS.join(', ')}.`);
  return found;
}

/** Enough for names made from an issue's own title; the full file-name rules come with exporting. */
function safeFileStem(stem: string): string {
  const cleaned = stem.replace(/[\\/:*?"<>|\u0000-\u001f\u202a-\u202e\u2066-\u2069]/g, '_').replace(/[. ]+$/, '');
  return cleaned === '' ? 'issue' : cleaned;
}
