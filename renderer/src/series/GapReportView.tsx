import { useTranslation } from 'react-i18next';
import { missingByYear, numberRanges } from '../../../shared/holdings';
import { NoticeLine } from '../messages/NoticeLine';
import { pageNow, tell, useNotice } from '../messages/notices';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { shownData, useApi } from '../hooks/useApi';
import { formatDate, localDay } from '../format';
import { currentLanguage } from '../i18n';
import { call, saveExport } from '../store/api';
import { openSeries } from '../store/navigation';
import { useStore } from '../store/store';

/** Missing issues per series and year: on screen, printable (print CSS), exported as CSV or XLSX. */
const GAPS_EXPORT = 'holdings.gaps.export';

export function GapReportView() {
  const { t } = useTranslation();
  const language = useStore((state) => state.language);
  const { state, retry } = useApi('holdings.get', {});
  // The export's outcome: one notice, the latest replacing the one before, said in the current language.
  const notice = useNotice(GAPS_EXPORT);
  const error = notice?.tone === 'failed' && 'error' in notice.phrase ? notice.phrase.error : null;
  const all = shownData(state);
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={retry} />;
  if (!all) return <Loading />;
  const rows = all.flatMap((h) => missingByYear(h).map((row) => ({ series: h.series, ...row })));
  const total = rows.reduce((sum, r) => sum + r.numbers.length, 0);
  const exportAs = async (format: 'csv' | 'xlsx') => {
    const page = pageNow();
    const prepared = await call('holdings.export', { format, locale: currentLanguage() === 'en' ? 'en' : 'zh' });
    if (!prepared.ok) return tell(GAPS_EXPORT, 'failed', { error: prepared.error }, { page });
    const saved = await saveExport(prepared.data.token);
    if (!saved.ok) return tell(GAPS_EXPORT, 'failed', { error: saved.error }, { page });
    tell(GAPS_EXPORT, 'done', { key: 'holdings.gaps.exported', values: { file: prepared.data.fileName, rows: prepared.data.rows } }, { page });
  };
  return (
    <div className="gap-report">
      <div className="view-header">
        <h1>{t('holdings.gaps.heading')}</h1>
        <p className="view-subtitle">{t('holdings.gaps.intro')}</p>
        <p className="print-only">{t('holdings.gaps.printedOn', { date: formatDate(localDay(new Date()), language) })}</p>
        <div className="button-row no-print">
          <button type="button" className="button button-small button-primary" onClick={() => window.print()}>
            {t('holdings.gaps.print')}
          </button>
          <button type="button" className="button button-small" onClick={() => void exportAs('csv')}>
            {t('holdings.gaps.csv')}
          </button>
          <button type="button" className="button button-small" onClick={() => void exportAs('xlsx')}>
            {t('holdings.gaps.xlsx')}
          </button>
        </div>
        <NoticeLine notice={notice?.tone === 'done' ? notice : null} className="muted no-print" />
        {error && <ErrorMessage error={error} />}
      </div>
      <div className="report-body">
        {rows.length === 0 ? (
          <p className="muted-block">{t('holdings.gaps.none')}</p>
        ) : (
          <table className="report-table">
            <caption>{t('holdings.gaps.total', { count: total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('holdings.gaps.series')}</th>
                <th scope="col">{t('holdings.gaps.year')}</th>
                <th scope="col">{t('holdings.gaps.numbers')}</th>
                <th scope="col" className="num">
                  {t('holdings.gaps.count')}
                </th>
                <th scope="col">{t('holdings.gaps.notes')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.series}:${row.year}`}>
                  <td>
                    <button type="button" className="link-button" onClick={() => openSeries(row.series)}>
                      {row.series}
                    </button>
                  </td>
                  <td>{row.year}</td>
                  <td>{row.unknownCount ? t('holdings.gaps.wholeYear') : numberRanges(row.numbers)}</td>
                  <td className="num">{row.unknownCount ? '—' : row.numbers.length}</td>
                  <td>
                    {row.notes.map((n) => (
                      <span key={n.number} className="report-note">
                        {n.number}: {n.note}
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
