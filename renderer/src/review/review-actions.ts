import i18next from 'i18next';
import type { ParsedIssue, UnplacedLine } from '../../../shared/bulletin';
import { appendParagraph, withoutLine } from '../../../shared/unplaced';
import { detailOf } from '../i18n/messages';
import { call } from '../store/api';
import { settleReview } from '../store/imports';
import { refreshIssues } from '../store/library';
import { navigate } from '../store/navigation';
import { getState, setState } from '../store/store';
import { mergeIntoPrevious, renameArticle, splitArticle } from './article-edits';
import type { Articles, ParagraphRef } from './article-edits';
import { correctLineInArticles } from '../scan/line-correction';
import { focusFirstInvalid } from './focus';
import { readFields } from './masthead-fields';
import type { MastheadField, ReviewDraft } from './types';

/** What the review screen does to the draft in State.review, and saving or discarding it. */
function setReview(change: (review: ReviewDraft) => Partial<ReviewDraft>): void {
  setState((current) => (current.review ? { review: { ...current.review, ...change(current.review) } } : {}));
}

export function setField(field: MastheadField, value: string): void {
  setReview((review) => ({ fields: { ...review.fields, [field]: value } }));
}

export function setArticleTitle(index: number, title: string): void {
  setReview((review) => ({ articles: renameArticle(review.articles, index, title) }));
}

export function mergeArticle(index: number): void {
  setReview((review) => {
    const title = review.articles[index]?.title ?? '';
    return withHistory(review, mergeIntoPrevious(review.articles, index), i18next.t('review.merged', { title }));
  });
}

export function splitArticleAt(index: number, at: ParagraphRef, title: string): void {
  setReview((review) => withHistory(review, splitArticle(review.articles, index, at, title), i18next.t('review.splitDone', { title: title.trim() })));
}

/**
 * An unplaced line goes to the end of an article as a paragraph. The undo history is cleared:
 * undoing an earlier merge would bring back a list without the line, and the line would be lost.
 */
export function assignUnplacedLine(line: UnplacedLine, index: number): void {
  setReview((review) => {
    const article = review.articles[index];
    if (!article) return {};
    const articles = review.articles.map((a, i) => (i === index ? { ...a, sections: appendParagraph(a.sections, line.text) } : a));
    const notice = i18next.t('review.doubts.unplaced.assigned', { line: line.line + 1, title: article.title });
    return { articles, unplaced: withoutLine(review.unplaced, line.line), history: [], notice };
  });
}

/** A person decided the line is not part of the issue (a stray mark, a scanner's note). */
export function discardUnplacedLine(line: UnplacedLine): void {
  setReview((review) => ({ unplaced: withoutLine(review.unplaced, line.line), notice: i18next.t('review.doubts.unplaced.discarded', { line: line.line + 1 }) }));
}

/**
 * A line corrected beside the scan (issue 16) goes into the article text it became; the scan's
 * own record keeps what OCR read. False when the line is in no article (the person edits there).
 */
export function correctScanLine(before: string, after: string, line: number): boolean {
  const review = getState().review;
  const articles = review && correctLineInArticles(review.articles, before, after);
  if (!articles) {
    setReview(() => ({ notice: i18next.t('scan.notPlaced', { line }) }));
    return false;
  }
  setReview(() => ({ articles, notice: i18next.t('scan.corrected', { after }) }));
  return true;
}

export function undoArticles(): void {
  setReview((review) => {
    const previous = review.history[review.history.length - 1];
    if (!previous) return {};
    return { articles: previous, history: review.history.slice(0, -1), notice: i18next.t('review.undone') };
  });
}

function withHistory(review: ReviewDraft, articles: Articles, notice: string): Partial<ReviewDraft> {
  if (articles === review.articles) return {};
  return { articles, history: [...review.history.slice(-19), review.articles], notice };
}

/** Indexes of articles whose title is empty or too long. */
export function titleProblems(articles: Articles): Set<number> {
  const problems = new Set<number>();
  articles.forEach((article, index) => {
    const title = article.title.trim();
    if (title === '' || title.length > 1000) problems.add(index);
  });
  return problems;
}

export async function saveReview(): Promise<void> {
  const review = getState().review;
  if (!review || review.saving) return;
  const read = readFields(review.fields);
  if (!read.ok || titleProblems(review.articles).size > 0) {
    setReview(() => ({ checked: true, failure: null }));
    // The first field to correct gets the focus, so a keyboard user lands on it.
    focusFirstInvalid('.review');
    return;
  }
  setReview(() => ({ checked: true, saving: true, failure: null }));
  const parsed: ParsedIssue = {
    ...review.view.parsed,
    ...read.values,
    articles: review.articles.map((article) => ({ ...article, title: article.title.trim() })),
    unplaced: [...review.unplaced],
    warnings: review.view.parsed.warnings,
  };
  const result = await call('import.commit', { draftId: review.view.draftId, parsed });
  if (!result.ok) {
    setReview(() => ({ saving: false, failure: { code: result.error.code, message: detailOf(result.error), issueId: null } }));
    return;
  }
  const outcome = result.data;
  switch (outcome.status) {
    case 'imported':
      settleReview(review.jobId, { status: 'imported', message: outcome.message, code: null, issueId: outcome.issueId });
      navigate({ kind: 'import' });
      await refreshIssues();
      return;
    case 'duplicate':
      setReview(() => ({ saving: false, failure: { code: 'duplicate', message: detailOf(outcome), issueId: outcome.issueId } }));
      return;
    case 'failed':
      setReview(() => ({ saving: false, failure: { code: outcome.code, message: detailOf(outcome), issueId: null } }));
      return;
    default: {
      const unreachable: never = outcome;
      return unreachable;
    }
  }
}

export async function discardReview(): Promise<void> {
  const review = getState().review;
  if (!review || review.saving) return;
  // The draft lives only in memory on the other side; if it has expired already, so much the better.
  await call('import.discard', { draftId: review.view.draftId });
  settleReview(review.jobId, { status: 'discarded', message: i18next.t('review.discardedReason'), code: null, issueId: null });
  navigate({ kind: 'import' });
}
