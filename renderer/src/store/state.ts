import type { Issue, IssueSummary } from '../../../shared/catalog';
import type { ApiError } from '../../../shared/contract';
import type { Language } from '../i18n';

export type View =
  { kind: 'library' } | { kind: 'issue'; issueId: string } | { kind: 'article'; issueId: string; articleId: string } | { kind: 'import' } | { kind: 'annotations' };

export type Load<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: ApiError };

export type ImportStatus = 'waiting' | 'reading' | 'importing' | 'imported' | 'duplicate' | 'failed';

export interface ImportJob {
  id: number;
  name: string;
  size: number;
  status: ImportStatus;
  message: string | null;
  /** The failure's code (not-a-bulletin, empty-file…), for a reason in the reader's language. */
  code: string | null;
  issueId: string | null;
}

export interface State {
  view: View;
  issues: Load<IssueSummary[]>;
  selectedSeries: string | null;
  filter: string;
  /** Article text size, 1 = 100 %. */
  zoom: number;
  language: Language;
  imports: readonly ImportJob[];
  aboutOpen: boolean;
  /** Issues already loaded, so previous/next can move without waiting. */
  issueCache: Readonly<Record<string, Issue>>;
  /** Bumped by the find command; the filter box focuses itself when it changes. */
  findRequests: number;
}

export const ZOOM_STEPS = [0.8, 0.9, 1, 1.1, 1.25, 1.4, 1.6] as const;

export function initialState(language: Language): State {
  return {
    view: { kind: 'library' },
    issues: { status: 'loading' },
    selectedSeries: null,
    filter: '',
    zoom: 1,
    language,
    imports: [],
    aboutOpen: false,
    issueCache: {},
    findRequests: 0,
  };
}
