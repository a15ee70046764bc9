export { exportPackage } from './export-package';
export type { PackageExportOptions } from './export-package';
export { openPackage, verifyPackage } from './verify-package';
export type { OpenedPackage } from './verify-package';
export { importPackage } from './import-package';
export type { PackageImportOptions } from './import-package';
export { PACKAGE_MANIFEST_PATH, PackageManifestSchema } from './package-manifest';
export type { PackageManifest, PackagedIssue } from './package-manifest';
