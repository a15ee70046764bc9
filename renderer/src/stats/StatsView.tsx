import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import type { CountByName, LibraryStats } from '../../../shared/holdings-stats';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { shownData, useApi } from '../hooks/useApi';
import { navigate } from '../store/navigation';
import { useStore } from '../store/store';

// Fixed sizes and no animation: the charts are SVG drawn at once, the same on screen and on paper.
const CHART = { width: 720, height: 260 } as const;
const COLOURS = { issues: '#1f5376', articles: '#8aa9c1', missing: '#a11d1d', names: '#23673a' } as const;

/** Issues and articles per year, missing issues per year, articles per region and per column. */
export function StatsView({ series }: { series: string | null }) {
  const { t } = useTranslation();
  const { state, retry } = useApi('stats.get', series === null ? {} : { series });
  const issues = useStore((s) => s.issues);
  const names = useMemo(() => (issues.status === 'ready' ? [...new Set(issues.data.map((i) => i.series))] : []), [issues]);
  const stats = shownData(state);
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={retry} />;
  if (!stats) return <Loading />;
  return (
    <div className="stats-page">
      <div className="view-header">
        <h1>
          {t('holdings.stats.heading')}
          {series !== null && ` · ${series}`}
        </h1>
        <p className="view-subtitle">{t('holdings.stats.totals', stats.totals)}</p>
        <div className="button-row no-print">
          <label htmlFor="stats-scope">{t('holdings.stats.scope')}</label>
          <select id="stats-scope" value={series ?? ''} onChange={(event) => navigate({ kind: 'stats', series: event.target.value || null })}>
            <option value="">{t('holdings.stats.allSeries')}</option>
            {names.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
          <button type="button" className="button button-small" onClick={() => window.print()}>
            {t('holdings.stats.print')}
          </button>
        </div>
      </div>
      {stats.totals.issues === 0 ? <p className="muted-block">{t('holdings.stats.empty')}</p> : <Charts stats={stats} />}
    </div>
  );
}

function Charts({ stats }: { stats: LibraryStats }) {
  const { t } = useTranslation();
  const years = stats.years.map((y) => ({ ...y, label: String(y.year) }));
  return (
    <div className="stats-body">
      <section className="stats-chart" aria-labelledby="stats-years">
        <h2 id="stats-years">{t('holdings.stats.perYear')}</h2>
        <BarChart {...CHART} data={years} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" />
          <YAxis yAxisId="issues" allowDecimals={false} />
          <YAxis yAxisId="articles" orientation="right" allowDecimals={false} />
          <Legend />
          <Bar yAxisId="issues" dataKey="issues" name={t('holdings.stats.issues')} fill={COLOURS.issues} isAnimationActive={false} />
          <Bar yAxisId="articles" dataKey="articles" name={t('holdings.stats.articles')} fill={COLOURS.articles} isAnimationActive={false} />
        </BarChart>
        <YearTable stats={stats} />
      </section>
      <section className="stats-chart" aria-labelledby="stats-missing">
        <h2 id="stats-missing">{t('holdings.stats.missingPerYear')}</h2>
        <BarChart {...CHART} height={200} data={years} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" />
          <YAxis allowDecimals={false} />
          <Bar dataKey="missing" name={t('holdings.stats.missing')} fill={COLOURS.missing} isAnimationActive={false} />
        </BarChart>
      </section>
      <NameChart id="stats-regions" title={t('holdings.stats.regions')} counts={stats.regions} others={stats.otherRegions} unknown={t('holdings.stats.unknownRegion', { count: stats.noRegion })} />
      <NameChart id="stats-columns" title={t('holdings.stats.columns')} counts={stats.columns} others={stats.otherColumns} unknown={t('holdings.stats.unknownColumn', { count: stats.noColumn })} />
    </div>
  );
}

function NameChart({ id, title, counts, others, unknown }: { id: string; title: string; counts: CountByName[]; others: number; unknown: string }) {
  const { t } = useTranslation();
  return (
    <section className="stats-chart" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {counts.length > 0 && (
        <BarChart {...CHART} height={Math.max(120, counts.length * 26 + 40)} data={counts} layout="vertical" accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={120} interval={0} />
          <Bar dataKey="articles" name={t('holdings.stats.articles')} fill={COLOURS.names} isAnimationActive={false} />
        </BarChart>
      )}
      <p className="muted">
        {others > 0 && `${t('holdings.stats.others', { count: others })} · `}
        {unknown}
      </p>
    </section>
  );
}

function YearTable({ stats }: { stats: LibraryStats }) {
  const { t } = useTranslation();
  return (
    <details className="stats-table">
      <summary>{t('holdings.stats.table')}</summary>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">{t('holdings.gaps.year')}</th>
            <th scope="col" className="num">
              {t('holdings.stats.issues')}
            </th>
            <th scope="col" className="num">
              {t('holdings.stats.articles')}
            </th>
            <th scope="col" className="num">
              {t('holdings.stats.missing')}
            </th>
          </tr>
        </thead>
        <tbody>
          {stats.years.map((y) => (
            <tr key={y.year}>
              <td>{y.year}</td>
              <td className="num">{y.issues}</td>
              <td className="num">{y.articles}</td>
              <td className="num">{y.missing}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
