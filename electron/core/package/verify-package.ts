import type { PackageRun, PackageVerifyReport } from '../../../shared/package';
import type { PackageManifest } from './package-manifest';

/** A package checked whole and found sound, open for reading its payload. */
export interface OpenedPackage {
  path: string;
  bagInfo: Record<string, string>;
  manifest: PackageManifest;
  /** A payload file (a path under the bag, `data/issues/<id>/issue.json`), whole. */
  readBytes(bagPath: string): Promise<Uint8Array>;
  readText(bagPath: string): Promise<string>;
  /** A payload file as a stream (the originals can be large). */
  open(bagPath: string): Promise<NodeJS.ReadableStream>;
  /** Whether the payload holds this path. */
  has(bagPath: string): boolean;
  close(): Promise<void>;
}

/** Checks a bag (folder, `.zip` or `.tar`) against RFC 8493 and the package format; never throws for a bad bag. */
export async function verifyPackage(bagPath: string, run: PackageRun = {}): Promise<PackageVerifyReport> {
  void bagPath;
  void run;
  throw new Error('verifyPackage: being built (issue 15)');
}

/** Verifies, then opens for reading; a damaged bag is refused with its list of bad files (ArchiveError). */
export async function openPackage(bagPath: string, run: PackageRun = {}): Promise<OpenedPackage> {
  void bagPath;
  void run;
  throw new Error('openPackage: being built (issue 15)');
}
