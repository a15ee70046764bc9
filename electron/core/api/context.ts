import type { Library } from '../library';
import { ImportDrafts } from '../library';

/** What the API handlers work on: one open library and the state that belongs beside it. */
export interface ApiContext {
  library: Library;
  drafts: ImportDrafts;
}

export function createApiContext(library: Library): ApiContext {
  return { library, drafts: new ImportDrafts(library) };
}
