import { useEffect, useMemo, useRef } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/search';
import { ErrorMessage } from '../components/ErrorMessage';
import { useStore } from '../store/store';
import { ResultList, hitOptionId } from './ResultList';
import { displayOrder, resultRows } from './result-rows';
import { SearchFilterBar } from './SearchFilters';
import { SearchHelp, NoHits } from './SearchHelp';
import { buildPercent, IndexProgress, ResultSummary, Understood } from './SearchSummary';
import { moveActive, openOnEnter, runSearch, setQuery, useSearch, warmUpIndex } from './state';
import type { Results } from './state';

/** Full-text search over every article: as-you-type results, best first, with the total. */
export function SearchView() {
  const { t } = useTranslation();
  const query = useSearch((state) => state.query);
  const results = useSearch((state) => state.results);
  const pending = useSearch((state) => state.pending);
  const layout = useSearch((state) => state.layout);
  const active = useSearch((state) => state.active);
  const focusRequests = useSearch((state) => state.focusRequests);
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
        // Acts on what is typed now: results of an earlier text are never opened (openOnEnter).
        event.preventDefault();
        void openOnEnter(activeHit ?? hits[order[0] ?? -1]);
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
        <SearchBox
          input={input}
          query={query}
          pending={pending}
          expanded={hits.length > 0}
          activeId={activeHit ? hitOptionId(active) : undefined}
          onKeyDown={onKeyDown}
        />
        <p id="search-keys" className="visually-hidden">
          {t('search.openHint')}
        </p>
        <SearchFilterBar understood={ready?.result.understood.filters ?? null} />
        <IndexProgress />
        {ready && <Understood result={ready.result} />}
      </div>
      <SearchBody results={results} rows={rows} active={active} onKeyDown={onKeyDown} />
    </div>
  );
}

/** The query box: a combobox over the result list, which ↑/↓ move through without leaving it. */
function SearchBox({
  input,
  query,
  pending,
  expanded,
  activeId,
  onKeyDown,
}: {
  input: RefObject<HTMLInputElement | null>;
  query: string;
  pending: boolean;
  expanded: boolean;
  activeId: string | undefined;
  onKeyDown: (event: ReactKeyboardEvent) => void;
}) {
  const { t } = useTranslation();
  const building = useSearch((state) => (state.index?.progress.phase === 'indexing' ? state.index.progress : null));
  const placeholder = building ? t('search.placeholderBuilding', { percent: buildPercent(building.done, building.total) }) : t('search.placeholder');
  return (
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
        placeholder={placeholder}
        aria-label={t('search.label')}
        aria-controls="search-results"
        aria-expanded={expanded}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
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
  );
}

/** The answer: an error, help before any query, "no hits", or the results with their summary. */
function SearchBody({
  results,
  rows,
  active,
  onKeyDown,
}: {
  results: Results;
  rows: ReturnType<typeof resultRows>;
  active: number;
  onKeyDown: (event: ReactKeyboardEvent) => void;
}) {
  const { t } = useTranslation();
  const layout = useSearch((state) => state.layout);
  const libraryEmpty = useStore((state) => state.issues.status === 'ready' && state.issues.data.length === 0);
  const ready = results.status === 'ready' ? results : null;
  const hits = ready?.hits ?? [];
  return results.status === 'error' ? (
    <ErrorMessage error={results.error} onRetry={() => void runSearch()} />
  ) : !ready ? (
    libraryEmpty ? (
      <p className="search-message">{t('search.libraryEmpty')}</p>
    ) : (
      <div className="search-scroller">
        <SearchHelp />
      </div>
    )
  ) : hits.length === 0 && ready.result.incomplete?.searched === 0 ? (
    // Nothing searched yet (the index is being built): the progress above says so, not "no article contains".
    <div className="search-scroller">
      <SearchHelp />
    </div>
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
  );
}
