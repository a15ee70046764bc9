import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/contract';
import { ErrorMessage } from '../components/ErrorMessage';
import { call } from '../store/api';
import { refreshIssues } from '../store/library';
import { openSeries } from '../store/navigation';
import { useStore } from '../store/store';

/** Rename a series, or merge it into another: every issue follows; a clash is refused and said. */
export function SeriesActions({ series, issueCount }: { series: string; issueCount: number }) {
  const { t } = useTranslation();
  const [name, setName] = useState(series);
  const [into, setInto] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const issues = useStore((state) => state.issues);
  // Derived here, not in the selector: a selector must return the same value for the same state.
  const others = useMemo(
    () => (issues.status === 'ready' ? [...new Set(issues.data.map((i) => i.series))].filter((s) => s !== series) : []),
    [issues, series],
  );
  const done = async (result: { ok: true; data: { name: string } } | { ok: false; error: ApiError }) => {
    if (!result.ok) return setError(result.error);
    setError(null);
    await refreshIssues();
    openSeries(result.data.name);
  };
  return (
    <details className="series-actions">
      <summary>
        {t('holdings.series.rename')} / {t('holdings.series.merge')}
      </summary>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim() && name.trim() !== series) void call('series.rename', { from: series, to: name.trim() }).then(done);
        }}
      >
        <label htmlFor="series-rename">{t('holdings.series.renameLabel')}</label>
        <input id="series-rename" value={name} maxLength={200} onChange={(event) => setName(event.target.value)} />
        <button type="submit" className="button button-small">
          {t('holdings.series.rename')}
        </button>
      </form>
      {others.length > 0 && (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (into && window.confirm(t('holdings.series.mergeConfirm', { from: series, into, count: issueCount }))) {
              void call('series.merge', { from: series, into }).then(done);
            }
          }}
        >
          <label htmlFor="series-merge">{t('holdings.series.mergeLabel')}</label>
          <select id="series-merge" value={into} onChange={(event) => setInto(event.target.value)}>
            <option value="">{t('holdings.series.mergeChoose')}</option>
            {others.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
          <button type="submit" className="button button-small" disabled={!into}>
            {t('holdings.series.merge')}
          </button>
        </form>
      )}
      {error && <ErrorMessage error={error} />}
    </details>
  );
}
