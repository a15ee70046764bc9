import { useEffect, useRef } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/search';
import { numberLabel } from '../format';
import { useStore } from '../store/store';
import { Marked } from './Marked';
import type { ResultRow } from './result-rows';
import { loadMore, openHit, setActive } from './state';

const ESTIMATE: Record<ResultRow['kind'], number> = { issue: 48, hit: 112 };

export function hitOptionId(index: number): string {
  return `search-hit-${index}`;
}

/**
 * The ranked hits as a listbox the search box drives (↑/↓, Enter), virtualised so that
 * thousands of hits scroll as smoothly as ten; more are fetched as the end comes into view.
 */
export function ResultList({
  rows,
  active,
  total,
  shown,
  loadingMore,
  onKeyDown,
}: {
  rows: readonly ResultRow[];
  active: number;
  total: number;
  shown: number;
  loadingMore: boolean;
  onKeyDown: (event: ReactKeyboardEvent) => void;
}) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => ESTIMATE[rows[index]?.kind ?? 'hit'],
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();

  // The keyboard's hit stays in view (and so in the DOM, for aria-activedescendant).
  useEffect(() => {
    const rowIndex = rows.findIndex((row) => row.kind === 'hit' && row.index === active);
    if (rowIndex >= 0) virtualizer.scrollToIndex(rowIndex, { align: 'auto' });
  }, [active, rows, virtualizer]);

  const more = shown < total;
  const lastShown = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (more && !loadingMore && lastShown >= rows.length - 4) void loadMore();
  }, [more, loadingMore, lastShown, rows.length]);

  return (
    <div ref={scroller} className="search-scroller">
      <div
        id="search-results"
        role="listbox"
        tabIndex={0}
        aria-label={t('search.results')}
        aria-activedescendant={active >= 0 ? hitOptionId(active) : undefined}
        className="search-results"
        style={{ height: virtualizer.getTotalSize() }}
        onKeyDown={onKeyDown}
      >
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className={`search-row search-row-${row.kind}`}
              style={{ transform: `translateY(${item.start}px)` }}
              {...(row.kind === 'hit'
                ? {
                    id: hitOptionId(row.index),
                    role: 'option',
                    'aria-selected': row.index === active,
                    onClick: () => openHit(row.hit),
                    onMouseDown: () => setActive(row.index),
                  }
                : { 'aria-hidden': true })}
            >
              {row.kind === 'hit' ? <HitCard hit={row.hit} grouped={row.grouped} /> : <IssueHeading row={row} />}
            </div>
          );
        })}
      </div>
      {more && (
        <div className="search-more">
          <button type="button" className="button" disabled={loadingMore} onClick={() => void loadMore()}>
            {loadingMore ? t('search.searching') : t('search.loadMore', { count: Math.min(100, total - shown) })}
          </button>
        </div>
      )}
    </div>
  );
}

function IssueHeading({ row }: { row: Extract<ResultRow, { kind: 'issue' }> }) {
  const { t } = useTranslation();
  const language = useStore((state) => state.language);
  return (
    <p className="search-issue">
      <span lang="zh-CN">{row.series}</span> <span>{numberLabel({ year: row.year, number: row.number, totalNumber: null }, language)}</span>
      <span className="search-issue-count">{t('search.issueHits', { count: row.count })}</span>
    </p>
  );
}

function HitCard({ hit, grouped }: { hit: SearchHit; grouped: boolean }) {
  const { t } = useTranslation();
  const language = useStore((state) => state.language);
  const issueName = `${hit.series} ${numberLabel({ year: hit.year, number: hit.number, totalNumber: null }, language)}`;
  const meta = [hit.column, hit.region].filter((value): value is string => value !== null && value !== '');
  return (
    <div className="hit" data-match={hit.match}>
      <p className="hit-title" lang="zh-CN">
        <Marked text={hit.title} ranges={hit.titleHighlights} />
        {hit.match === 'fuzzy' && <span className="hit-badge">{t('search.fuzzyLabel')}</span>}
      </p>
      <p className="hit-meta">
        <span className={grouped ? 'visually-hidden' : 'hit-issue'} lang="zh-CN">
          {issueName}
        </span>
        {meta.map((value) => (
          <span key={value} className="hit-tag" lang="zh-CN">
            {value}
          </span>
        ))}
      </p>
      {hit.snippet.text !== '' && (
        <p className="hit-snippet" lang="zh-CN">
          {hit.snippet.cutStart && <span aria-hidden="true">…</span>}
          <Marked text={hit.snippet.text} ranges={hit.snippet.highlights} />
          {hit.snippet.cutEnd && <span aria-hidden="true">…</span>}
        </p>
      )}
    </div>
  );
}
