import { AnnotationStore } from '../annotations';
import { ExportSpool, createExportServices } from '../export';
import type { ExportServices, PdfEngine } from '../export';
import type { Library } from '../library';
import { ImportDrafts } from '../library';
import { SearchService } from '../search/search-service';
import type { SearchServiceOptions } from '../search/search-service';
import { peopleOf } from '../people';
import type { People } from '../people';
import { JobRunner } from './jobs';
import { PickedFiles } from './picked-files';
import { UploadStore } from './uploads';

/** What the API handlers work on: one open library and the state that belongs beside it. */
export interface ApiContext {
  library: Library;
  drafts: ImportDrafts;
  search: SearchService;
  annotations: AnnotationStore;
  exports: ExportServices & { close(): Promise<void> };
  spool: ExportSpool;
  /** Files streamed in by browser mode, waiting for the import call that names them. */
  uploads: UploadStore;
  /** Package export, verify, import and backups, run as jobs the page follows (issue 15). */
  jobs: JobRunner;
  /** Packages chosen in Electron's open dialog, named to the page by token (picked-files.ts). */
  picked: PickedFiles;
  /** Accounts, sessions and the audit trail (issue 18). */
  people: People;
}

/** What the host brings: Electron prints PDFs with its own Chromium (printToPDF). */
export interface ApiHost {
  pdfEngine?: () => PdfEngine;
  /** Open (or build) the search index right away, so the first search does not wait for it. */
  warmUpSearch?: boolean;
  /** How the index is built (in a worker by default); tests choose small segments or watch the worker. */
  search?: SearchServiceOptions;
  /** Electron's main process keeps the spool, to save prepared files itself (no base64 trip). */
  spool?: ExportSpool;
  /** Electron's main process registers the packages its open dialog picked here. */
  picked?: PickedFiles;
  /** The reading room brings its accounts and signed-in sessions (electron/server). */
  people?: People;
}

export function createApiContext(library: Library, host: ApiHost = {}): ApiContext {
  const annotations = new AnnotationStore(library);
  const spool = host.spool ?? new ExportSpool();
  const search = new SearchService(library, host.search);
  if (host.warmUpSearch) search.warmUp();
  const uploads = UploadStore.forLibrary(library.dir);
  // Uploads of a process that was killed are nobody's; ours start from here.
  void uploads.clearLeftovers().catch(() => undefined);
  const jobs = new JobRunner();
  const picked = host.picked ?? new PickedFiles();
  const people = host.people ?? peopleOf(library.dir);
  return { library, drafts: new ImportDrafts(library), search, annotations, exports: createExportServices(annotations, host.pdfEngine), spool, uploads, jobs, picked, people };
}

/** Releases what the context built: the index's open files, the PDF engine's browser, the spool's folder. */
export async function releaseApiContext(context: ApiContext): Promise<void> {
  context.drafts.clear();
  // A package job still running is cancelled and waited for: no half-written file is left.
  await context.jobs.close();
  await Promise.allSettled([context.search.close(), context.exports.close()]);
  context.spool.dispose();
  context.uploads.dispose();
}
