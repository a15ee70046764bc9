import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { ArchiveError } from '../errors';
import { FILES_DIR, TEXTS_DIR, originalFile, textsFile } from './layout';
import { formatIssueRef } from './issue-ref';
import { issueFiles } from '../../../shared/catalog';
import { recycledIssues } from './recycle';
import type { Library } from './library';

/**
 * Proof that a library is sound: every original present and matching its checksum, every
 * issue's texts present, readable and matching the catalogue, and nothing left unreferenced.
 */
export type VerifyProblem =
  | { kind: 'original-missing' | 'original-altered' | 'texts-missing' | 'texts-damaged' | 'texts-mismatch'; issue: string; path: string; message: string }
  | { kind: 'orphan-file' | 'orphan-texts'; path: string; message: string };

export interface VerifyReport {
  issues: number;
  originals: number;
  problems: VerifyProblem[];
}

export async function verifyLibrary(library: Library): Promise<VerifyReport> {
  const problems: VerifyProblem[] = [];
  const issues = library.issues();
  const expectedFiles = new Set<string>();
  const expectedTexts = new Set<string>();
  // Issues in the recycle area keep their files (they can be restored): those are not orphans.
  for (const recycled of await recycledIssues(library)) for (const f of issueFiles(recycled)) expectedFiles.add(path.basename(originalFile(f.sha256, f.ext)));
  for (const issue of issues) {
    const label = `${formatIssueRef(issue)} (${issue.id})`;
    expectedTexts.add(path.basename(textsFile(issue.id)));
    // Every file of the issue (issue 14), the original first.
    for (const file of issueFiles(issue)) {
      const original = originalFile(file.sha256, file.ext);
      expectedFiles.add(path.basename(original));
      const actual = await sha256Of(path.join(library.dir, original));
      if (actual === null) {
        problems.push({ kind: 'original-missing', issue: issue.id, path: original, message: `${label}: the original file ${original} is missing.` });
      } else if (actual !== file.sha256) {
        problems.push({ kind: 'original-altered', issue: issue.id, path: original, message: `${label}: the original file ${original} has been changed (its checksum no longer matches).` });
      }
    }
    problems.push(...(await checkTexts(library, issue.id, label, issue.articles.map((a) => a.id))));
  }
  for (const name of await listFolder(path.join(library.dir, FILES_DIR))) {
    if (!expectedFiles.has(name)) problems.push({ kind: 'orphan-file', path: path.join(FILES_DIR, name), message: `${path.join(FILES_DIR, name)} belongs to no issue.` });
  }
  for (const name of await listFolder(path.join(library.dir, TEXTS_DIR))) {
    if (!expectedTexts.has(name)) problems.push({ kind: 'orphan-texts', path: path.join(TEXTS_DIR, name), message: `${path.join(TEXTS_DIR, name)} belongs to no issue.` });
  }
  return { issues: issues.length, originals: expectedFiles.size, problems };
}

async function checkTexts(library: Library, issueId: string, label: string, articleIds: string[]): Promise<VerifyProblem[]> {
  const file = textsFile(issueId);
  if (!(await fs.access(path.join(library.dir, file)).then(() => true, () => false))) {
    return [{ kind: 'texts-missing', issue: issueId, path: file, message: `${label}: the article texts ${file} are missing.` }];
  }
  try {
    const texts = await library.getTexts(issueId);
    const ids = texts.articles.map((a) => a.id);
    if (ids.join('\n') !== articleIds.join('\n')) {
      return [{ kind: 'texts-mismatch', issue: issueId, path: file, message: `${label}: ${file} holds ${ids.length} articles but the catalogue lists ${articleIds.length}.` }];
    }
    return [];
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    return [{ kind: 'texts-damaged', issue: issueId, path: file, message: `${label}: ${error.message}` }];
  }
}

async function sha256Of(file: string): Promise<string | null> {
  try {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
    return hash.digest('hex');
  } catch {
    return null;
  }
}

async function listFolder(dir: string): Promise<string[]> {
  try {
    return (await fs.readdir(dir)).filter((n) => !n.startsWith('.'));
  } catch {
    return [];
  }
}
