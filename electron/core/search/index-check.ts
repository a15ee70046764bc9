import path from 'node:path';
import { indexDir, readManifest } from './manifest';
import { checkSegmentFile } from './segment-file';

/**
 * The search index on disk, checked whole for `verify` (issue 20, defect 9): the manifest, and each
 * segment it names against its checksums, stored texts included. A damaged part is not a loss (the
 * index is built from the library), so opening the search rebuilds what fails here.
 */
export interface IndexProblem {
  /** Relative to the library folder. */
  path: string;
  problem: string;
}

export async function checkSearchIndex(libraryDir: string): Promise<IndexProblem[]> {
  const { manifest, problem } = await readManifest(libraryDir);
  const at = (name: string) => path.join(path.basename(indexDir(libraryDir)), name);
  if (problem !== null) return [{ path: at('manifest.json'), problem }];
  const problems: IndexProblem[] = [];
  for (const segment of manifest?.segments ?? []) {
    const found = await checkSegmentFile(path.join(indexDir(libraryDir), segment.file));
    if (found !== null) problems.push({ path: at(segment.file), problem: found.replace(path.join(indexDir(libraryDir), segment.file), segment.file) });
  }
  return problems;
}
