import { useTranslation } from 'react-i18next';
import { openFolderPicker } from '../commands/file-picker';
import { runCommand } from '../commands/registry';
import { numberLabel } from '../format';
import { useSay } from '../i18n/messages';
import { ImportProgress } from '../review/ImportProgress';
import type { ReviewMode } from '../review/types';
import { SameIssueChoices } from '../review/SameIssueChoices';
import { canChooseSameIssue, canReviewAsDocument, clearFinishedImports, importFiles, importSample, isFinished, reviewAsDocument, setReviewMode } from '../store/imports';
import { navigate, openIssue } from '../store/navigation';
import type { ImportJob, ImportStatus } from '../store/state';
import { useStore } from '../store/store';

const REVIEW_MODES: readonly ReviewMode[] = ['single', 'always', 'never'];

export function ImportView() {
  const { t } = useTranslation();
  const jobs = useStore((state) => state.imports);
  const run = useStore((state) => state.importRun);
  const reviewMode = useStore((state) => state.reviewMode);
  const busy = jobs.some((job) => !isFinished(job));
  const count = (status: ImportStatus): number => jobs.filter((job) => job.status === status).length;
  const other = count('cancelled') + count('discarded');

  return (
    <div className="page-scroll">
      <section className="import" aria-labelledby="import-title">
        <div className="view-header">
          <h1 id="import-title">{t('import.heading')}</h1>
          <p className="view-subtitle">{t('import.intro')}</p>
        </div>

        <div className="dropzone">
          <p className="dropzone-title">{t('import.drop')}</p>
          <p className="muted">{t('import.or')}</p>
          <div className="dropzone-actions">
            <button id="choose-files" type="button" className="button button-primary" onClick={() => runCommand('import')}>
              {t('import.choose')}
            </button>
            <button type="button" className="button" onClick={() => openFolderPicker(importFiles)}>
              {t('review.chooseFolder')}
            </button>
            <button type="button" className="button" onClick={() => void importSample()}>
              {t('import.sample')}
            </button>
          </div>
          <p className="muted dropzone-formats">{t('review.formats')}</p>
        </div>

        <fieldset className="review-mode">
          <legend>{t('review.mode.legend')}</legend>
          {REVIEW_MODES.map((mode) => (
            <label key={mode} className="review-mode-option">
              <input type="radio" name="review-mode" value={mode} checked={reviewMode === mode} onChange={() => setReviewMode(mode)} />
              <span>{t(`review.mode.${mode}`)}</span>
            </label>
          ))}
        </fieldset>

        {jobs.length > 0 && (
          <section className="import-results" aria-labelledby="import-results-title">
            <div className="import-results-header">
              <h2 id="import-results-title">{t('import.results')}</h2>
              {!busy && (
                <button type="button" className="button button-small" onClick={clearFinishedImports}>
                  {t('import.clear')}
                </button>
              )}
            </div>
            {busy && run ? (
              <ImportProgress jobs={jobs} run={run} />
            ) : (
              <div className="import-progress" role="status">
                <span>
                  {t('review.summary', { imported: count('imported'), duplicate: count('duplicate'), failed: count('failed'), skipped: count('skipped') })}
                  {other > 0 && t('review.summaryMore', { other })}
                  {run?.cancelRequested && <> · {t('review.progress.cancelled')}</>}
                </span>
              </div>
            )}
            <ul className="job-list">
              {jobs.map((job) => (
                <JobRow key={job.id} job={job} />
              ))}
            </ul>
          </section>
        )}
      </section>
    </div>
  );
}

function JobRow({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const language = useStore((state) => state.language);
  const reviewing = useStore((state) => state.review?.jobId === job.id);
  const issue = useStore((state) =>
    state.issues.status === 'ready' ? state.issues.data.find((summary) => summary.id === job.issueId) : undefined,
  );
  // Outcomes that name an issue are told in the reader's language; failures keep the core's reason.
  // Another file of an issue held, and what the person chose for it, are told as the core said them.
  const { say } = useSay();
  const told = job.clash === 'same-issue' || job.chosen !== undefined;
  const message = told && job.said ? say(job.said) : issue && !told
    ? t(job.status === 'duplicate' ? 'import.duplicateOf' : 'import.importedAs', {
        issue: `${issue.series} ${numberLabel(issue, language)}`,
        count: issue.articleCount,
      })
    : (settledHere(t, job.status) ?? job.message);
  const reason = job.status === 'failed' && job.code ? failureReason(t, job.code) : '';
  return (
    <li className={`job job-${job.status}`} data-status={job.status}>
      <span className={`badge badge-${job.status}`}>{statusLabel(t, job.status)}</span>
      <div className="job-body">
        <p className="job-name">{job.name}</p>
        {reason && <p className="job-reason">{reason}</p>}
        {message && <p className={reason ? 'job-message job-detail' : 'job-message'}>{message}</p>}
        {issue?.needsReview && job.status === 'imported' && <p className="job-flag">{t('review.needs.nav')}</p>}
        {job.status === 'duplicate' && job.clash === 'same-issue' && canChooseSameIssue(job.id) && <SameIssueChoices jobId={job.id} />}
      </div>
      {job.issueId && (job.status === 'imported' || job.status === 'duplicate') && (
        <button type="button" className="button button-small" onClick={() => job.issueId && openIssue(job.issueId)}>
          {t('import.open')}
        </button>
      )}
      {reviewing && (
        <button type="button" className="button button-small button-primary" onClick={() => navigate({ kind: 'review' })}>
          {t('review.continueReview')}
        </button>
      )}
      {job.status === 'failed' && job.code === 'not-a-bulletin' && canReviewAsDocument(job.id) && (
        <button type="button" className="button button-small button-primary" onClick={() => reviewAsDocument(job.id)}>
          {t('review.doubts.reviewAsDocument')}
        </button>
      )}
    </li>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];

function statusLabel(t: Translate, status: ImportStatus): string {
  switch (status) {
    case 'waiting':
    case 'reading':
    case 'importing':
    case 'imported':
    case 'duplicate':
    case 'failed':
      return t(`import.status.${status}`);
    case 'reviewing':
    case 'skipped':
    case 'cancelled':
    case 'discarded':
      return t(`review.status.${status}`);
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}

/** Outcomes decided in this window are told in the reader's current language. */
function settledHere(t: Translate, status: ImportStatus): string | null {
  switch (status) {
    case 'skipped':
      return t('review.skippedReason');
    case 'cancelled':
      return t('review.cancelledReason');
    case 'discarded':
      return t('review.discardedReason');
    default:
      return null;
  }
}

/** The failure's reason in the reader's language, when the code is one we can explain. */
export function failureReason(t: Translate, code: string): string {
  return t(`import.reason.${code}`, { defaultValue: t(`review.reason.${code}`, { defaultValue: '' }) });
}
