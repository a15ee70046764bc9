import type { PackageExportReport, PackageKind, PackageRun, PackageSelection } from '../../../shared/package';
import type { Library } from '../library';

export interface PackageExportOptions extends PackageRun {
  /** A folder to create, or a file ending in `.zip` or `.tar`. */
  out: string;
  selection?: PackageSelection;
  /** Default: `full` without a selection, `selection` with one. */
  kind?: PackageKind;
  /** Incremental packages: only issues changed after this time, and the deletions since. */
  since?: string;
  /** Incremental packages: the backup they follow. */
  base?: string;
  sourceOrganization?: string;
  description?: string;
  now?: Date;
}

/** Writes a package (docs/package-format.md), streaming: no whole package is held in memory. */
export async function exportPackage(library: Library, options: PackageExportOptions): Promise<PackageExportReport> {
  void library;
  void options;
  throw new Error('exportPackage: being built (issue 15)');
}
