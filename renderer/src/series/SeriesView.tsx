import { useState } from 'react';
import { useCan } from '../people/session';
import { useTranslation } from 'react-i18next';
import type { SeriesHoldings } from '../../../shared/holdings';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { shownData, useApi } from '../hooks/useApi';
import { openLibrary, navigate } from '../store/navigation';
import { HoldingsGrid } from './HoldingsGrid';
import { MissingNote } from './MissingNote';
import { SeriesActions } from './SeriesActions';
import { SeriesRecordCard } from './SeriesRecordForm';

/** The archivist's home for a series: its record, editable, and the holdings grid of its run. */
export function SeriesView({ series }: { series: string }) {
  const { t } = useTranslation();
  const [refresh, setRefresh] = useState(0);
  const { state, retry } = useApi('series.get', { series }, refresh);
  const [noting, setNoting] = useState<{ year: number; number: number } | null>(null);
  const [updated, setUpdated] = useState<SeriesHoldings | null>(null);
  // Issue 18: notes on missing numbers and the series' renames and merges are the cataloguer's.
  const mayNote = useCan('holdings.note');
  const mayRename = useCan('series.rename');
  const data = shownData(state);
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={retry} onBack={() => openLibrary(null)} />;
  if (!data) return <Loading />;
  const holdings = updated && updated.series === series ? updated : data.holdings;
  const noteOf = (year: number, number: number) => holdings.years.find((y) => y.year === year)?.cells.find((c) => c.number === number)?.note ?? null;
  return (
    <div className="series-page">
      <div className="view-header">
        <p className="view-kicker">{t('holdings.series.subtitle')}</p>
        <h1>{series}</h1>
        <p className="view-subtitle">
          {t('nav.issueCount', { count: data.overview.issueCount })} · {t('holdings.series.held', { held: holdings.heldCount, missing: holdings.missingCount })}
        </p>
        <div className="button-row no-print">
          <button type="button" className="button button-small" onClick={() => openLibrary(series)}>
            {t('holdings.series.back')}
          </button>
          <button type="button" className="button button-small" onClick={() => navigate({ kind: 'stats', series })}>
            {t('holdings.nav.stats')}
          </button>
          <button type="button" className="button button-small" onClick={() => navigate({ kind: 'gaps' })}>
            {t('holdings.nav.gaps')}
          </button>
        </div>
      </div>
      <div className="series-body">
        <SeriesRecordCard
          overview={data.overview}
          onSaved={() => {
            setUpdated(null);
            setRefresh((n) => n + 1);
          }}
        />
        <section className="series-holdings" aria-labelledby="holdings-heading">
          <h2 id="holdings-heading">{t('holdings.grid.heading')}</h2>
          <HoldingsGrid
            holdings={holdings}
            selected={noting ? `${noting.year}:${noting.number}` : null}
            onMissing={(year, number) => setNoting({ year, number })}
          />
          {noting && mayNote && (
            <MissingNote
              key={`${noting.year}:${noting.number}`}
              series={series}
              year={noting.year}
              number={noting.number}
              note={noteOf(noting.year, noting.number)}
              onSaved={setUpdated}
              onClose={() => setNoting(null)}
            />
          )}
        </section>
        {mayRename && <SeriesActions series={series} issueCount={data.overview.issueCount} />}
      </div>
    </div>
  );
}
