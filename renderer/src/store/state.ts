import type { Issue, IssueSummary } from '../../../shared/catalog';
import type { ApiError, SameIssueChoice } from '../../../shared/contract';
import type { ArchiveMessage } from '../../../shared/messages';
import type { PrintTarget } from '../../../shared/contract/export';
import type { AnnotationFiltersInput } from '../../../shared/contract/annotations';
import type { Language } from '../i18n';
import type { ImportRun, ReviewDraft, ReviewMode } from '../review/types';
import type { PackageTab } from '../package/tabs';
import type { PeopleTab } from '../people/tabs';

export type View =
  | { kind: 'library' }
  | { kind: 'issue'; issueId: string }
  /** `via: 'search'`: opened from the search screen, which Back returns to. */
  | { kind: 'article'; issueId: string; articleId: string; via?: 'search' }
  | { kind: 'import' }
  /** The file being reviewed before it is saved (State.review). */
  | { kind: 'review' }
  /** Issues imported while the parser had doubts, waiting for a cataloguer. */
  | { kind: 'needs-review' }
  /** Every annotation, with the list's filters (kept in the view, so its address holds them). */
  | { kind: 'annotations'; filters?: AnnotationFiltersInput }
  | { kind: 'search' }
  /** A series' record and holdings grid; the gap report; the statistics (of one series, or all). */
  | { kind: 'series'; series: string }
  | { kind: 'gaps' }
  | { kind: 'stats'; series: string | null }
  /** Deleted issues, each restorable. */
  | { kind: 'recycle' }
  /** The print view of an article, an issue or the print basket. */
  | { kind: 'print'; target: PrintTarget }
  /** Packages and backups (issue 15): export (of the issues selected, when given), import, verify, back up. */
  | { kind: 'packages'; tab: PackageTab; issueIds?: readonly string[]; startBackup?: boolean }
  /** The reading room's accounts and audit trail (issue 18), for administrators. */
  | { kind: 'people'; tab: PeopleTab }
  /** An address that names no view (mistyped, cut short, from another version), shown as such. */
  | { kind: 'not-found'; address: string };

export type Load<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: ApiError };

export type ImportStatus =
  | 'waiting'
  | 'reading'
  | 'importing'
  | 'reviewing'
  | 'imported'
  | 'duplicate'
  | 'failed'
  /** A kind of file the app does not read (not .txt, .pdf or .docx). */
  | 'skipped'
  /** Still waiting when Cancel was pressed. */
  | 'cancelled'
  /** Reviewed and discarded by the cataloguer. */
  | 'discarded';

export interface ImportJob {
  id: number;
  name: string;
  size: number;
  status: ImportStatus;
  message: string | null;
  /** The failure's code (not-a-bulletin, empty-file…), for a reason in the reader's language. */
  code: string | null;
  issueId: string | null;
  /** Shown on the review screen before it is saved. */
  review?: boolean;
  /** A duplicate's kind: the very same file, or another file of an issue held (which offers three choices). */
  clash?: 'same-file' | 'same-issue';
  /** Settled by one of those choices (attached, text replaced, kept as a variant): said as such. */
  chosen?: SameIssueChoice;
  /** What the core said of the outcome, told again in the reader's language when it changes. */
  said?: ArchiveMessage;
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
  importRun: ImportRun | null;
  reviewMode: ReviewMode;
  review: ReviewDraft | null;
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
    importRun: null,
    reviewMode: 'single',
    review: null,
    aboutOpen: false,
    issueCache: {},
    findRequests: 0,
  };
}
