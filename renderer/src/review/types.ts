import type { ParsedArticle, UnplacedLine } from '../../../shared/bulletin';
import type { ImportDraftView } from '../../../shared/contract';

/** When files are read and shown for review before they are saved. */
export type ReviewMode = 'single' | 'always' | 'never';

/** The masthead as typed in a form: text until it is checked on saving. */
export interface MastheadFields {
  series: string;
  year: string;
  number: string;
  totalNumber: string;
  date: string;
  publisher: string;
  editor: string;
  reviewer: string;
  phone: string;
}
export type MastheadField = keyof MastheadFields;

/** Why saving a draft did not work, kept on screen beside the draft. */
export interface ReviewFailure {
  code: string;
  message: string;
  /** The issue already in the library, for a duplicate. */
  issueId: string | null;
}

/** The file being reviewed: the parse as the cataloguer has corrected it so far. */
export interface ReviewDraft {
  jobId: number;
  view: ImportDraftView;
  fields: MastheadFields;
  articles: readonly ParsedArticle[];
  /** Earlier article lists, for undoing a merge or a split. */
  history: readonly (readonly ParsedArticle[])[];
  /** Source lines no rule placed, until the cataloguer assigns or discards them. */
  unplaced: readonly UnplacedLine[];
  saving: boolean;
  /** Set by the first save attempt: from then on, field errors are shown. */
  checked: boolean;
  failure: ReviewFailure | null;
  /** The last change, told to screen readers (and shown) in the reader's words. */
  notice: string | null;
}

/** A run of imports, for its progress line: how long so far and whether Cancel was pressed. */
export interface ImportRun {
  /** Jobs from this id on belong to the run; earlier ones are from runs before. */
  firstJobId: number;
  startedAt: number;
  finishedAt: number | null;
  cancelRequested: boolean;
  /** The job being read, imported or reviewed now. */
  currentJobId: number | null;
  /** Time spent waiting for the cataloguer on review screens: not part of the estimate. */
  reviewMs: number;
}
