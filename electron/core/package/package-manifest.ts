import { z } from 'zod';
import { CatalogueSettingsSchema } from '../../../shared/catalogue-fields';
import { SeriesRecordSchema } from '../../../shared/holdings-record';
import { IssueIdSchema } from '../../../shared/ids';
import { PACKAGE_KINDS, PackageSelectionSchema } from '../../../shared/package';

/**
 * `data/package.json`, the first file of a package read on import: what the package holds and
 * how it was made (docs/package-format.md). Everything else of an issue is found from its entry.
 */
export const PACKAGE_FORMAT = 'bulletin-archive-package';
export const PACKAGE_FORMAT_VERSION = 1;
export const PACKAGE_MANIFEST_PATH = 'data/package.json';

export const PackagedIssueSchema = z.strictObject({
  /** The issue's id in the library it came from (its folder is `data/issues/<id>/`). */
  id: IssueIdSchema,
  /** `series:year:number`, for the merge report before the issue's record is read. */
  ref: z.string(),
  /** Every file of the issue (the original first), `data/issues/<id>/files/<sha256>.<ext>`. */
  files: z.number().int().nonnegative(),
  /** When the issue last changed in its library (its newest history line, or its import). */
  changedAt: z.string().nullable(),
});
export type PackagedIssue = z.infer<typeof PackagedIssueSchema>;

export const PackageManifestSchema = z.strictObject({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.literal(PACKAGE_FORMAT_VERSION),
  kind: z.enum(PACKAGE_KINDS),
  createdAt: z.string(),
  /** The program and version that wrote it. */
  program: z.string(),
  selection: PackageSelectionSchema,
  /** Incremental packages: the changes after this time, on top of the backup named `base`. */
  since: z.string().nullable(),
  base: z.string().nullable(),
  /** The series records of the issues packed (or all, for a full package). */
  series: z.array(SeriesRecordSchema),
  settings: CatalogueSettingsSchema,
  issues: z.array(PackagedIssueSchema),
  /** Incremental packages: issues deleted (into the recycle area) since `since`. */
  deleted: z.array(z.strictObject({ id: IssueIdSchema, ref: z.string(), at: z.string() })),
});
export type PackageManifest = z.infer<typeof PackageManifestSchema>;
