import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, RecycledRow } from '../../../shared/contract';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { formatDate, numberLabel } from '../format';
import { shownData, useApi } from '../hooks/useApi';
import { call } from '../store/api';
import { refreshIssues } from '../store/library';
import { openIssue } from '../store/navigation';
import { useStore } from '../store/store';

/** The recycle area: deleted issues, newest first, each restored with one button that then opens it. */
export function RecycleView() {
  const { t } = useTranslation();
  const { state, retry } = useApi('recycle.list', {});
  const [error, setError] = useState<ApiError | null>(null);
  const rows = shownData(state);
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={retry} />;
  if (!rows) return <Loading />;
  const restore = async (issueId: string): Promise<void> => {
    const result = await call('recycle.restore', { issueId });
    if (!result.ok) return setError(result.error);
    setError(null);
    await refreshIssues();
    openIssue(result.data.id);
  };
  const newestFirst = [...rows].sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  return (
    <div className="page-scroll">
      <section className="recycle" aria-labelledby="recycle-title">
        <div className="view-header">
          <h1 id="recycle-title">{t('recycle.heading')}</h1>
          <p className="view-subtitle">{t('recycle.intro')}</p>
        </div>
        {error && <ErrorMessage error={error} />}
        {newestFirst.length === 0 ? (
          <p className="muted-block">{t('recycle.empty')}</p>
        ) : (
          <ul className="job-list recycle-list" data-testid="recycle-list">
            {newestFirst.map((row) => (
              <RecycledItem key={row.issueId} row={row} onRestore={() => void restore(row.issueId)} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function RecycledItem({ row, onRestore }: { row: RecycledRow; onRestore: () => void }) {
  const { t } = useTranslation();
  const language = useStore((state) => state.language);
  const name = `${row.series} ${numberLabel({ year: row.year, number: row.number, totalNumber: null }, language)}`;
  return (
    <li className="job" data-issue={row.issueId}>
      <div className="job-body">
        <p className="job-name" lang="zh-CN">
          {name}
        </p>
        <p className="job-message">
          {t('recycle.deletedAt', { date: formatDate(row.deletedAt, language) })} · {t('recycle.articles', { count: row.articleCount })}
        </p>
      </div>
      <button
        type="button"
        className="button button-small button-primary"
        onClick={onRestore}
        aria-label={t('recycle.restoreLabel', { issue: name })}
      >
        {t('recycle.restore')}
      </button>
    </li>
  );
}
