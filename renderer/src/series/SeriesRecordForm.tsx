import { useState } from 'react';
import { useCan } from '../people/session';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/contract';
import { FREQUENCIES } from '../../../shared/holdings-record';
import type { SeriesOverview, SeriesRecord } from '../../../shared/holdings-record';
import { NoticeLine } from '../messages/NoticeLine';
import { tell, useNotice } from '../messages/notices';
import { ErrorMessage } from '../components/ErrorMessage';
import { call } from '../store/api';
import { readRecordText, recordText } from './record-fields';
import type { RecordText } from './record-fields';

const RECORD_SAVE = 'holdings.series.save';

/** The series' record, shown, and edited in place. */
export function SeriesRecordCard({ overview, onSaved }: { overview: SeriesOverview; onSaved: (record: SeriesRecord) => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const mayEdit = useCan('series.update');
  const status = useNotice(RECORD_SAVE);
  const { record } = overview;
  const none = <span className="muted">{t('holdings.series.unknown')}</span>;
  if (editing) {
    return (
      <RecordForm
        record={record}
        onCancel={() => setEditing(false)}
        onSaved={(saved) => {
          setEditing(false);
          tell(RECORD_SAVE, 'done', { key: 'holdings.series.saved' });
          onSaved(saved);
        }}
      />
    );
  }
  return (
    <section className="series-record" aria-labelledby="series-record-heading">
      <div className="series-record-head">
        <h2 id="series-record-heading">{t('holdings.series.record')}</h2>
        {mayEdit && (
          <button type="button" className="button button-small" onClick={() => setEditing(true)}>
            {t('holdings.series.edit')}
          </button>
        )}
      </div>
      {!overview.stored && <p className="muted">{t('holdings.series.derived')}</p>}
      <dl className="series-record-fields">
        <dt>{t('holdings.series.issuingUnit')}</dt>
        <dd>{record.issuingUnit ?? none}</dd>
        <dt>{t('holdings.series.frequency')}</dt>
        <dd>
          {t(`holdings.frequency.${record.frequency ?? 'none'}`)}
          {record.issuesPerYear !== null && ` · ${t('holdings.series.issuesPerYear')} ${record.issuesPerYear}`}
        </dd>
        <dt>{t('holdings.series.firstYear')}</dt>
        <dd>{record.firstYear ?? overview.firstYear ?? '—'}</dd>
        <dt>{t('holdings.series.lastYear')}</dt>
        <dd>{record.lastYear ?? t('holdings.series.ongoing')}</dd>
        <dt>{t('holdings.series.permit')}</dt>
        <dd>{record.permit ?? none}</dd>
        <dt>{t('holdings.series.notes')}</dt>
        <dd className="series-record-notes">{record.notes ?? none}</dd>
      </dl>
      <NoticeLine notice={status} className="muted" />
    </section>
  );
}

function RecordForm({ record, onSaved, onCancel }: { record: SeriesRecord; onSaved: (record: SeriesRecord) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState<RecordText>(() => recordText(record));
  const [error, setError] = useState<ApiError | null>(null);
  const [invalid, setInvalid] = useState(false);
  const field = (key: keyof RecordText, hint?: string) => ({
    id: `series-${key}`,
    value: text[key],
    'aria-describedby': hint ? `series-${key}-hint` : undefined,
    onChange: (event: { target: { value: string } }) => setText((current) => ({ ...current, [key]: event.target.value })),
  });
  const submit = async () => {
    const fields = readRecordText(text, record);
    setInvalid(fields === null);
    if (!fields) return;
    const result = await call('series.update', { series: record.name, fields });
    if (!result.ok) return setError(result.error);
    onSaved(result.data);
  };
  return (
    <form
      className="series-record series-record-form"
      aria-labelledby="series-record-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id="series-record-heading">{t('holdings.series.edit')}</h2>
      <div className="series-form-grid">
        <label htmlFor="series-issuingUnit">{t('holdings.series.issuingUnit')}</label>
        <input {...field('issuingUnit')} maxLength={500} />
        <label htmlFor="series-frequency">{t('holdings.series.frequency')}</label>
        <select {...field('frequency')}>
          <option value="">{t('holdings.frequency.none')}</option>
          {FREQUENCIES.map((f) => (
            <option key={f} value={f}>
              {t(`holdings.frequency.${f}`)}
            </option>
          ))}
        </select>
        <label htmlFor="series-issuesPerYear">{t('holdings.series.issuesPerYear')}</label>
        <span>
          <input {...field('issuesPerYear', 'hint')} inputMode="numeric" className="input-short" />
          <span id="series-issuesPerYear-hint" className="field-hint">
            {t('holdings.series.issuesPerYearHint')}
          </span>
        </span>
        <label htmlFor="series-firstYear">{t('holdings.series.firstYear')}</label>
        <input {...field('firstYear')} inputMode="numeric" className="input-short" />
        <label htmlFor="series-lastYear">{t('holdings.series.lastYear')}</label>
        <span>
          <input {...field('lastYear', 'hint')} inputMode="numeric" className="input-short" />
          <span id="series-lastYear-hint" className="field-hint">
            {t('holdings.series.lastYearHint')}
          </span>
        </span>
        <label htmlFor="series-permit">{t('holdings.series.permit')}</label>
        <input {...field('permit')} maxLength={100} />
        <label htmlFor="series-notes">{t('holdings.series.notes')}</label>
        <textarea {...field('notes')} rows={3} maxLength={2000} />
      </div>
      {invalid && (
        <p className="field-problem" role="alert">
          {t('holdings.series.invalid')}
        </p>
      )}
      {error && <ErrorMessage error={error} />}
      <div className="button-row">
        <button type="submit" className="button button-primary">
          {t('holdings.series.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('holdings.series.cancel')}
        </button>
      </div>
    </form>
  );
}
