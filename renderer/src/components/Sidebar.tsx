import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { openLibrary, navigate } from '../store/navigation';
import { useStore } from '../store/store';
import { NeedsReviewNavItem } from '../review/NeedsReviewNavItem';
import { openSearch } from '../search/state';
import { BasketNavItem } from '../print/BasketButton';
import { closeDrawers, useEscapeClosesDrawer, useSidebarLayout } from '../layout/panels';
import { setState } from '../store/store';
import { AccountBadge } from '../people/AccountBadge';
import { useCan } from '../people/session';

interface SeriesEntry {
  name: string;
  count: number;
}

export function Sidebar() {
  const { t } = useTranslation();
  const issues = useStore((state) => state.issues);
  const view = useStore((state) => state.view);
  const selected = useStore((state) => state.selectedSeries);
  const series = useMemo<SeriesEntry[]>(() => {
    if (issues.status !== 'ready') return [];
    const counts = new Map<string, number>();
    for (const issue of issues.data) counts.set(issue.series, (counts.get(issue.series) ?? 0) + 1);
    return [...counts].map(([name, count]) => ({ name, count }));
  }, [issues]);
  const total = issues.status === 'ready' ? issues.data.length : 0;
  const inLibrary = view.kind === 'library';
  const { mode } = useSidebarLayout();
  // A drawer opened over the page closes once the reader has gone where it led.
  useEffect(() => closeDrawers(), [view]);
  useEscapeClosesDrawer(mode === 'over');
  // As a drawer it closes when the reader clicks the page beside it (its toggle toggles it itself).
  useEffect(() => {
    if (mode !== 'over') return;
    const onDown = (event: MouseEvent): void => {
      const target = event.target instanceof Element ? event.target : null;
      if (target && !target.closest('#app-sidebar, .sidebar-toggle')) closeDrawers();
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [mode]);
  // What the person's role may do (issue 18): the rest is left out, not greyed.
  const mayImport = useCan('import.bulletins');
  const mayRecycle = useCan('recycle.list');
  const mayPackage = useCan('package.export');
  const mayManage = useCan('accounts.list');
  const mayAudit = useCan('audit.list');

  return (
    <aside id="app-sidebar" className="sidebar" data-mode={mode}>
      <div className="brand">
        <span className="brand-seal" aria-hidden="true">
          刊
        </span>
        <div>
          <p className="brand-title">{t('app.title')}</p>
          <p className="brand-subtitle">{t('app.subtitle')}</p>
        </div>
      </div>
      <nav aria-label={t('nav.main')} className="sidebar-nav">
        <button
          type="button"
          className="nav-item"
          aria-current={inLibrary && selected === null ? 'page' : undefined}
          onClick={() => openLibrary(null)}
        >
          <span>{t('nav.allSeries')}</span>
          <span className="nav-count">{total}</span>
        </button>
        <button
          type="button"
          className="nav-item"
          aria-current={view.kind === 'search' ? 'page' : undefined}
          aria-keyshortcuts="Control+K /"
          onClick={() => openSearch()}
        >
          <span>{t('search.nav')}</span>
          <kbd className="nav-keys" aria-hidden="true">
            {t('search.navKeys')}
          </kbd>
        </button>
        <button
          type="button"
          className="nav-item"
          aria-current={view.kind === 'annotations' ? 'page' : undefined}
          onClick={() => navigate({ kind: 'annotations' })}
        >
          <span>{t('annotations.nav')}</span>
        </button>
        {mayImport && <NeedsReviewNavItem />}
        <button type="button" className="nav-item" aria-current={view.kind === 'gaps' ? 'page' : undefined} onClick={() => navigate({ kind: 'gaps' })}>
          <span>{t('holdings.nav.gaps')}</span>
        </button>
        <button
          type="button"
          className="nav-item"
          aria-current={view.kind === 'stats' ? 'page' : undefined}
          onClick={() => navigate({ kind: 'stats', series: null })}
        >
          <span>{t('holdings.nav.stats')}</span>
        </button>
        <BasketNavItem />
        {mayRecycle && (
          <button type="button" className="nav-item" aria-current={view.kind === 'recycle' ? 'page' : undefined} onClick={() => navigate({ kind: 'recycle' })}>
            <span>{t('recycle.nav')}</span>
          </button>
        )}
        {mayPackage && (
          <button
            type="button"
            className="nav-item"
            aria-current={view.kind === 'packages' ? 'page' : undefined}
            onClick={() => navigate({ kind: 'packages', tab: 'export' })}
          >
            <span>{t('package.nav')}</span>
          </button>
        )}
        {mayManage && (
          <button
            type="button"
            className="nav-item"
            aria-current={view.kind === 'people' && view.tab === 'accounts' ? 'page' : undefined}
            onClick={() => navigate({ kind: 'people', tab: 'accounts' })}
          >
            <span>{t('people.nav.accounts')}</span>
          </button>
        )}
        {mayAudit && (
          <button
            type="button"
            className="nav-item"
            aria-current={view.kind === 'people' && view.tab === 'audit' ? 'page' : undefined}
            onClick={() => navigate({ kind: 'people', tab: 'audit' })}
          >
            <span>{t('people.nav.audit')}</span>
          </button>
        )}
        {series.length > 0 && <h2 className="sidebar-heading">{t('nav.series')}</h2>}
        <ul className="series-list">
          {series.map((entry) => (
            <li key={entry.name}>
              <button
                type="button"
                className="nav-item"
                aria-current={inLibrary && selected === entry.name ? 'page' : undefined}
                onClick={() => openLibrary(entry.name)}
              >
                <span className="nav-label">{entry.name}</span>
                <span className="nav-count">
                  {entry.count}
                  <span className="visually-hidden"> {t('nav.issueCount', { count: entry.count })}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div className="sidebar-footer">
        <AccountBadge />
        {mayImport && (
          <button
            type="button"
            className="button button-block"
            aria-current={view.kind === 'import' ? 'page' : undefined}
            onClick={() => navigate({ kind: 'import' })}
          >
            {t('nav.import')}
          </button>
        )}
        <button type="button" className="link-button about-open" onClick={() => setState({ aboutOpen: true })}>
          {t('layout.about')}
        </button>
      </div>
    </aside>
  );
}
