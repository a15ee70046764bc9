import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchFilters as ApiFilters } from '../../../shared/search';
import { useStore } from '../store/store';
import { hasScreenFilters, typedFilterTokens } from './filters';
import type { FilterName } from './filters';
import { SeriesFilter, TagFilter, TextFilter, YearsFilter } from './FilterControls';
import { clearFilters, setFilters, useSearch } from './state';

/**
 * Series, year range, region and column set from the screen. A filter typed into the query
 * (`地区:南京`) wins over the control, which then shows the typed value and says so. Tags and
 * "has highlights or notes" come from the annotations.
 */
export function SearchFilterBar({ understood }: { understood: ApiFilters | null }) {
  const { t } = useTranslation();
  const filters = useSearch((state) => state.filters);
  const query = useSearch((state) => state.query);
  const issues = useStore((state) => state.issues);
  const seriesNames = useMemo(
    () => (issues.status === 'ready' ? [...new Set(issues.data.map((issue) => issue.series))].sort() : []),
    [issues],
  );
  const typed = typedFilterTokens(query);
  const typedNote = (name: FilterName) => {
    const text = typed[name];
    return text ? t('search.typedFilter', { text }) : undefined;
  };
  const typedSeries = typed.series ? (understood?.series ?? null) : null;
  const typedYears = typed.years ? (understood?.years ?? null) : null;
  const typedRegion = typed.region ? (understood?.region ?? null) : null;
  const typedColumn = typed.column ? (understood?.column ?? null) : null;
  const series = typedSeries ?? filters.series;

  return (
    <fieldset className="search-filters">
      <legend className="visually-hidden">{t('search.filters')}</legend>
      <SeriesFilter series={series} names={seriesNames} typed={typedSeries !== null} typedNote={typedNote('series')} />
      <YearsFilter from={filters.yearFrom} to={filters.yearTo} typed={typedYears} typedNote={typedNote('years')} />
      <TextFilter name="region" value={filters.region} typed={typedRegion} typedNote={typedNote('region')} />
      <TextFilter name="column" value={filters.column} typed={typedColumn} typedNote={typedNote('column')} />
      <TagFilter tag={filters.tag} />
      <label className="search-filter search-filter-check">
        <input
          type="checkbox"
          checked={filters.annotated === 'yes'}
          onChange={(event) => setFilters({ annotated: event.target.checked ? 'yes' : '' })}
        />
        <span className="search-filter-label">{t('search.annotatedOnly')}</span>
      </label>
      {hasScreenFilters(filters) && (
        <button type="button" className="button button-small" onClick={clearFilters}>
          {t('search.clearFilters')}
        </button>
      )}
    </fieldset>
  );
}
