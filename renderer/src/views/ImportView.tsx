import { useTranslation } from 'react-i18next';
import { runCommand } from '../commands/registry';
import { numberLabel } from '../format';
import { clearFinishedImports, importSample, isFinished } from '../store/imports';
import { openIssue } from '../store/navigation';
import type { ImportJob } from '../store/state';
import { useStore } from '../store/store';

export function ImportView() {
  const { t } = useTranslation();
  const jobs = useStore((state) => state.imports);
  const done = jobs.filter(isFinished).length;
  const busy = done < jobs.length;
  const count = (status: ImportJob['status']): number => jobs.filter((job) => job.status === status).length;

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
            <button type="button" className="button" onClick={() => void importSample()}>
              {t('import.sample')}
            </button>
          </div>
        </div>

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
            <div className="import-progress" role="status" aria-live="polite">
              {busy ? (
                <>
                  <progress max={jobs.length} value={done} aria-label={t('import.progress', { done, total: jobs.length })} />
                  <span>{t('import.progress', { done, total: jobs.length })}</span>
                </>
              ) : (
                <span>{t('import.summary', { imported: count('imported'), duplicate: count('duplicate'), failed: count('failed') })}</span>
              )}
            </div>
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
  const issue = useStore((state) =>
    state.issues.status === 'ready' ? state.issues.data.find((summary) => summary.id === job.issueId) : undefined,
  );
  // Outcomes that name an issue are told in the reader's language; failures keep the core's reason.
  const message = issue
    ? t(job.status === 'duplicate' ? 'import.duplicateOf' : 'import.importedAs', {
        issue: `${issue.series} ${numberLabel(issue, language)}`,
        count: issue.articleCount,
      })
    : job.message;
  const reason = job.status === 'failed' && job.code ? t(`import.reason.${job.code}`, { defaultValue: '' }) : '';
  return (
    <li className={`job job-${job.status}`} data-status={job.status}>
      <span className={`badge badge-${job.status}`}>{t(`import.status.${job.status}`)}</span>
      <div className="job-body">
        <p className="job-name">{job.name}</p>
        {reason && <p className="job-reason">{reason}</p>}
        {message && <p className={reason ? 'job-message job-detail' : 'job-message'}>{message}</p>}
      </div>
      {job.issueId && (job.status === 'imported' || job.status === 'duplicate') && (
        <button type="button" className="button button-small" onClick={() => job.issueId && openIssue(job.issueId)}>
          {t('import.open')}
        </button>
      )}
    </li>
  );
}
