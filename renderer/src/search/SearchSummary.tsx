import { useTranslation } from 'react-i18next';
import type { SearchResult } from '../../../shared/search';
import { yearsText } from './filters';
import { setLayout, useSearch } from './state';
import type { Layout } from './state';

/** What the search screen says about its results: how many, how the query was read, the index's progress. */

export function ResultSummary({ result, shown, layout }: { result: SearchResult; shown: number; layout: Layout }) {
  const { t } = useTranslation();
  const fuzzy = result.total === 0;
  const query = [...result.understood.terms].join(' ');
  return (
    <div className="search-summary">
      {fuzzy ? (
        <p className="search-total search-fuzzy-note" role="status">
          {t('search.fuzzyHeading', { query })}
        </p>
      ) : (
        <p className="search-total" role="status">
          <strong>
            {shown < result.total ? t('search.totalShown', { count: result.total, shown }) : t('search.total', { count: result.total })}
          </strong>
          <span className="muted"> · {t('search.took', { ms: Math.max(1, Math.round(result.tookMs)) })}</span>
        </p>
      )}
      <div className="search-layout" role="group" aria-label={t('search.view')}>
        {(['grouped', 'flat'] as const).map((option) => (
          <button
            key={option}
            type="button"
            className="search-layout-button"
            aria-pressed={layout === option}
            onClick={() => setLayout(option)}
          >
            {t(`search.${option}`)}
          </button>
        ))}
      </div>
    </div>
  );
}

/** The query as the archive read it: words to find, words excluded, filters and corrections. */
export function Understood({ result }: { result: SearchResult }) {
  const { t } = useTranslation();
  const { terms, excluded, filters } = result.understood;
  const filterChips: string[] = [];
  if (filters.series) filterChips.push(t('search.filterValue.series', { value: filters.series }));
  if (filters.years) filterChips.push(t('search.filterValue.years', { value: yearsText(filters.years, t('search.yearsAny')) }));
  if (filters.region) filterChips.push(t('search.filterValue.region', { value: filters.region }));
  if (filters.column) filterChips.push(t('search.filterValue.column', { value: filters.column }));
  if (filters.tag) filterChips.push(t('search.filterValue.tag', { value: filters.tag }));
  if (filters.annotated) filterChips.push(t('search.filterValue.annotated'));
  if (terms.length === 0 && excluded.length === 0 && filterChips.length === 0 && result.corrections.length === 0) return null;
  return (
    <div className="search-understood">
      <ChipLine label={t('search.understood')} chips={terms} className="chip" lang="zh-CN" />
      <ChipLine label={t('search.excluded')} chips={excluded} className="chip chip-excluded" lang="zh-CN" />
      <ChipLine label={t('search.filteredBy')} chips={filterChips} className="chip chip-filter" />
      {result.corrections.map((correction) => (
        <p key={`${correction.filter}:${correction.typed}`} className="search-correction" role="note">
          {t('search.correction', {
            typed: correction.typed,
            filter: t(`search.correctionFilter.${correction.filter}`),
            instead: correction.usedInstead.map((value) => `“${value}”`).join('、'),
          })}
        </p>
      ))}
    </div>
  );
}

/** One line of chips under its label; nothing when there are none. */
function ChipLine({ label, chips, className, lang }: { label: string; chips: readonly string[]; className: string; lang?: string }) {
  if (chips.length === 0) return null;
  return (
    <p className="chip-line">
      <span className="chip-label">{label}</span>
      {chips.map((chip) => (
        <span key={chip} className={className} lang={lang}>
          {chip}
        </span>
      ))}
    </p>
  );
}

/** Whole percent of the build, never 100 before it is done. */
export function buildPercent(done: number, total: number): number {
  return total <= 0 ? 0 : Math.min(99, Math.floor((done / total) * 100));
}

/**
 * How far the index is while it is not ready: shown whenever the screen is open (the build
 * runs in the background and takes minutes on a large library), with what that means for the
 * results on screen: none yet, or from part of the library.
 */
export function IndexProgress() {
  const { t } = useTranslation();
  const index = useSearch((state) => state.index);
  const busy = useSearch((state) => state.pending || state.warming);
  const incomplete = useSearch((state) => (state.results.status === 'ready' ? (state.results.result.incomplete ?? null) : null));
  if (!index) return null;
  const { progress } = index;
  if (progress.phase !== 'indexing' && progress.phase !== 'ready' && !busy) return null;
  switch (progress.phase) {
    case 'ready':
      return null;
    case 'loading':
      return (
        <p className="search-index" role="status">
          {t('search.indexLoading')}
        </p>
      );
    case 'saving':
      return (
        <p className="search-index" role="status">
          {t('search.indexSaving')}
        </p>
      );
    case 'indexing':
      return (
        <div className="search-index" role="status">
          <p>
            <strong>{t('search.indexing', { percent: buildPercent(progress.done, progress.total), done: progress.done, total: progress.total })}</strong>
            <span className="muted">
              {' '}
              {incomplete && incomplete.searched > 0 ? t('search.indexPartial', { searched: incomplete.searched }) : t('search.indexNotReady')}
            </span>
          </p>
          <progress max={Math.max(1, progress.total)} value={progress.done} aria-hidden="true" />
        </div>
      );
    default: {
      const unreachable: never = progress;
      return unreachable;
    }
  }
}
