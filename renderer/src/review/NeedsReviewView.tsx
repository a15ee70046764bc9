import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sayErrorNow, useSay } from '../i18n/messages';
import type { IssueSummary } from '../../../shared/catalog';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { formatDate, numberLabel } from '../format';
import { useIssue } from '../hooks/useIssue';
import { refreshIssues } from '../store/library';
import { openIssue } from '../store/navigation';
import { useStore } from '../store/store';
import { markChecked } from './issue-review';

const SHOWN_WARNINGS = 3;

/** Issues saved without review while the parser had doubts, with those doubts. */
export function NeedsReviewView() {
  const { t } = useTranslation();
  const issues = useStore((state) => state.issues);
  const [done, setDone] = useState<string | null>(null);

  if (issues.status === 'loading') return <Loading />;
  if (issues.status === 'error') return <ErrorMessage error={issues.error} onRetry={() => void refreshIssues()} />;
  const waiting = issues.data.filter((issue) => issue.needsReview);

  return (
    <div className="page-scroll">
      <section className="needs-review" aria-labelledby="needs-review-title">
        <div className="view-header">
          <h1 id="needs-review-title">{t('review.needs.heading')}</h1>
          <p className="view-subtitle">{t('review.needs.intro')}</p>
        </div>
        <p className="needs-review-status" role="status">
          {done ?? (waiting.length > 0 ? t('review.needs.count', { count: waiting.length }) : '')}
        </p>
        {waiting.length === 0 ? (
          <p className="needs-review-empty">{t('review.needs.empty')}</p>
        ) : (
          <ul className="needs-review-list">
            {waiting.map((issue) => (
              <NeedsReviewRow key={issue.id} summary={issue} onChecked={setDone} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function NeedsReviewRow({ summary, onChecked }: { summary: IssueSummary; onChecked: (message: string) => void }) {
  const { t } = useTranslation();
  const { say } = useSay();
  const language = useStore((state) => state.language);
  const { load } = useIssue(summary.id);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const label = `${summary.series} ${numberLabel(summary, language)}`;
  const titleId = `needs-review-${summary.id}`;

  return (
    <li className="needs-review-row">
      <div className="needs-review-body">
        <h2 id={titleId} className="needs-review-title" lang="zh-CN">
          {label}
        </h2>
        <p className="muted">
          {[summary.date ? formatDate(summary.date, language) : null, t('library.articles', { count: summary.articleCount })].filter(Boolean).join(' · ')}
          {load.status === 'ready' && <span lang="zh-CN"> · {load.data.original.name}</span>}
        </p>
        {load.status === 'loading' && <p className="muted">{t('review.needs.loadingWarnings')}</p>}
        {load.status === 'ready' &&
          (load.data.warnings.length === 0 ? (
            <p className="muted">{t('review.needs.noWarnings')}</p>
          ) : (
            <ul className="needs-review-warnings">
              {load.data.warnings.slice(0, SHOWN_WARNINGS).map((warning, index) => (
                <li key={index}>{say(warning)}</li>
              ))}
              {load.data.warnings.length > SHOWN_WARNINGS && <li className="muted">{t('review.needs.moreWarnings', { count: load.data.warnings.length - SHOWN_WARNINGS })}</li>}
            </ul>
          ))}
        {failure && (
          <p className="field-problem" role="alert">
            {t('review.issue.saveFailed', { reason: failure })}
          </p>
        )}
      </div>
      <div className="needs-review-actions">
        <button type="button" className="button button-small" onClick={() => openIssue(summary.id)}>
          {t('review.needs.open')}
        </button>
        <button
          type="button"
          className="button button-small button-primary"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void markChecked(summary.id).then((result) => {
              setBusy(false);
              if (result.ok) onChecked(t('review.needs.checked', { issue: label }));
              else setFailure(sayErrorNow(result.error));
            });
          }}
        >
          {t('review.needs.markChecked')}
        </button>
      </div>
    </li>
  );
}
