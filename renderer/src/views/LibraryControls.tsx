import { useTranslation } from 'react-i18next';
import type { LibraryRow, LibrarySort } from './library-rows';

interface Props {
  rows: readonly LibraryRow[];
  sort: LibrarySort;
  onSort: (sort: LibrarySort) => void;
  onJump: (rowIndex: number) => void;
  allCollapsed: boolean;
  onCollapseAll: (collapse: boolean) => void;
}

const SORTS: readonly LibrarySort[] = ['number', 'date', 'imported'];

/** Sorting, jumping to a year and folding years away: what a run of hundreds of issues needs. */
export function LibraryControls({ rows, sort, onSort, onJump, allCollapsed, onCollapseAll }: Props) {
  const { t } = useTranslation();
  const series = rows.some((r) => r.kind === 'series');
  let current = '';
  const years = rows.flatMap((row, index) => {
    if (row.kind === 'series') current = row.series;
    if (row.kind !== 'year') return [];
    const year = row.year === null ? t('library.yearUnknown') : t('library.year', { year: row.year });
    return [{ index, label: series ? `${current} · ${year}` : year }];
  });
  return (
    <div className="library-controls">
      <label htmlFor="library-sort">{t('holdings.library.sort')}</label>
      <select id="library-sort" value={sort} onChange={(event) => onSort(SORTS.find((s) => s === event.target.value) ?? 'number')}>
        <option value="number">{t('holdings.library.sortNumber')}</option>
        <option value="date">{t('holdings.library.sortDate')}</option>
        <option value="imported">{t('holdings.library.sortImported')}</option>
      </select>
      <label htmlFor="library-jump">{t('holdings.library.jump')}</label>
      <select
        id="library-jump"
        value=""
        onChange={(event) => {
          if (event.target.value !== '') onJump(Number(event.target.value));
        }}
      >
        <option value="">{t('holdings.library.jumpChoose')}</option>
        {years.map((y) => (
          <option key={y.index} value={y.index}>
            {y.label}
          </option>
        ))}
      </select>
      <button type="button" className="button button-small" onClick={() => onCollapseAll(!allCollapsed)}>
        {allCollapsed ? t('holdings.library.expandAll') : t('holdings.library.collapseAll')}
      </button>
    </div>
  );
}
