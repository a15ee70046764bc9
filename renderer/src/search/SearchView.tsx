import { useEffect, useMemo, useRef } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit, SearchResult } from '../../../shared/search';
import { ErrorMessage } from '../components/ErrorMessage';
import { useStore } from '../store/store';
import { yearsText } from './filters';
import { ResultList, hitOptionId } from './ResultList';
import { displayOrder, resultRows } from './result-rows';
import { SearchFilterBar } from './SearchFilters';
import { SearchHelp, NoHits } from './SearchHelp';
import { moveActive, openHit, runSearch, setLayout, setQuery, useSearch, warmUpIndex } from './state';
import type { Layout } from './state';

/** Full-text search over every article: as-you-type results, best first, with the total. */
export function SearchView() {
  const { t } = useTranslation();
  const query = useSearch((state) => state.query);
  const results = useSearch((state) => state.results);
  const pending = useSearch((state) => state.pending);
  const layout = useSearch((state) => state.layout);
  const active = useSearch((state) => state.active);
  const focusRequests = useSearch((state) => state.focusRequests);
  const libraryEmpty = useStore((state) => state.issues.status === 'ready' && state.issues.data.length === 0);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => warmUpIndex(), []);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusRequests]);

  const ready = results.status === 'ready' ? results : null;
  const hits = useMemo<readonly SearchHit[]>(() => ready?.hits ?? [], [ready]);
  const rows = useMemo(() => resultRows(hits, layout), [hits, layout]);
  const order = useMemo(() => displayOrder(rows), [rows]);
  const activeHit = active >= 0 ? hits[active] : undefined;

  const onKeyDown = (event: ReactKeyboardEvent): void => {
    if (event.nativeEvent.isComposing) return; // choosing characters in an input method
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        moveActive(event.key === 'ArrowDown' ? 1 : -1, order);
        break;
      case 'PageDown':
      case 'PageUp':
        if (order.length === 0) return;
        event.preventDefault();
        moveActive(event.key === 'PageDown' ? 8 : -8, order);
        break;
      case 'Enter': {
        const hit = activeHit ?? hits[order[0] ?? -1];
        if (!hit) return;
        event.preventDefault();
        openHit(hit);
        break;
      }
      case 'Escape':
        if (event.currentTarget === input.current && query !== '') {
          event.preventDefault();
          setQuery('');
        }
        break;
      default:
        break;
    }
  };

  return (
    <div className="search-view">
      <div className="search-head">
        <h1 className="search-heading">{t('search.heading')}</h1>
        <div className="search-box" role="search">
          <span className="search-icon" aria-hidden="true">
            ⌕
          </span>
          <input
            ref={input}
            id="search-input"
            type="search"
            role="combobox"
            className="search-input"
            value={query}
            placeholder={t('search.placeholder')}
            aria-label={t('search.label')}
            aria-controls="search-results"
            aria-expanded={hits.length > 0}
            aria-autocomplete="list"
            aria-activedescendant={activeHit ? hitOptionId(active) : undefined}
            aria-describedby="search-keys"
            autoComplete="off"
            spellCheck={false}
            maxLength={2000}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onKeyDown}
          />
          {pending && (
            <span className="search-pending" aria-hidden="true">
              {t('search.searching')}
            </span>
          )}
        </div>
        <p id="search-keys" className="visually-hidden">
          {t('search.openHint')}
        </p>
        <SearchFilterBar understood={ready?.result.understood.filters ?? null} />
        <IndexProgress />
        {ready && <Understood result={ready.result} />}
      </div>
      {results.status === 'error' ? (
        <ErrorMessage error={results.error} onRetry={() => void runSearch()} />
      ) : !ready ? (
        libraryEmpty ? (
          <p className="search-message">{t('search.libraryEmpty')}</p>
        ) : (
          <div className="search-scroller">
            <SearchHelp />
          </div>
        )
      ) : hits.length === 0 ? (
        <div className="search-scroller">
          <NoHits terms={ready.result.understood.terms} filtered={Object.keys(ready.result.understood.filters).length > 0} />
        </div>
      ) : (
        <>
          <ResultSummary result={ready.result} shown={hits.length} layout={layout} />
          <ResultList
            rows={rows}
            active={active}
            total={ready.result.total}
            shown={hits.length}
            loadingMore={ready.loadingMore}
            onKeyDown={onKeyDown}
          />
        </>
      )}
    </div>
  );
}

function ResultSummary({ result, shown, layout }: { result: SearchResult; shown: number; layout: Layout }) {
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
function Understood({ result }: { result: SearchResult }) {
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
      {terms.length > 0 && (
        <p className="chip-line">
          <span className="chip-label">{t('search.understood')}</span>
          {terms.map((term) => (
            <span key={term} className="chip" lang="zh-CN">
              {term}
            </span>
          ))}
        </p>
      )}
      {excluded.length > 0 && (
        <p className="chip-line">
          <span className="chip-label">{t('search.excluded')}</span>
          {excluded.map((term) => (
            <span key={term} className="chip chip-excluded" lang="zh-CN">
              {term}
            </span>
          ))}
        </p>
      )}
      {filterChips.length > 0 && (
        <p className="chip-line">
          <span className="chip-label">{t('search.filteredBy')}</span>
          {filterChips.map((chip) => (
            <span key={chip} className="chip chip-filter">
              {chip}
            </span>
          ))}
        </p>
      )}
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

function IndexProgress() {
  const { t } = useTranslation();
  const index = useSearch((state) => state.index);
  const busy = useSearch((state) => state.pending || state.warming);
  if (!index || !busy) return null;
  const { progress } = index;
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
          <p>{t('search.indexing', { done: progress.done, total: progress.total })}</p>
          <progress max={Math.max(1, progress.total)} value={progress.done} aria-hidden="true" />
        </div>
      );
    default: {
      const unreachable: never = progress;
      return unreachable;
    }
  }
}
