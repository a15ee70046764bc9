import type { ArchiveMessage } from '../messages';
import type { z } from 'zod';
import { annotationMethods } from './annotations';
import type { AnnotationOutputs } from './annotations';
import { exportMethods } from './export';
import type { ExportOutputs } from './export';
import { importMethods } from './import';
import type { ImportOutputs } from './import';
import { libraryMethods } from './library';
import { searchMethods } from './search';
import type { SearchOutputs } from './search';
import type { LibraryOutputs } from './library';
import { unplacedMethods } from './unplaced';
import type { UnplacedOutputs } from './unplaced';
import { seriesMethods } from './series';
import type { SeriesOutputs } from './series';
import { catalogueMethods } from './catalogue';
import type { CatalogueOutputs } from './catalogue';
import { packageMethods } from './package';
import type { PackageOutputs } from './package';
import { scanMethods } from './scan';
import type { ScanOutputs } from './scan';
import { peopleMethods } from './people';
import type { PeopleOutputs } from './people';

/**
 * The one API between the renderer and the archive, one file per area. Both transports
 * (Electron IPC and the loopback HTTP server of browser mode) validate `input` with these
 * schemas before the core sees it, and answer with an ApiResult. The renderer imports only
 * types from here.
 */
export const contract = {
  ...libraryMethods,
  ...searchMethods,
  ...importMethods,
  ...exportMethods,
  ...annotationMethods,
  ...unplacedMethods,
  ...seriesMethods,
  ...catalogueMethods,
  ...packageMethods,
  ...scanMethods,
  ...peopleMethods,
} as const;

export interface ApiOutputs extends LibraryOutputs, SearchOutputs, ImportOutputs, ExportOutputs, AnnotationOutputs, UnplacedOutputs, SeriesOutputs, CatalogueOutputs, PackageOutputs, ScanOutputs, PeopleOutputs {}

export type ApiMethod = keyof typeof contract;
export type ApiInput<M extends ApiMethod> = z.input<(typeof contract)[M]['input']>;
export type ApiOutput<M extends ApiMethod> = ApiOutputs[M];

/** `message` is English, for logs; `said` (when the core has one) is what the interface translates. */
export type ApiError = { code: string; message: string; said?: ArchiveMessage };
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export type { ArchiveBridge, DesktopBridge, FileDelivery, OpenedOriginal, SavedExport } from './bridge';

export { MAX_IMPORT_FILE_BYTES } from '../limits';
export type { ImportOutcome, ImportDraftView, IncomingFile, SameIssueChoice, UploadReceipt } from './import';
export type { HistoryFile, RecycledRow } from './catalogue';
export type { ScanPageImage } from './scan';
export { METHOD_ROLES } from './roles';
export type { JobStarted, JobView, PackageJobKind, PackageJobResult } from './package';
export { ImportOutcomeSchema, UploadIdSchema } from './import';
export type { IssuePatch, LibraryInfo, MastheadPatch, OriginalFileView } from './library';
export { ArticleIdSchema, IssueIdSchema, IssuePatchSchema, LibraryInfoSchema, MastheadPatchSchema } from './library';
