import { z } from 'zod';
import { IssueIdSchema } from './ids';
import type { ArchiveMessage } from './messages';

/**
 * Packages (issue 15): a library, a series, a year range or a selection as one BagIt bag
 * (RFC 8493) that another workstation merges, an archive system accepts, and a backup restores.
 * The layout inside `data/` is docs/package-format.md. These are the shapes the core answers
 * with, the same for the command line (`--json`) and the app.
 */

/** What goes in a package: nothing named means the whole library. */
export const PackageSelectionSchema = z.strictObject({
  series: z.array(z.string().min(1).max(200)).max(1000).optional(),
  /** Inclusive years of publication: 2019–2021. */
  years: z.strictObject({ from: z.number().int().min(1900).max(2200), to: z.number().int().min(1900).max(2200) }).optional(),
  issueIds: z.array(IssueIdSchema).min(1).max(100_000).optional(),
});
export type PackageSelection = z.infer<typeof PackageSelectionSchema>;

/** A bag as a folder, or as one file for a USB stick. */
export const PACKAGE_CONTAINERS = ['folder', 'zip', 'tar'] as const;
export type PackageContainer = (typeof PACKAGE_CONTAINERS)[number];

/** A package of everything, of a selection, or of what changed since an earlier backup. */
export const PACKAGE_KINDS = ['full', 'selection', 'incremental'] as const;
export type PackageKind = (typeof PACKAGE_KINDS)[number];

/** How far a long package operation has come, for a progress bar and the CLI's status line. */
export interface PackageProgress {
  phase: 'collect' | 'write' | 'manifest' | 'verify' | 'merge' | 'restore';
  done: number;
  total: number;
  /** What is being worked on, as a person reads it (`科技情报参考:2024:3`, a file name). */
  item?: string;
}

/** Progress and cancel for every long package operation. */
export interface PackageRun {
  onProgress?: (progress: PackageProgress) => void;
  signal?: AbortSignal;
}

export interface PackageExportReport {
  /** The folder, `.zip` or `.tar` written. */
  path: string;
  container: PackageContainer;
  kind: PackageKind;
  issues: number;
  /** Payload files (under `data/`). */
  files: number;
  payloadBytes: number;
  /** bag-info.txt as written (Source-Organization, Bagging-Date, Payload-Oxum, …). */
  bagInfo: Record<string, string>;
}

/** Why a bag is refused: one line per bad file, or one for the whole bag. */
export const BAG_PROBLEMS = [
  'not-a-bag', // no bagit.txt, or not one this reader knows
  'malformed', // a tag file that does not parse
  'truncated', // a zip or tar that ends before it should
  'checksum-mismatch',
  'missing', // listed in the manifest, absent
  'not-in-manifest', // present under data/, unlisted
  'outside-data', // a path with `..`, absolute, or not under data/
  'symlink', // a link (or a zip entry that is one)
  'too-large', // over the size limits (claimed or real)
  'oxum-mismatch', // Payload-Oxum disagrees with the payload
  'tagmanifest-mismatch',
  'not-a-package', // a valid bag, but not a Bulletin Archive package (no data/package.json)
] as const;
export type BagProblemKind = (typeof BAG_PROBLEMS)[number];

export interface BagProblem {
  problem: BagProblemKind;
  /** The file it is about, relative to the bag; absent for the whole bag. */
  path?: string;
  /** What was expected and found, for a person (`sha256 3a…, found 9c…`). */
  detail?: string;
}

export interface PackageVerifyReport {
  path: string;
  valid: boolean;
  bagInfo: Record<string, string>;
  /** Issues in the package (from data/package.json), 0 when the bag is not readable. */
  issues: number;
  files: number;
  payloadBytes: number;
  problems: BagProblem[];
}

/** A catalogue field that differs between the library and the package, and which value was kept. */
export interface FieldConflict {
  field: string;
  /** The library's value and the package's, as text (JSON for lists). */
  ours: string;
  theirs: string;
  kept: 'ours' | 'theirs';
  /** The stated rule: the newer edit wins (times from each side's history); without history on a side, the library's value stays. */
  rule: 'newer-edit' | 'no-history';
  oursAt: string | null;
  theirsAt: string | null;
}

export interface AnnotationMergeCounts {
  added: number;
  updated: number;
  unchanged: number;
  /** Changed on both sides: both versions kept, the package's flagged. */
  conflicted: number;
}

export type IssueMergeAction = 'added' | 'merged' | 'unchanged' | 'failed';

export interface IssueMergeRow {
  /** `series:year:number`, as a person reads it. */
  ref: string;
  /** The issue's id in the package, and in the library after the merge (they may differ). */
  packageIssueId: string;
  issueId: string | null;
  action: IssueMergeAction;
  /** How the package's issue was recognised as one held: the same file, or series + year + number. */
  matchedBy: 'checksum' | 'number' | null;
  /** Files attached to an issue held (an issue added comes with all its files and counts 0). */
  filesAttached: number;
  /** Fields taken from the package without a conflict (empty in the library). */
  fieldsTaken: string[];
  conflicts: FieldConflict[];
  annotations: AnnotationMergeCounts;
  tagsAdded: number;
  error?: ArchiveMessage;
}

export interface MergeReport {
  path: string;
  dryRun: boolean;
  /** From bag-info.txt and data/package.json. */
  source: { organization: string | null; baggingDate: string | null; kind: PackageKind; createdAt: string | null };
  /** A run left unfinished by a crash was picked up where it stopped. */
  resumed: boolean;
  issues: IssueMergeRow[];
  totals: {
    added: number;
    merged: number;
    unchanged: number;
    failed: number;
    filesAttached: number;
    conflicts: number;
    annotationsAdded: number;
    annotationsConflicted: number;
  };
}

export interface BackupRow {
  /** The package's file name in the backups folder (dated). */
  name: string;
  path: string;
  createdAt: string;
  kind: 'full' | 'incremental';
  /** For an incremental backup: the backup it follows. */
  base: string | null;
  issues: number;
  bytes: number;
}

export interface BackupStatus {
  folder: string;
  lastBackupAt: string | null;
  /** The last backup is older than the reminder allows (or there is none yet and the library holds issues). */
  stale: boolean;
  /** How many backups are kept; older ones are removed after a new one is written. */
  keep: number;
  backups: BackupRow[];
}
