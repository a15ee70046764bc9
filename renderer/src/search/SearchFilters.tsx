import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchFilters as ApiFilters } from '../../../shared/search';
import { call } from '../store/api';
import { useStore } from '../store/store';
import { hasScreenFilters, typedFilterTokens } from './filters';
import type { FilterName } from './filters';
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
  const tags = useTags();
  const tagOptions = filters.tag && !tags.includes(filters.tag) ? [...tags, filters.tag] : tags;
  const options = series && !seriesNames.includes(series) ? [...seriesNames, series] : seriesNames;

  return (
    <fieldset className="search-filters">
      <legend className="visually-hidden">{t('search.filters')}</legend>
      <label className="search-filter" data-typed={typedSeries !== null || undefined} title={typedNote('series')}>
        <span className="search-filter-label">{t('search.series')}</span>
        <select value={series} disabled={typedSeries !== null} onChange={(event) => setFilters({ series: event.target.value })}>
          <option value="">{t('search.anySeries')}</option>
          {options.map((name) => (
            <option key={name} value={name} lang="zh-CN">
              {name}
            </option>
          ))}
        </select>
      </label>
      <div
        className="search-filter search-years"
        role="group"
        aria-labelledby="search-years-label"
        data-typed={typedYears !== null || undefined}
        title={typedNote('years')}
      >
        <span className="search-filter-label" id="search-years-label">
          {t('search.years')}
        </span>
        <label>
          <span className="visually-hidden">{t('search.yearFrom')}</span>
          <input
            type="text"
            inputMode="numeric"
            className="search-year"
            placeholder={t('search.yearFrom')}
            maxLength={4}
            value={typedYears ? String(typedYears.from ?? '') : filters.yearFrom}
            readOnly={typedYears !== null}
            onChange={(event) => setFilters({ yearFrom: event.target.value })}
          />
        </label>
        <span aria-hidden="true">{t('search.yearSeparator')}</span>
        <label>
          <span className="visually-hidden">{t('search.yearTo')}</span>
          <input
            type="text"
            inputMode="numeric"
            className="search-year"
            placeholder={t('search.yearTo')}
            maxLength={4}
            value={typedYears ? String(typedYears.to ?? '') : filters.yearTo}
            readOnly={typedYears !== null}
            onChange={(event) => setFilters({ yearTo: event.target.value })}
          />
        </label>
      </div>
      <label className="search-filter" data-typed={typedRegion !== null || undefined} title={typedNote('region')}>
        <span className="search-filter-label">{t('search.region')}</span>
        <input
          type="text"
          value={typedRegion ?? filters.region}
          placeholder={t('search.regionPlaceholder')}
          readOnly={typedRegion !== null}
          maxLength={200}
          onChange={(event) => setFilters({ region: event.target.value })}
        />
      </label>
      <label className="search-filter" data-typed={typedColumn !== null || undefined} title={typedNote('column')}>
        <span className="search-filter-label">{t('search.column')}</span>
        <input
          type="text"
          value={typedColumn ?? filters.column}
          placeholder={t('search.columnPlaceholder')}
          readOnly={typedColumn !== null}
          maxLength={200}
          onChange={(event) => setFilters({ column: event.target.value })}
        />
      </label>
      <label className="search-filter">
        <span className="search-filter-label">{t('search.tag')}</span>
        <select value={filters.tag} onChange={(event) => setFilters({ tag: event.target.value })}>
          <option value="">{t('search.anyTag')}</option>
          {tagOptions.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
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

/** The library's tags, most used first, read once when the filters appear. */
function useTags(): string[] {
  const [tags, setTags] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    void call('tags.list', {}).then((result) => {
      if (live && result.ok) setTags(result.data.map((t) => t.tag));
    });
    return () => {
      live = false;
    };
  }, []);
  return tags;
}
