import { useState } from 'react';
import { useCan } from '../people/session';
import { useTranslation } from 'react-i18next';
import type { IssueSummary } from '../../../shared/catalog';
import { RETENTION_CODES, RETENTION_PERIODS, SECURITY_LEVELS } from '../../../shared/catalogue-fields';
import type { RetentionCode } from '../../../shared/catalogue-fields';
import type { ApiResult, IssuePatch } from '../../../shared/contract';
import type { Delivery } from '../export/deliver';
import { NoticeLine } from '../messages/NoticeLine';
import { forget, pageNow, tell, useNotice } from '../messages/notices';
import type { Phrase } from '../messages/notices';
import { MOST_ARTICLES, articlesOf, basketSelection, exportSelection, updateSelection } from './batch-actions';
import { navigate } from '../store/navigation';

const FIELDS = ['retention', 'location', 'security', 'remarks'] as const;
type BatchField = (typeof FIELDS)[number];

interface Draft {
  retention: RetentionCode | '';
  room: string;
  cabinet: string;
  box: string;
  security: string;
  remarks: string;
}
const BLANK: Draft = { retention: '', room: '', cabinet: '', box: '', security: '', remarks: '' };

/** The bar's outcomes go through the notices: the latest replaces the one before, said in the current language. */
const BATCH_ACTION = 'batch';

const text = (v: string): string | null => (v.trim() === '' ? null : v.trim());

/** The one field a batch sets, as a patch; a blank value clears it on every selected issue. */
function patchOf(field: BatchField, draft: Draft): IssuePatch {
  switch (field) {
    case 'retention':
      return { retention: draft.retention === '' ? null : { code: draft.retention, label: RETENTION_PERIODS[draft.retention].zh } };
    case 'location':
      // The contract takes the location whole: the batch files every selected copy in the same place.
      return { location: { room: text(draft.room), cabinet: text(draft.cabinet), box: text(draft.box) } };
    case 'security':
      return { security: text(draft.security) };
    case 'remarks':
      return { remarks: draft.remarks.trim() === '' ? null : draft.remarks };
    default: {
      const unreachable: never = field;
      return unreachable;
    }
  }
}

/** Shown while issues are selected in the library list: one change, a move, the basket or an export for all of them. */
export function BatchBar({
  selected,
  seriesNames,
  onClear,
}: {
  selected: readonly IssueSummary[];
  seriesNames: readonly string[];
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const [field, setField] = useState<BatchField>('retention');
  const [draft, setDraft] = useState<Draft>(BLANK);
  const [series, setSeries] = useState('');
  const status = useNotice(BATCH_ACTION);
  const ids = selected.map((issue) => issue.id);
  const articleCount = articlesOf(selected).length;
  const busy = status?.tone === 'busy';
  const edit = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  const change = async (patch: IssuePatch, done: (count: number) => Phrase): Promise<void> => {
    const page = pageNow();
    tell(BATCH_ACTION, 'busy', { key: 'batch.busy' });
    const result = await updateSelection(ids, patch);
    if (result.ok) tell(BATCH_ACTION, 'done', done(result.data.updated), { page });
    else tell(BATCH_ACTION, 'failed', { key: 'batch.failed', values: { reason: { error: result.error } } }, { page });
  };

  const delivered = (result: ApiResult<Delivery>, page: string): void => {
    if (!result.ok) return tell(BATCH_ACTION, 'failed', { key: 'batch.exportFailed', values: { reason: { error: result.error } } }, { page });
    switch (result.data.kind) {
      case 'downloaded':
        return tell(BATCH_ACTION, 'done', { key: 'batch.exported', values: { name: result.data.fileName } }, { page });
      case 'saved':
        return tell(BATCH_ACTION, 'done', { key: 'batch.saved', values: { path: result.data.path } }, { page });
      case 'cancelled':
        return forget(BATCH_ACTION);
      default: {
        const unreachable: never = result.data;
        return unreachable;
      }
    }
  };

  const runExport = async (format: 'csv' | 'xlsx'): Promise<void> => {
    const page = pageNow();
    tell(BATCH_ACTION, 'busy', { key: 'batch.busy' });
    delivered(await exportSelection(selected, format), page);
  };

  // Issue 18: a reader keeps the basket and the exports; changing records and packages need more.
  const mayEdit = useCan('issues.updateMany');
  const mayPackage = useCan('package.export');
  const basketed = (count: number): Phrase =>
    articleCount > MOST_ARTICLES
      ? { key: 'batch.basketedTooMany', values: { basketed: { key: 'batch.basketed', values: { count } }, tooMany: { key: 'batch.tooMany', values: { count: MOST_ARTICLES } } } }
      : { key: 'batch.basketed', values: { count } };

  return (
    <section className="batch-bar" aria-label={t('batch.bar')} data-testid="batch-bar">
      <div className="batch-row">
        <strong className="batch-count">{t('batch.selected', { count: selected.length })}</strong>
        <button type="button" className="button button-small" onClick={onClear}>
          {t('batch.clear')}
        </button>
        <span className="muted batch-hint">{t('batch.hint')}</span>
        {mayPackage && (
          <button type="button" className="button button-small" onClick={() => navigate({ kind: 'packages', tab: 'export', issueIds: ids })}>
            {t('package.batch')}
          </button>
        )}
      </div>
      {mayEdit && (
      <form
        className="batch-row"
        onSubmit={(event) => {
          event.preventDefault();
          void change(patchOf(field, draft), (count) => ({ key: 'batch.updated', values: { count } }));
        }}
      >
        {/* Label and select side by side, not nested: a nested select's options would join the label's name. */}
        <label htmlFor="batch-field">{t('batch.field')}</label>
        <select id="batch-field" value={field} onChange={(event) => setField(FIELDS.find((f) => f === event.target.value) ?? 'retention')}>
          {FIELDS.map((f) => (
            <option key={f} value={f}>
              {t(`batch.fields.${f}`)}
            </option>
          ))}
        </select>
        {field === 'retention' && (
          <>
            <label htmlFor="batch-retention">{t('batch.fields.retention')}</label>
            <select
              id="batch-retention"
              value={draft.retention}
              onChange={(event) => edit({ retention: RETENTION_CODES.find((c) => c === event.target.value) ?? '' })}
            >
              <option value="">{t('catalogue.retention.none')}</option>
              {RETENTION_CODES.map((code) => (
                <option key={code} value={code}>
                  {t(`catalogue.retention.${code}`)}
                </option>
              ))}
            </select>
          </>
        )}
        {field === 'location' &&
          (['room', 'cabinet', 'box'] as const).map((part) => (
            <label key={part}>
              {t(`catalogue.fields.${part}`)}
              <input value={draft[part]} size={8} onChange={(event) => edit({ [part]: event.target.value })} />
            </label>
          ))}
        {field === 'security' && (
          <label>
            {t('batch.fields.security')}
            <input
              list="batch-security-levels"
              value={draft.security}
              size={8}
              onChange={(event) => edit({ security: event.target.value })}
            />
            <datalist id="batch-security-levels">
              {SECURITY_LEVELS.map((level) => (
                <option key={level} value={level} />
              ))}
            </datalist>
          </label>
        )}
        {field === 'remarks' && (
          <label>
            {t('batch.fields.remarks')}
            <input value={draft.remarks} size={24} onChange={(event) => edit({ remarks: event.target.value })} />
          </label>
        )}
        <button type="submit" className="button button-small button-primary" disabled={busy}>
          {t('batch.apply')}
        </button>
        {field !== 'retention' && <span className="muted">{t('batch.blankClears')}</span>}
      </form>
      )}
      <form
        className="batch-row"
        onSubmit={(event) => {
          event.preventDefault();
          const to = series.trim();
          if (to !== '') void change({ series: to }, (count) => ({ key: 'batch.moved', values: { count, series: to } }));
        }}
      >
        {mayEdit && (
          <>
        <label>
          {t('batch.moveTo')}
          <input list="batch-series-names" value={series} size={16} onChange={(event) => setSeries(event.target.value)} />
          <datalist id="batch-series-names">
            {seriesNames.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </label>
        <button type="submit" className="button button-small" disabled={busy || series.trim() === ''}>
          {t('batch.move')}
        </button>
          </>
        )}
        <button
          type="button"
          className="button button-small"
          disabled={busy || articleCount === 0}
          onClick={() => tell(BATCH_ACTION, 'done', basketed(basketSelection(selected)))}
        >
          {t('batch.basket')}
        </button>
        <span>{t('batch.exportAs')}</span>
        <button type="button" className="button button-small" disabled={busy || articleCount === 0} onClick={() => void runExport('csv')}>
          CSV
        </button>
        <button type="button" className="button button-small" disabled={busy || articleCount === 0} onClick={() => void runExport('xlsx')}>
          XLSX
        </button>
      </form>
      <NoticeLine notice={status?.tone === 'busy' ? null : status} className="batch-status" />
    </section>
  );
}
