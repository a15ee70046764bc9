import { useTranslation } from 'react-i18next';
import type { SearchFilters as ApiFilters } from '../../../shared/search';
import { useApi } from '../hooks/useApi';
import { setFilters } from './state';

/**
 * The controls of the search filter bar. A control whose filter was typed into the query shows
 * the typed value, read-only, and says so in its tooltip (`typedNote`).
 */

export function SeriesFilter({
  series,
  names,
  typed,
  typedNote,
}: {
  series: string;
  names: readonly string[];
  typed: boolean;
  typedNote?: string;
}) {
  const { t } = useTranslation();
  const options = series && !names.includes(series) ? [...names, series] : names;
  return (
    <label className="search-filter" data-typed={typed || undefined} title={typedNote}>
      <span className="search-filter-label">{t('search.series')}</span>
      <select value={series} disabled={typed} onChange={(event) => setFilters({ series: event.target.value })}>
        <option value="">{t('search.anySeries')}</option>
        {options.map((name) => (
          <option key={name} value={name} lang="zh-CN">
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}

export function YearsFilter({
  from,
  to,
  typed,
  typedNote,
}: {
  from: string;
  to: string;
  typed: ApiFilters['years'] | null;
  typedNote?: string;
}) {
  const { t } = useTranslation();
  return (
    <div
      className="search-filter search-years"
      role="group"
      aria-labelledby="search-years-label"
      data-typed={typed !== null || undefined}
      title={typedNote}
    >
      <span className="search-filter-label" id="search-years-label">
        {t('search.years')}
      </span>
      <YearInput
        label={t('search.yearFrom')}
        value={typed ? String(typed.from ?? '') : from}
        readOnly={typed !== null}
        onChange={(yearFrom) => setFilters({ yearFrom })}
      />
      <span aria-hidden="true">{t('search.yearSeparator')}</span>
      <YearInput
        label={t('search.yearTo')}
        value={typed ? String(typed.to ?? '') : to}
        readOnly={typed !== null}
        onChange={(yearTo) => setFilters({ yearTo })}
      />
    </div>
  );
}

function YearInput({
  label,
  value,
  readOnly,
  onChange,
}: {
  label: string;
  value: string;
  readOnly: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <label>
      <span className="visually-hidden">{label}</span>
      <input
        type="text"
        inputMode="numeric"
        className="search-year"
        placeholder={label}
        maxLength={4}
        value={value}
        readOnly={readOnly}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}

/** Region or column: free text, matched as the archive stores it. */
export function TextFilter({
  name,
  value,
  typed,
  typedNote,
}: {
  name: 'region' | 'column';
  value: string;
  typed: string | null;
  typedNote?: string;
}) {
  const { t } = useTranslation();
  return (
    <label className="search-filter" data-typed={typed !== null || undefined} title={typedNote}>
      <span className="search-filter-label">{t(`search.${name}`)}</span>
      <input
        type="text"
        value={typed ?? value}
        placeholder={t(`search.${name}Placeholder`)}
        readOnly={typed !== null}
        maxLength={200}
        onChange={(event) => setFilters({ [name]: event.target.value })}
      />
    </label>
  );
}

/** The library's tags, most used first, read once when the filters appear. */
export function TagFilter({ tag }: { tag: string }) {
  const { t } = useTranslation();
  const found = useApi('tags.list', {}).state;
  const tags = found.status === 'ready' ? found.data.map((count) => count.tag) : [];
  const options = tag && !tags.includes(tag) ? [...tags, tag] : tags;
  return (
    <label className="search-filter">
      <span className="search-filter-label">{t('search.tag')}</span>
      <select value={tag} onChange={(event) => setFilters({ tag: event.target.value })}>
        <option value="">{t('search.anyTag')}</option>
        {options.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}
