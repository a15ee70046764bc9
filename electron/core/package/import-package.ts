import type { MergeReport, PackageRun } from '../../../shared/package';
import type { Library } from '../library';

export interface PackageImportOptions extends PackageRun {
  /** Show what would change; write nothing. */
  dryRun?: boolean;
}

/** Merges a package into the library, issue by issue, each all-or-nothing; resumable after a crash. */
export async function importPackage(library: Library, bagPath: string, options: PackageImportOptions = {}): Promise<MergeReport> {
  void library;
  void bagPath;
  void options;
  throw new Error('importPackage: being built (issue 15)');
}
