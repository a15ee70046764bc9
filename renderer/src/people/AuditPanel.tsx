import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/contract';
import { AUDIT_ACTIONS } from '../../../shared/people';
import type { AuditAction, AuditEntry, AuditFilter } from '../../../shared/people';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { shownData, useApi } from '../hooks/useApi';
import { call } from '../store/api';
import { useStore } from '../store/store';
import { downloadBase64 } from '../transport/download';
import { formatDateTime } from './format-time';
import { DateField } from '../components/DateField';

const PAGE = 50;
/** The most the archive hands over in one answer; paging is over those, the export takes them all. */
const FETCHED = 5000;

interface Filters {
  who: string;
  action: AuditAction | '';
  from: string;
  to: string;
}
const NO_FILTERS: Filters = { who: '', action: '', from: '', to: '' };

/** 审计日志 (issue 18): who did what, when and from where; filtered, paged, exported as CSV or JSONL. */
export function AuditPanel() {
  const { t } = useTranslation();
  const language = useStore((state) => state.language);
  const [typed, setTyped] = useState<Filters>(NO_FILTERS);
  const [applied, setApplied] = useState<Filters>(NO_FILTERS);
  const [page, setPage] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  const filter = useMemo(() => toFilter(applied), [applied]);
  const { state, retry } = useApi('audit.list', { ...filter, limit: FETCHED });
  const answer = shownData(state);
  const entries = useMemo(() => [...(answer?.entries ?? [])].sort((a, b) => b.at.localeCompare(a.at)), [answer]);
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={retry} />;

  const apply = (event: FormEvent): void => {
    event.preventDefault();
    setApplied(typed);
    setPage(0);
  };
  const exportAs = async (format: 'csv' | 'jsonl'): Promise<void> => {
    const result = await call('audit.export', { ...filter, format });
    if (!result.ok) return setError(result.error);
    setError(null);
    downloadBase64(result.data.name, result.data.mime, result.data.dataBase64);
    setExported(t('people.audit.exported', { name: result.data.name }));
  };
  const pages = Math.max(1, Math.ceil(entries.length / PAGE));
  const shown = entries.slice(page * PAGE, page * PAGE + PAGE);
  const total = answer?.total ?? 0;

  return (
    <div className="audit">
      <h2>{t('people.audit.heading')}</h2>
      <p className="view-subtitle">{t('people.audit.intro')}</p>
      <form className="audit-filters" onSubmit={apply} aria-label={t('people.audit.filter')}>
        <label className="field">
          <span>{t('people.audit.who')}</span>
          <input
            value={typed.who}
            maxLength={64}
            placeholder={t('people.audit.anyone')}
            onChange={(event) => setTyped({ ...typed, who: event.target.value })}
          />
        </label>
        <label className="field">
          <span>{t('people.audit.action')}</span>
          <select
            value={typed.action}
            onChange={(event) => setTyped({ ...typed, action: AUDIT_ACTIONS.find((a) => a === event.target.value) ?? '' })}
          >
            <option value="">{t('people.audit.anyAction')}</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {t(`people.audit.actions.${action}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('people.audit.from')}</span>
          <DateField value={typed.from} onChange={(iso) => setTyped({ ...typed, from: iso ?? '' })} />
        </label>
        <label className="field">
          <span>{t('people.audit.to')}</span>
          <DateField value={typed.to} onChange={(iso) => setTyped({ ...typed, to: iso ?? '' })} />
        </label>
        <div className="button-row audit-filter-buttons">
          <button type="submit" className="button button-primary">
            {t('people.audit.filter')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              setTyped(NO_FILTERS);
              setApplied(NO_FILTERS);
              setPage(0);
            }}
          >
            {t('people.audit.clear')}
          </button>
        </div>
      </form>
      <div className="button-row audit-export">
        <button type="button" className="button button-small" onClick={() => void exportAs('csv')}>
          {t('people.audit.exportCsv')}
        </button>
        <button type="button" className="button button-small" onClick={() => void exportAs('jsonl')}>
          {t('people.audit.exportJsonl')}
        </button>
      </div>
      {error && <ErrorMessage error={error} />}
      {exported && !error && (
        <p className="notice notice-ok" role="status">
          {exported}
        </p>
      )}
      {!answer ? (
        <Loading />
      ) : entries.length === 0 ? (
        <p className="muted-block">{t('people.audit.none')}</p>
      ) : (
        <>
          <p className="audit-count" role="status">
            {t('people.audit.shown', { total, from: page * PAGE + 1, to: page * PAGE + shown.length })}
          </p>
          <div className="people-table-wrap">
            <table className="report-table people-table" data-testid="audit-table">
              <thead>
                <tr>
                  <th scope="col">{t('people.audit.at')}</th>
                  <th scope="col">{t('people.audit.who')}</th>
                  <th scope="col">{t('people.audit.action')}</th>
                  <th scope="col">{t('people.audit.what')}</th>
                  <th scope="col">{t('people.audit.address')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((entry, index) => (
                  <AuditRow key={`${entry.at}-${index}`} entry={entry} language={language} />
                ))}
              </tbody>
            </table>
          </div>
          {pages > 1 && (
            <div className="button-row audit-pages">
              <button type="button" className="button button-small" disabled={page === 0} onClick={() => setPage(page - 1)}>
                {t('people.audit.previous')}
              </button>
              <span>
                {page + 1} / {pages}
              </span>
              <button type="button" className="button button-small" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
                {t('people.audit.next')}
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}

function AuditRow({ entry, language }: { entry: AuditEntry; language: Parameters<typeof formatDateTime>[1] }) {
  const { t } = useTranslation();
  return (
    <tr data-action={entry.action} data-who={entry.who}>
      <td className="audit-at">{formatDateTime(entry.at, language)}</td>
      <td>{entry.who === '(desktop)' ? t('people.audit.desktop') : entry.who}</td>
      <td>{t(`people.audit.actions.${entry.action}`)}</td>
      <td className="audit-what">
        {entry.what}
        {entry.method && <code className="audit-method">{entry.method}</code>}
      </td>
      <td>{entry.address === 'local' ? t('people.audit.desktop') : entry.address}</td>
    </tr>
  );
}

/** Dates go as days: the archive takes in the whole of the `to` day. */
function toFilter(filters: Filters): AuditFilter {
  const out: AuditFilter = {};
  if (filters.who.trim()) out.who = filters.who.trim();
  if (filters.action) out.action = filters.action;
  if (filters.from) out.from = filters.from;
  if (filters.to) out.to = filters.to;
  return out;
}
