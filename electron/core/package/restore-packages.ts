import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { MergeReport, PackageRun } from '../../../shared/package';
import { ArchiveError } from '../errors';
import { openLibrary } from '../library';
import type { Library } from '../library';
import { matchHeld } from './merge/match';
import { mergePackage } from './merge/merge-package';
import { readPackagedIssue } from './merge/packaged-issue';
import type { OpenedPackage } from './verify-package';
import { openPackage } from './verify-package';

export interface RestoreOptions extends PackageRun {
  /** Merge into a library that already holds issues, rather than refuse it. */
  intoExisting?: boolean;
  /** How a package is opened (tests read a package folder of their own); openPackage by default. */
  open?: (bagPath: string, run: PackageRun) => Promise<OpenedPackage>;
}

export interface RestoreReport {
  library: string;
  /** One merge report per package, in the order applied. */
  merges: MergeReport[];
  /** Issues an incremental backup says were deleted since the one before: moved to the recycle area. */
  deleted: { ref: string; issueId: string }[];
}

/**
 * Brings a library back from its backups: a full backup, then the incremental ones that follow
 * it, oldest first, each merged (import = merge, so a restore is resumable and changes nothing
 * twice), with the deletions each incremental names applied. The target is an empty or new folder;
 * a library that holds issues is refused unless `intoExisting`, which merges into it.
 * The library's own 档号 settings stay; a new library takes none from the backup (docs/package-format.md).
 */
export async function restorePackages(targetDir: string, packages: readonly string[], options: RestoreOptions = {}): Promise<RestoreReport> {
  if (packages.length === 0) throw ArchiveError.of('bad-input', { code: 'restore-no-packages' });
  const dir = path.resolve(targetDir);
  const open = options.open ?? openPackage;
  const run: PackageRun = { ...(options.signal && { signal: options.signal }), ...(options.onProgress && { onProgress: options.onProgress }) };
  // Every package is checked whole before the library is touched: a damaged one refuses them all.
  const opened: OpenedPackage[] = [];
  try {
    for (const bag of packages) opened.push(await open(bag, run));
    checkOrder(opened);
    const library = await targetLibrary(dir, options.intoExisting ?? false);
    const merges: MergeReport[] = [];
    const deleted: RestoreReport['deleted'] = [];
    for (const bag of opened) {
      merges.push(await mergePackage(library, bag, run));
      deleted.push(...(await applyDeletions(library, bag)));
    }
    return { library: library.dir, merges, deleted };
  } finally {
    for (const bag of opened) await bag.close();
  }
}

/** A full (or selection) backup first, then incrementals in the order they were made. */
function checkOrder(opened: readonly OpenedPackage[]): void {
  opened.forEach((bag, index) => {
    const name = path.basename(bag.path);
    if (index > 0 && bag.manifest.kind !== 'incremental') {
      throw ArchiveError.of('bad-input', { code: 'restore-not-in-order', file: name, detail: 'only the first package may be a full backup; the others must be incremental' });
    }
    const before = opened[index - 1];
    if (before && bag.manifest.createdAt < before.manifest.createdAt) {
      throw ArchiveError.of('bad-input', { code: 'restore-not-in-order', file: name, detail: `it was made before ${path.basename(before.path)}; name the backups oldest first` });
    }
  });
}

async function targetLibrary(dir: string, intoExisting: boolean): Promise<Library> {
  const entries = await fs.readdir(dir).catch(() => [] as string[]);
  if (entries.length > 0 && !intoExisting) {
    // A library with nothing in it yet is as good as an empty folder.
    const library = await openLibrary(dir).catch(() => null);
    if (library === null || library.issues().length > 0) throw ArchiveError.of('bad-input', { code: 'restore-not-empty', dir });
    return library;
  }
  return openLibrary(dir, { create: true });
}

/**
 * An incremental backup's deletions, each moved to the recycle area (from where it can come back):
 * the issue is found by the id it had in the backed-up library (a restore into a new library keeps
 * the ids), else by its `series:year:number`.
 */
async function applyDeletions(library: Library, bag: OpenedPackage): Promise<RestoreReport['deleted']> {
  const deleted: RestoreReport['deleted'] = [];
  for (const gone of bag.manifest.deleted) {
    const issue = library.issues().find((i) => i.id === gone.id) ?? byRef(library, gone.ref);
    if (!issue) continue;
    // An issue the same backup brings back after deleting it (deleted, then imported again) stays.
    const packaged = bag.manifest.issues.find((p) => p.id === gone.id);
    if (packaged) {
      const data = await readPackagedIssue(bag, packaged);
      if (matchHeld([issue], data.issue)) continue;
    }
    await library.deleteIssue(issue.id);
    deleted.push({ ref: gone.ref, issueId: issue.id });
  }
  return deleted;
}

function byRef(library: Library, ref: string) {
  try {
    return library.findIssue(ref);
  } catch {
    return undefined;
  }
}
