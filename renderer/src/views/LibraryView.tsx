import { useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, MouseEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { IssueSummary } from '../../../shared/catalog';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { formatDate, numberLabel } from '../format';
import { refreshIssues } from '../store/library';
import { openIssue, openSeries } from '../store/navigation';
import { useStore } from '../store/store';
import { BatchBar } from '../batch/BatchBar';
import { BackupReminder } from '../package/BackupReminder';
import { EmptyLibrary } from './EmptyLibrary';
import { LibraryControls } from './LibraryControls';
import { libraryRows } from './library-rows';
import type { LibraryRow, LibrarySort } from './library-rows';
import { NO_SELECTION, issuesByYear, keepListed, selectRange, shownIssueIds, toggleIssue, toggleWholeYear, yearState } from './selection';
import type { Selection } from './selection';

/** What a row does with the selection: an issue row's click and Space, a year heading's checkbox. */
interface RowSelection {
  selection: Selection;
  onIssueClick: (event: MouseEvent, id: string) => void;
  onIssueToggle: (id: string) => void;
  onYearToggle: (key: string) => void;
  yearIds: ReadonlyMap<string, readonly string[]>;
}

const ROW_HEIGHT: Record<LibraryRow['kind'], number> = { series: 56, year: 44, issue: 64 };

export function LibraryView() {
  const { t } = useTranslation();
  const issues = useStore((state) => state.issues);
  if (issues.status === 'loading') return <Loading />;
  if (issues.status === 'error') return <ErrorMessage error={issues.error} onRetry={() => void refreshIssues()} />;
  if (issues.data.length === 0) return <EmptyLibrary />;
  return <IssueBrowser issues={issues.data} heading={t('library.heading')} />;
}

function IssueBrowser({ issues, heading }: { issues: readonly IssueSummary[]; heading: string }) {
  const { t } = useTranslation();
  const series = useStore((state) => state.selectedSeries);
  const filter = useStore((state) => state.filter);
  const [sort, setSort] = useState<LibrarySort>('number');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const rows = useMemo(() => libraryRows(issues, series, filter, { sort, collapsed }), [issues, series, filter, sort, collapsed]);
  // A collapsed year is still selected whole from its heading: its issues come from the unfolded rows.
  const yearIds = useMemo(() => issuesByYear(libraryRows(issues, series, filter, { sort })), [issues, series, filter, sort]);
  const [selection, setSelection] = useState<Selection>(NO_SELECTION);
  useEffect(() => setSelection((current) => keepListed(current, new Set(issues.map((issue) => issue.id)))), [issues]);
  const selected = issues.filter((issue) => selection.ids.has(issue.id));
  const seriesNames = [...new Set(issues.map((issue) => issue.series))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const rowSelection: RowSelection = {
    selection,
    yearIds,
    onIssueToggle: (id) => setSelection((current) => toggleIssue(current, id)),
    onYearToggle: (key) => setSelection((current) => toggleWholeYear(current, yearIds.get(key) ?? [])),
    onIssueClick: (event, id) => {
      if (event.ctrlKey || event.metaKey) setSelection((current) => toggleIssue(current, id));
      else if (event.shiftKey) setSelection((current) => selectRange(current, shownIssueIds(rows), id));
      else openIssue(id);
    },
  };
  const seriesCount = new Set(issues.map((issue) => issue.series)).size;
  // Counts follow the filter: what the list shows, of how many there are.
  const inScope = series === null ? issues.length : issues.filter((issue) => issue.series === series).length;
  const shownIssues = rows.reduce((sum, row) => sum + (row.kind === 'year' ? row.count : 0), 0);
  const yearKeys = rows.filter((row) => row.kind === 'year').map((row) => row.key);
  const allCollapsed = yearKeys.length > 0 && yearKeys.every((key) => collapsed.has(key));
  const toggleYear = (key: string) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => ROW_HEIGHT[rows[index]?.kind ?? 'issue'],
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 12,
  });

  return (
    <div className="library">
      <div className="view-header">
        <h1>{series ?? heading}</h1>
        <p className="view-subtitle">
          {series === null
            ? t('library.summary', { series: seriesCount, issues: shownIssues })
            : t('nav.issueCount', { count: shownIssues })}
          {shownIssues !== inScope && (
            <span className="muted"> · {t('holdings.library.shown', { shown: shownIssues, total: inScope })}</span>
          )}
        </p>
        <BackupReminder />
        {series !== null && (
          <button type="button" className="button button-small series-open" onClick={() => openSeries(series)}>
            {t('holdings.series.open')}
          </button>
        )}
        {rows.length > 0 && (
          <LibraryControls
            rows={rows}
            sort={sort}
            onSort={setSort}
            onJump={(index) => virtualizer.scrollToIndex(index, { align: 'start' })}
            allCollapsed={allCollapsed}
            onCollapseAll={(collapse) => setCollapsed(collapse ? new Set(yearKeys) : new Set())}
          />
        )}
      </div>
      {selected.length > 0 && <BatchBar selected={selected} seriesNames={seriesNames} onClear={() => setSelection(NO_SELECTION)} />}
      {rows.length === 0 ? (
        <p className="muted-block">{t('library.noMatch', { filter })}</p>
      ) : (
        <div ref={scroller} className="issue-scroller" tabIndex={-1}>
          <div
            role="list"
            aria-label={t('library.listLabel', { series: series ?? t('nav.allSeries') })}
            className="issue-list"
            style={{ height: virtualizer.getTotalSize() }}
          >
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              return (
                <div
                  key={item.key}
                  role="listitem"
                  className={`issue-row-wrap row-${row.kind}`}
                  style={{ height: item.size, transform: `translateY(${item.start}px)` }}
                >
                  <Row row={row} onToggleYear={toggleYear} select={rowSelection} />
                </div>
              );
            })}
          </div>
        </div>
      )}
    </div>
  );
}

function Row({ row, onToggleYear, select }: { row: LibraryRow; onToggleYear: (key: string) => void; select: RowSelection }) {
  const { t } = useTranslation();
  const language = useStore((state) => state.language);
  switch (row.kind) {
    case 'series':
      return (
        <h2 className="series-heading">
          <button type="button" className="link-button" onClick={() => openSeries(row.series)}>
            {row.series}
          </button>{' '}
          <span className="muted">{t('nav.issueCount', { count: row.count })}</span>
        </h2>
      );
    case 'year': {
      const yearLabel = row.year === null ? t('library.yearUnknown') : t('library.year', { year: row.year });
      const state = yearState(select.selection, select.yearIds.get(row.key) ?? []);
      return (
        <h3 className="year-heading">
          <input
            type="checkbox"
            className="select-box"
            aria-label={t('batch.selectYear', { year: yearLabel })}
            checked={state === 'all'}
            ref={(box) => {
              if (box) box.indeterminate = state === 'some';
            }}
            onChange={() => select.onYearToggle(row.key)}
          />
          <button type="button" className="year-toggle" aria-expanded={!row.collapsed} onClick={() => onToggleYear(row.key)}>
            <span aria-hidden="true">{row.collapsed ? '▸' : '▾'}</span>
            {yearLabel}
          </button>
          <span className="muted">{t('library.yearCount', { count: row.count })}</span>
        </h3>
      );
    }
    case 'issue': {
      const issue = row.issue;
      const selected = select.selection.ids.has(issue.id);
      // Space selects the focused row instead of opening it (Enter still opens); keyup too, where a button activates.
      const onSpace = (event: KeyboardEvent, toggle: boolean) => {
        if (event.key !== ' ') return;
        event.preventDefault();
        if (toggle) select.onIssueToggle(issue.id);
      };
      return (
        <div className={selected ? 'issue-row-line issue-row-selected' : 'issue-row-line'}>
          <input
            type="checkbox"
            className="select-box"
            aria-label={t('batch.selectIssue', { issue: `${issue.series} ${numberLabel(issue, language)}` })}
            checked={selected}
            onChange={() => select.onIssueToggle(issue.id)}
          />
          <button
            type="button"
            className="issue-row"
            aria-pressed={selected}
            onClick={(event) => select.onIssueClick(event, issue.id)}
            onKeyDown={(event) => onSpace(event, true)}
            onKeyUp={(event) => onSpace(event, false)}
          >
            <span className="issue-row-number">
              {numberLabel(issue, language)}
              {issue.needsReview && <span className="review-flag">{t('library.needsReview')}</span>}
            </span>
            <span className="issue-row-series">{issue.series}</span>
            <span className="issue-row-date">{issue.date ? formatDate(issue.date, language) : t('library.noDate')}</span>
            <span className="issue-row-count">{t('library.articles', { count: issue.articleCount })}</span>
          </button>
        </div>
      );
    }
    default: {
      const unreachable: never = row;
      return unreachable;
    }
  }
}
