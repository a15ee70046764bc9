import type { MergeReport, PackageRun } from '../../../shared/package';
import type { Library } from '../library';
import { mergePackage } from './merge/merge-package';
import { openPackage } from './verify-package';

export interface PackageImportOptions extends PackageRun {
  /** Show what would change; write nothing. */
  dryRun?: boolean;
}

/**
 * Merges a package into the library, issue by issue, each all-or-nothing; resumable after a crash.
 * The bag is checked whole first (openPackage): a damaged one is refused before anything is read.
 */
export async function importPackage(library: Library, bagPath: string, options: PackageImportOptions = {}): Promise<MergeReport> {
  const opened = await openPackage(bagPath, options.signal ? { signal: options.signal } : {});
  try {
    return await mergePackage(library, opened, options);
  } finally {
    await opened.close();
  }
}
